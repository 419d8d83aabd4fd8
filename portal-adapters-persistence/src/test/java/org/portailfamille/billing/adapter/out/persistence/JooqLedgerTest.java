package org.portailfamille.billing.adapter.out.persistence;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.portailfamille.billing.application.port.out.Ledger;
import org.portailfamille.billing.application.port.out.Regies;
import org.portailfamille.billing.domain.LedgerEntry;
import org.portailfamille.billing.domain.Regie;
import org.portailfamille.shared.FamilyId;
import org.portailfamille.shared.Money;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.portailfamille.billing.adapter.out.persistence.jooq.Tables.LEDGER_ENTRY;

@SpringBootTest
class JooqLedgerTest {

    private static final LocalDate D1 = LocalDate.of(2026, 1, 10);
    private static final LocalDate D2 = LocalDate.of(2026, 2, 10);
    private static final LocalDate D3 = LocalDate.of(2026, 3, 10);

    @Autowired
    Ledger ledger;
    @Autowired
    Regies regies;
    @Autowired
    DSLContext dsl;

    @Test
    void the_balance_is_debits_minus_credits_up_to_the_date() {
        Regie regie = JooqRegiesTest.newRegie(regies, 1, 1);
        FamilyId family = FamilyId.newId();
        FamilyId otherFamily = FamilyId.newId();
        ledger.append(new LedgerEntry(family, regie.id(), D1, regie.prefix() + "-1", Money.euros("100.10"), Money.ZERO));
        ledger.append(new LedgerEntry(family, regie.id(), D2, regie.prefix() + "-1", Money.ZERO, Money.euros("40.05")));
        ledger.append(new LedgerEntry(family, regie.id(), D3, regie.prefix() + "-2", Money.euros("20.00"), Money.ZERO));
        ledger.append(new LedgerEntry(family, regie.id(), D3, regie.prefix() + "-2", Money.ZERO, Money.euros("0.01")));
        ledger.append(new LedgerEntry(otherFamily, regie.id(), D1, regie.prefix() + "-3", Money.euros("999.99"),
                Money.ZERO));

        assertThat(ledger.balanceAt(family, D1.minusDays(1))).isEqualTo(Money.ZERO);
        assertThat(ledger.balanceAt(family, D1)).isEqualTo(Money.euros("100.10"));
        assertThat(ledger.balanceAt(family, D2.minusDays(1))).isEqualTo(Money.euros("100.10"));
        assertThat(ledger.balanceAt(family, D2)).isEqualTo(Money.euros("60.05"));
        assertThat(ledger.balanceAt(family, D3)).isEqualTo(Money.euros("80.04"));
        assertThat(ledger.balanceAt(otherFamily, D3)).isEqualTo(Money.euros("999.99"));
        assertThat(ledger.balanceAt(FamilyId.newId(), D3)).isEqualTo(Money.ZERO);
    }

    @Test
    void a_credit_larger_than_the_debits_gives_a_negative_balance() {
        Regie regie = JooqRegiesTest.newRegie(regies, 1, 1);
        FamilyId family = FamilyId.newId();
        ledger.append(new LedgerEntry(family, regie.id(), D1, regie.prefix() + "-1", Money.ZERO, Money.euros("15.50")));
        assertThat(ledger.balanceAt(family, D1)).isEqualTo(Money.euros("-15.50"));
    }

    @Test
    void entries_can_be_neither_updated_nor_deleted() {
        Regie regie = JooqRegiesTest.newRegie(regies, 1, 1);
        FamilyId family = FamilyId.newId();
        ledger.append(new LedgerEntry(family, regie.id(), D1, regie.prefix() + "-1", Money.euros("50.00"), Money.ZERO));

        assertThatThrownBy(() -> dsl.update(LEDGER_ENTRY).set(LEDGER_ENTRY.DEBIT, new BigDecimal("0.01"))
                .where(LEDGER_ENTRY.FAMILY_ID.eq(family.value())).execute())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> dsl.deleteFrom(LEDGER_ENTRY)
                .where(LEDGER_ENTRY.FAMILY_ID.eq(family.value())).execute())
                .rootCause().hasMessageContaining("append-only");

        assertThat(ledger.balanceAt(family, D1)).isEqualTo(Money.euros("50.00"));
    }
}
