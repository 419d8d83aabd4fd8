package org.portailfamille.billing.domain;

import org.junit.jupiter.api.Test;
import org.portailfamille.billing.RegieId;
import org.portailfamille.shared.Money;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.portailfamille.billing.domain.SepaMandate.SequenceType.FRST;
import static org.portailfamille.billing.domain.SepaMandate.SequenceType.RCUR;

/** The SEPA direct-debit file's rules (EPC implementation guidelines) and the export's policy. */
class DirectDebitFileTest {

    static final SepaCreditor CREDITOR = new SepaCreditor("Mairie de Saint-Jean", "FR76 3000 1007 9412 3456 7890 185",
            "BDFEFRPPCCT", "FR12ZZZ123456");
    static final LocalDateTime MADE = LocalDateTime.of(2015, 5, 4, 10, 15, 0);
    static final LocalDate DEBIT = LocalDate.of(2015, 5, 15);

    static DirectDebitFile.Transaction tx(String id, String amount, SepaMandate.SequenceType sequence) {
        return new DirectDebitFile.Transaction(id, Money.euros(amount), sequence, "PF1001-1", LocalDate.of(2015, 4, 1),
                "Hélène DUPONT-ŒUVRE & fils", "FR7630006000011234567890189", "AGRIFRPP", "Facture " + id + " Régie ALSH");
    }

    @Test
    void batches_are_one_per_sequence_first_FRST_then_RCUR_with_their_count_and_control_sum() {
        DirectDebitFile file = new DirectDebitFile("PF-AL-20150504101500", MADE, DEBIT, CREDITOR,
                List.of(tx("AL-2-D1", "12.40", RCUR), tx("AL-1-D1", "20.10", FRST), tx("AL-3-D1", "0.01", RCUR)));

        assertThat(file.numberOfTransactions()).isEqualTo(3);
        assertThat(file.controlSum()).isEqualTo(Money.euros("32.51"));
        assertThat(file.batches().keySet()).containsExactly(FRST, RCUR);
        assertThat(DirectDebitFile.sum(file.batches().get(RCUR))).isEqualTo(Money.euros("12.41"));
        assertThat(file.batches().get(FRST)).extracting(DirectDebitFile.Transaction::endToEndId).containsExactly("AL-1-D1");
        assertThat(file.paymentInformationId(FRST)).isEqualTo("PF-AL-20150504101500-FRST").hasSizeLessThanOrEqualTo(35);
    }

    @Test
    void names_and_remittance_are_transliterated_into_the_SEPA_character_set_and_cut_to_their_length() {
        DirectDebitFile.Transaction transaction = tx("AL-1-D1", "1.00", FRST);

        assertThat(transaction.debtorName()).isEqualTo("Helene DUPONT-OEUVRE fils");
        assertThat(SepaText.isInSet(transaction.remittance())).isTrue();
        assertThat(transaction.remittance()).isEqualTo("Facture AL-1-D1 Regie ALSH");
        assertThat(SepaText.latin("x".repeat(200), 70)).hasSize(70);
        assertThat(SepaText.latin("€€€", 70)).isEqualTo("NC");
        assertThat(CREDITOR.iban()).isEqualTo("FR7630001007941234567890185");
    }

    @Test
    void identifiers_amounts_and_contents_outside_the_guidelines_are_refused() {
        assertThatThrownBy(() -> tx("A".repeat(36), "1.00", FRST)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tx("/AL-1", "1.00", FRST)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tx("AL//1", "1.00", FRST)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tx("AL-1é", "1.00", FRST)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tx("AL-1", "1000000000.00", FRST)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tx("AL-1", "0.001", FRST)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DirectDebitFile("PF-AL-20150504101500", MADE, DEBIT, CREDITOR,
                List.of(tx("AL-1-D1", "1.00", FRST), tx("AL-1-D1", "2.00", FRST))))
                .hasMessageContaining("unique");
        assertThatThrownBy(() -> new DirectDebitFile("PF-AL-20150504101500", MADE, DEBIT, CREDITOR, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DirectDebitFile("X".repeat(31), MADE, DEBIT, CREDITOR, List.of(tx("A-1", "1.00", FRST))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DirectDebitFile("PF-1", MADE, MADE.toLocalDate().minusDays(1), CREDITOR,
                List.of(tx("A-1", "1.00", FRST)))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SepaCreditor("Mairie", "FR7630001007941234567890185", "BDFEFRPPCCT", "123"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_mandate_is_debited_FRST_first_then_RCUR_and_a_rejected_FRST_leaves_it_at_FRST() {
        SepaMandate signed = SepaMandate.sign("PF1001-1", new org.portailfamille.shared.FamilyId(UUID.randomUUID()),
                "DUPONT", "FR7630006000011234567890189", "AGRIFRPP", LocalDate.of(2015, 4, 1));

        assertThat(DirectDebitPolicy.sequenceOf(signed)).isEqualTo(FRST);
        assertThat(DirectDebitPolicy.afterReject(FRST, RCUR)).isEqualTo(FRST);
        assertThat(DirectDebitPolicy.afterReject(RCUR, RCUR)).isEqualTo(RCUR);
        assertThat(DirectDebitPolicy.earliestCollectionDate(LocalDate.of(2015, 5, 4), 5)).isEqualTo(LocalDate.of(2015, 5, 9));
        Regie regie = new Regie(new RegieId(UUID.randomUUID()), "Régie ALSH", "ABCDEF", 1, 1);
        assertThat(DirectDebitPolicy.messageId(regie, MADE, 99_999)).isEqualTo("PF-ABCDEF-20150504101500-99999")
                .hasSizeLessThanOrEqualTo(30);
        assertThat(DirectDebitPolicy.endToEndId("ABCDEF-999999999", 2)).isEqualTo("ABCDEF-999999999-D2");
    }

    @Test
    void a_collection_is_pending_until_its_debit_date_unless_rejected() {
        DirectDebitCollection collection = new DirectDebitCollection(UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), "AL-1", new org.portailfamille.shared.FamilyId(UUID.randomUUID()),
                new RegieId(UUID.randomUUID()), "PF1001-1", FRST, Money.euros("20.10"), "AL-1-D1", UUID.randomUUID(),
                DEBIT, null, null);

        assertThat(collection.isPendingOn(DEBIT.minusDays(1))).isTrue();
        assertThat(collection.isPendingOn(DEBIT)).isFalse();
        assertThatThrownBy(() -> new DirectDebitCollection(collection.id(), collection.fileId(), collection.invoiceId(),
                "AL-1", collection.familyId(), collection.regieId(), "PF1001-1", FRST, Money.euros("20.10"), "AL-1-D1",
                collection.paymentId(), DEBIT, DEBIT, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(RejectReason.ofCode("AM04")).contains(RejectReason.AM04);
        assertThat(RejectReason.ofCode("XX99")).isEmpty();
    }
}
