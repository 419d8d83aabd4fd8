package org.portailfamille.billing.adapter.out.sepa;

import org.junit.jupiter.api.Test;
import org.portailfamille.billing.domain.DirectDebitFile;
import org.portailfamille.billing.domain.SepaCreditor;
import org.portailfamille.billing.domain.SepaMandate;
import org.portailfamille.shared.Money;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pain.008.001.02 file checked field by field against the schema's element sequences and the EPC SEPA Core
 * implementation guidelines (ADR 0028: no library here ships the ISO 20022 XSD, so the rules are written out):
 * namespace, order of every element, mandatory elements, NbOfTxs and CtrlSum of the group and of each block, one
 * sequence type per block, SEPA/CORE/SLEV, the ICS under the "SEPA" scheme, amounts with two decimals in EUR,
 * identifiers at most 35 characters of the SEPA set, texts at most 70/140, MndtRltdInf with MndtId, DtOfSgntr and
 * AmdmntInd, a debtor agent given by BIC or "NOTPROVIDED".
 */
class Pain008WriterTest {

    private static final String NS = Pain008Writer.NAMESPACE;
    private static final Pattern SEPA_SET = Pattern.compile("[A-Za-z0-9/\\-?:().,'+ ]+");
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,9}\\.\\d{2}");

    /** The child elements, in order, each schema type allows (XSD sequences of pain.008.001.02, in the order used). */
    private static final Map<String, List<String>> ORDER = Map.of(
            "CstmrDrctDbtInitn", List.of("GrpHdr", "PmtInf"),
            "GrpHdr", List.of("MsgId", "CreDtTm", "Authstn", "NbOfTxs", "CtrlSum", "InitgPty", "FwdgAgt"),
            "PmtInf", List.of("PmtInfId", "PmtMtd", "BtchBookg", "NbOfTxs", "CtrlSum", "PmtTpInf", "ReqdColltnDt",
                    "Cdtr", "CdtrAcct", "CdtrAgt", "CdtrAgtAcct", "UltmtCdtr", "ChrgBr", "ChrgsAcct", "ChrgsAcctAgt",
                    "CdtrSchmeId", "DrctDbtTxInf"),
            "PmtTpInf", List.of("InstrPrty", "SvcLvl", "LclInstrm", "SeqTp", "CtgyPurp"),
            "DrctDbtTxInf", List.of("PmtId", "PmtTpInf", "InstdAmt", "ChrgBr", "DrctDbtTx", "UltmtCdtr", "DbtrAgt",
                    "DbtrAgtAcct", "Dbtr", "DbtrAcct", "UltmtDbtr", "InstrForCdtrAgt", "Purp", "RgltryRptg", "Tax",
                    "RltdRmtInf", "RmtInf"),
            "MndtRltdInf", List.of("MndtId", "DtOfSgntr", "AmdmntInd", "AmdmntInfDtls", "ElctrncSgntr",
                    "FrstColltnDt", "FnlColltnDt", "Frqcy"),
            "FinInstnId", List.of("BIC", "ClrSysMmbId", "Nm", "PstlAdr", "Othr"));

    static DirectDebitFile file() {
        SepaCreditor creditor = new SepaCreditor("Mairie de Saint-Jean (Régie ALSH)", "FR7630001007941234567890185",
                "BDFEFRPPCCT", "FR12ZZZ123456");
        return new DirectDebitFile("PF-AL-20150504101500", LocalDateTime.of(2015, 5, 4, 10, 15), LocalDate.of(2015, 5, 15),
                creditor, List.of(
                new DirectDebitFile.Transaction("AL-36-D1", Money.euros("40.20"), SepaMandate.SequenceType.FRST,
                        "PF1001001818331-1", LocalDate.of(2015, 4, 1), "Jean DUPONT", "FR7630006000011234567890189",
                        "AGRIFRPP", "Facture AL-36 Régie ALSH"),
                new DirectDebitFile.Transaction("AL-37-D1", Money.euros("12.5"), SepaMandate.SequenceType.RCUR,
                        "PF1001001818332-2", LocalDate.of(2014, 9, 1), "Zoé L'Hôte & Cie", "DE89370400440532013000",
                        "NOTPROVIDED", "Facture AL-37 Régie ALSH"),
                new DirectDebitFile.Transaction("AL-38-D2", Money.euros("7.05"), SepaMandate.SequenceType.RCUR,
                        "PF1001001818333-1", LocalDate.of(2014, 9, 2), "Ana MARTIN", "FR7630006000011234567890189",
                        "AGRIFRPPXXX", "Facture AL-38 Régie ALSH")));
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                children.add(e);
            }
        }
        return children;
    }

    static Element child(Element parent, String name) {
        return children(parent).stream().filter(e -> e.getLocalName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(parent.getLocalName() + " has no " + name));
    }

    static String text(Element parent, String... path) {
        Element e = parent;
        for (String name : path) {
            e = child(e, name);
        }
        return e.getTextContent();
    }

    @Test
    void the_file_follows_the_schema_order_and_the_EPC_rules_field_by_field() throws Exception {
        byte[] xml = new Pain008Writer().write(file());
        String asText = new String(xml, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(asText).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        Document document = parse(xml);
        Element root = document.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("Document");
        assertThat(root.getNamespaceURI()).isEqualTo(NS);
        assertThat(children(root)).extracting(Element::getLocalName).containsExactly("CstmrDrctDbtInitn");
        Element initiation = child(root, "CstmrDrctDbtInitn");
        checkOrderEverywhere(initiation);

        Element header = child(initiation, "GrpHdr");
        assertThat(text(header, "MsgId")).isEqualTo("PF-AL-20150504101500");
        assertThat(text(header, "CreDtTm")).isEqualTo("2015-05-04T10:15:00");
        assertThat(text(header, "NbOfTxs")).isEqualTo("3");
        assertThat(text(header, "CtrlSum")).isEqualTo("59.75");
        assertThat(text(header, "InitgPty", "Nm")).isEqualTo("Mairie de Saint-Jean (Regie ALSH)");

        List<Element> blocks = children(initiation).stream().filter(e -> e.getLocalName().equals("PmtInf")).toList();
        assertThat(blocks).extracting(b -> text(b, "PmtTpInf", "SeqTp")).containsExactly("FRST", "RCUR");
        int transactions = 0;
        BigDecimal total = BigDecimal.ZERO;
        for (Element block : blocks) {
            String sequence = text(block, "PmtTpInf", "SeqTp");
            assertThat(text(block, "PmtInfId")).isEqualTo("PF-AL-20150504101500-" + sequence);
            assertThat(text(block, "PmtMtd")).isEqualTo("DD");
            assertThat(text(block, "PmtTpInf", "SvcLvl", "Cd")).isEqualTo("SEPA");
            assertThat(text(block, "PmtTpInf", "LclInstrm", "Cd")).isEqualTo("CORE");
            assertThat(text(block, "ReqdColltnDt")).isEqualTo("2015-05-15");
            assertThat(text(block, "Cdtr", "Nm")).isEqualTo("Mairie de Saint-Jean (Regie ALSH)");
            assertThat(text(block, "CdtrAcct", "Id", "IBAN")).isEqualTo("FR7630001007941234567890185");
            assertThat(text(block, "CdtrAgt", "FinInstnId", "BIC")).isEqualTo("BDFEFRPPCCT");
            assertThat(text(block, "ChrgBr")).isEqualTo("SLEV");
            Element scheme = child(child(child(child(block, "CdtrSchmeId"), "Id"), "PrvtId"), "Othr");
            assertThat(text(scheme, "Id")).isEqualTo("FR12ZZZ123456");
            assertThat(text(scheme, "SchmeNm", "Prtry")).isEqualTo("SEPA");
            List<Element> txs = children(block).stream().filter(e -> e.getLocalName().equals("DrctDbtTxInf")).toList();
            BigDecimal blockSum = BigDecimal.ZERO;
            for (Element tx : txs) {
                Element amount = child(tx, "InstdAmt");
                assertThat(amount.getAttribute("Ccy")).isEqualTo("EUR");
                assertThat(amount.getTextContent()).matches(AMOUNT);
                blockSum = blockSum.add(new BigDecimal(amount.getTextContent()));
                String e2e = text(tx, "PmtId", "EndToEndId");
                assertThat(e2e).hasSizeBetween(1, 35).matches(SEPA_SET);
                Element mandate = child(child(tx, "DrctDbtTx"), "MndtRltdInf");
                assertThat(text(mandate, "MndtId")).hasSizeBetween(1, 35).matches(SEPA_SET);
                assertThat(text(mandate, "DtOfSgntr")).matches("\\d{4}-\\d{2}-\\d{2}");
                assertThat(text(mandate, "AmdmntInd")).isEqualTo("false");
                Element agent = child(child(tx, "DbtrAgt"), "FinInstnId");
                List<String> agentChildren = children(agent).stream().map(Element::getLocalName).toList();
                assertThat(agentChildren).hasSize(1);
                if (agentChildren.get(0).equals("BIC")) {
                    assertThat(text(agent, "BIC")).matches("[A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?");
                } else {
                    assertThat(text(agent, "Othr", "Id")).isEqualTo("NOTPROVIDED");
                }
                assertThat(text(tx, "Dbtr", "Nm")).hasSizeBetween(1, 70).matches(SEPA_SET);
                assertThat(text(tx, "DbtrAcct", "Id", "IBAN")).matches("[A-Z]{2}[0-9]{2}[a-zA-Z0-9]{1,30}");
                assertThat(text(tx, "RmtInf", "Ustrd")).hasSizeBetween(1, 140).matches(SEPA_SET);
            }
            assertThat(text(block, "NbOfTxs")).isEqualTo(Integer.toString(txs.size()));
            assertThat(text(block, "CtrlSum")).isEqualTo(blockSum.toPlainString());
            transactions += txs.size();
            total = total.add(blockSum);
        }
        assertThat(transactions).isEqualTo(3);
        assertThat(total).isEqualByComparingTo("59.75");
        assertThat(asText).contains("<Nm>Zoe L'Hote Cie</Nm>", "<InstdAmt Ccy=\"EUR\">12.50</InstdAmt>",
                "<Id>NOTPROVIDED</Id>");
    }

    /**
     * When the official ISO 20022 schema is at hand (environment variable {@code SEPA_PAIN008_XSD}: the path of
     * pain.008.001.02.xsd, which this repository does not ship, ADR 0028), the file is also validated against it.
     */
    @Test
    void the_file_is_valid_against_the_official_schema_when_it_is_provided() throws Exception {
        String xsd = System.getenv("SEPA_PAIN008_XSD");
        org.junit.jupiter.api.Assumptions.assumeTrue(xsd != null && new java.io.File(xsd).isFile(),
                "SEPA_PAIN008_XSD names no schema file: only the field-by-field checks run");
        javax.xml.validation.SchemaFactory factory = javax.xml.validation.SchemaFactory
                .newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI);
        javax.xml.validation.Validator validator = factory.newSchema(new java.io.File(xsd)).newValidator();
        validator.validate(new javax.xml.transform.stream.StreamSource(new ByteArrayInputStream(
                new Pain008Writer().write(file()))));
    }

    /** Every element with a known sequence has its children in that sequence's order, none unknown. */
    private static void checkOrderEverywhere(Element element) {
        List<String> expected = ORDER.get(element.getLocalName());
        List<Element> children = children(element);
        if (expected != null && !(element.getLocalName().equals("PmtTpInf") && children.isEmpty())) {
            int last = -1;
            for (Element child : children) {
                int at = expected.indexOf(child.getLocalName());
                assertThat(at).as(child.getLocalName() + " allowed in " + element.getLocalName()).isGreaterThanOrEqualTo(0);
                assertThat(at).as(child.getLocalName() + " in order in " + element.getLocalName()).isGreaterThanOrEqualTo(last);
                last = at;
            }
        }
        for (Element child : children) {
            assertThat(child.getNamespaceURI()).isEqualTo(NS);
            checkOrderEverywhere(child);
        }
    }
}
