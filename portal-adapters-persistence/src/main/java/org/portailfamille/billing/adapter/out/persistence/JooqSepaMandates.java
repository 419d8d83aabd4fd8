package org.portailfamille.billing.adapter.out.persistence;

import org.jooq.DSLContext;
import org.portailfamille.billing.application.port.out.SepaMandates;
import org.portailfamille.billing.domain.SepaMandate;
import org.portailfamille.shared.FamilyId;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.Optional;

import static org.portailfamille.billing.adapter.out.persistence.jooq.Tables.SEPA_MANDATE;

@Repository
class JooqSepaMandates implements SepaMandates {

    private final DSLContext dsl;

    JooqSepaMandates(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<SepaMandate> activeOf(FamilyId familyId) {
        return active(familyId).fetchOptional(JooqSepaMandates::mandate);
    }

    @Override
    public Optional<SepaMandate> lockActiveOf(FamilyId familyId) {
        return active(familyId).forUpdate().fetchOptional(JooqSepaMandates::mandate);
    }

    private org.jooq.SelectConditionStep<org.portailfamille.billing.adapter.out.persistence.jooq.tables.records.SepaMandateRecord> active(
            FamilyId familyId) {
        return dsl.selectFrom(SEPA_MANDATE)
                .where(SEPA_MANDATE.FAMILY_ID.eq(familyId.value())).and(SEPA_MANDATE.REVOKED_ON.isNull());
    }

    private static SepaMandate mandate(org.portailfamille.billing.adapter.out.persistence.jooq.tables.records.SepaMandateRecord row) {
        return new SepaMandate(row.getRum(), new FamilyId(row.getFamilyId()), row.getAccountHolder(), row.getIban(),
                row.getBic(), row.getSignedOn(), SepaMandate.SequenceType.valueOf(row.getNextSequence()),
                row.getRevokedOn());
    }

    @Override
    public int countOf(FamilyId familyId) {
        return dsl.fetchCount(SEPA_MANDATE, SEPA_MANDATE.FAMILY_ID.eq(familyId.value()));
    }

    @Override
    public void add(SepaMandate mandate) {
        dsl.insertInto(SEPA_MANDATE)
                .set(SEPA_MANDATE.RUM, mandate.rum())
                .set(SEPA_MANDATE.FAMILY_ID, mandate.familyId().value())
                .set(SEPA_MANDATE.ACCOUNT_HOLDER, mandate.accountHolder())
                .set(SEPA_MANDATE.IBAN, mandate.iban())
                .set(SEPA_MANDATE.BIC, mandate.bic())
                .set(SEPA_MANDATE.SIGNED_ON, mandate.signedOn())
                .set(SEPA_MANDATE.NEXT_SEQUENCE, mandate.nextSequence().name())
                .execute();
    }

    @Override
    public void revoke(String rum, LocalDate on) {
        dsl.update(SEPA_MANDATE).set(SEPA_MANDATE.REVOKED_ON, on)
                .where(SEPA_MANDATE.RUM.eq(rum)).and(SEPA_MANDATE.REVOKED_ON.isNull()).execute();
    }

    @Override
    public void setNextSequence(String rum, SepaMandate.SequenceType next) {
        dsl.update(SEPA_MANDATE).set(SEPA_MANDATE.NEXT_SEQUENCE, next.name()).where(SEPA_MANDATE.RUM.eq(rum)).execute();
    }
}
