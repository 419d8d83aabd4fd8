package org.portailfamille.billing.adapter.out.sepa;

import org.portailfamille.billing.application.port.out.DirectDebitFileWriter;
import org.portailfamille.billing.domain.DirectDebitFile;
import org.portailfamille.billing.domain.SepaMandate;
import org.portailfamille.shared.Money;
import org.springframework.stereotype.Component;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link DirectDebitFile} as an ISO 20022 pain.008.001.02 message following the EPC SEPA Core Direct Debit
 * implementation guidelines (ADR 0028): one group header, one payment information block per sequence type (FRST,
 * RCUR) with service level SEPA, local instrument CORE, charge bearer SLEV and the creditor identifier (ICS) under
 * the "SEPA" proprietary scheme; each transaction carries its end-to-end id, the amount in EUR with two decimals, the
 * mandate (MndtId, DtOfSgntr, AmdmntInd false), the debtor's agent (BIC, or "NOTPROVIDED" when only the IBAN is
 * known), name and IBAN, and unstructured remittance text. Elements are written in the schema's order.
 */
@Component
class Pain008Writer implements DirectDebitFileWriter {

    static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.008.001.02";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    @Override
    public byte[] write(DirectDebitFile file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            Indented w = new Indented(xml);
            xml.writeStartDocument("UTF-8", "1.0");
            w.open("Document");
            xml.writeDefaultNamespace(NAMESPACE);
            w.open("CstmrDrctDbtInitn");
            w.open("GrpHdr");
            w.leaf("MsgId", file.messageId());
            w.leaf("CreDtTm", DATE_TIME.format(file.createdAt()));
            w.leaf("NbOfTxs", Integer.toString(file.numberOfTransactions()));
            w.leaf("CtrlSum", amount(file.controlSum()));
            w.open("InitgPty");
            w.leaf("Nm", file.creditor().name());
            w.close();
            w.close();
            for (Map.Entry<SepaMandate.SequenceType, List<DirectDebitFile.Transaction>> batch : file.batches().entrySet()) {
                paymentInformation(w, file, batch.getKey(), batch.getValue());
            }
            w.close();
            w.close();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The direct-debit file could not be written", e);
        }
        return out.toByteArray();
    }

    private static void paymentInformation(Indented w, DirectDebitFile file, SepaMandate.SequenceType sequence,
                                           List<DirectDebitFile.Transaction> transactions) throws XMLStreamException {
        w.open("PmtInf");
        w.leaf("PmtInfId", file.paymentInformationId(sequence));
        w.leaf("PmtMtd", "DD");
        w.leaf("NbOfTxs", Integer.toString(transactions.size()));
        w.leaf("CtrlSum", amount(DirectDebitFile.sum(transactions)));
        w.open("PmtTpInf");
        w.open("SvcLvl");
        w.leaf("Cd", "SEPA");
        w.close();
        w.open("LclInstrm");
        w.leaf("Cd", "CORE");
        w.close();
        w.leaf("SeqTp", sequence.name());
        w.close();
        w.leaf("ReqdColltnDt", file.collectionDate().toString());
        w.open("Cdtr");
        w.leaf("Nm", file.creditor().name());
        w.close();
        w.open("CdtrAcct");
        w.open("Id");
        w.leaf("IBAN", file.creditor().iban());
        w.close();
        w.close();
        w.open("CdtrAgt");
        w.open("FinInstnId");
        w.leaf("BIC", file.creditor().bic());
        w.close();
        w.close();
        w.leaf("ChrgBr", "SLEV");
        w.open("CdtrSchmeId");
        w.open("Id");
        w.open("PrvtId");
        w.open("Othr");
        w.leaf("Id", file.creditor().identifier());
        w.open("SchmeNm");
        w.leaf("Prtry", "SEPA");
        w.close();
        w.close();
        w.close();
        w.close();
        w.close();
        for (DirectDebitFile.Transaction t : transactions) {
            transaction(w, t);
        }
        w.close();
    }

    private static void transaction(Indented w, DirectDebitFile.Transaction t) throws XMLStreamException {
        w.open("DrctDbtTxInf");
        w.open("PmtId");
        w.leaf("EndToEndId", t.endToEndId());
        w.close();
        w.leafWithCurrency("InstdAmt", amount(t.amount()));
        w.open("DrctDbtTx");
        w.open("MndtRltdInf");
        w.leaf("MndtId", t.mandateId());
        w.leaf("DtOfSgntr", t.mandateSignedOn().toString());
        w.leaf("AmdmntInd", "false");
        w.close();
        w.close();
        w.open("DbtrAgt");
        w.open("FinInstnId");
        if ("NOTPROVIDED".equals(t.debtorBic())) {
            w.open("Othr");
            w.leaf("Id", "NOTPROVIDED");
            w.close();
        } else {
            w.leaf("BIC", t.debtorBic());
        }
        w.close();
        w.close();
        w.open("Dbtr");
        w.leaf("Nm", t.debtorName());
        w.close();
        w.open("DbtrAcct");
        w.open("Id");
        w.leaf("IBAN", t.debtorIban());
        w.close();
        w.close();
        w.open("RmtInf");
        w.leaf("Ustrd", t.remittance());
        w.close();
        w.close();
    }

    /** "12.40": two decimals, a dot, no grouping (the schema's decimal). */
    static String amount(Money money) {
        return money.amount().setScale(2).toPlainString();
    }

    /** A StAX writer that indents by two spaces per level, so that the file reads well when opened. */
    private static final class Indented {
        private final XMLStreamWriter xml;
        private int depth;

        Indented(XMLStreamWriter xml) {
            this.xml = xml;
        }

        void open(String name) throws XMLStreamException {
            newLine();
            xml.writeStartElement(name);
            depth++;
        }

        void close() throws XMLStreamException {
            depth--;
            newLine();
            xml.writeEndElement();
        }

        void leaf(String name, String text) throws XMLStreamException {
            newLine();
            xml.writeStartElement(name);
            xml.writeCharacters(text);
            xml.writeEndElement();
        }

        void leafWithCurrency(String name, String text) throws XMLStreamException {
            newLine();
            xml.writeStartElement(name);
            xml.writeAttribute("Ccy", "EUR");
            xml.writeCharacters(text);
            xml.writeEndElement();
        }

        private void newLine() throws XMLStreamException {
            xml.writeCharacters("\n" + "  ".repeat(depth));
        }
    }
}
