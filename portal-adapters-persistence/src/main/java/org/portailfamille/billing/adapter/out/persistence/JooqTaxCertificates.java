package org.portailfamille.billing.adapter.out.persistence;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.portailfamille.billing.application.port.out.TaxCertificates;
import org.portailfamille.billing.domain.TaxCertificate;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;
import org.portailfamille.shared.Money;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

import static org.portailfamille.billing.adapter.out.persistence.jooq.Tables.TAX_CERTIFICATE;

@Repository
class JooqTaxCertificates implements TaxCertificates {

    private final DSLContext dsl;

    JooqTaxCertificates(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void replaceYear(int year, List<TaxCertificate> certificates) {
        dsl.deleteFrom(TAX_CERTIFICATE).where(TAX_CERTIFICATE.TAX_YEAR.eq(year)).execute();
        for (TaxCertificate c : certificates) {
            if (c.taxYear() != year) {
                throw new IllegalArgumentException("A certificate of another year");
            }
            dsl.insertInto(TAX_CERTIFICATE)
                    .set(TAX_CERTIFICATE.ID, c.id())
                    .set(TAX_CERTIFICATE.TAX_YEAR, c.taxYear())
                    .set(TAX_CERTIFICATE.FAMILY_ID, c.familyId().value())
                    .set(TAX_CERTIFICATE.FAMILY_NUMBER, c.familyNumber())
                    .set(TAX_CERTIFICATE.GUARDIAN_NAME, c.guardianName())
                    .set(TAX_CERTIFICATE.CHILD_ID, c.childId().value())
                    .set(TAX_CERTIFICATE.CHILD_FIRST_NAME, c.childFirstName())
                    .set(TAX_CERTIFICATE.CHILD_LAST_NAME, c.childLastName())
                    .set(TAX_CERTIFICATE.CHILD_BIRTH_DATE, c.childBirthDate())
                    .set(TAX_CERTIFICATE.AMOUNT, c.amount().amount())
                    .set(TAX_CERTIFICATE.PRODUCED_ON, c.producedOn())
                    .set(TAX_CERTIFICATE.PRODUCED_BY, c.producedBy())
                    .execute();
        }
    }

    @Override
    public List<TaxCertificate> ofFamily(FamilyId familyId, int year) {
        return dsl.selectFrom(TAX_CERTIFICATE).where(TAX_CERTIFICATE.FAMILY_ID.eq(familyId.value()))
                .and(TAX_CERTIFICATE.TAX_YEAR.eq(year))
                .orderBy(TAX_CERTIFICATE.CHILD_BIRTH_DATE, TAX_CERTIFICATE.CHILD_FIRST_NAME)
                .fetch(JooqTaxCertificates::toCertificate);
    }

    @Override
    public Optional<TaxCertificate> ofChild(ChildId childId, int year) {
        return dsl.selectFrom(TAX_CERTIFICATE).where(TAX_CERTIFICATE.CHILD_ID.eq(childId.value()))
                .and(TAX_CERTIFICATE.TAX_YEAR.eq(year)).fetchOptional(JooqTaxCertificates::toCertificate);
    }

    @Override
    public List<Integer> yearsOf(FamilyId familyId) {
        return dsl.selectDistinct(TAX_CERTIFICATE.TAX_YEAR).from(TAX_CERTIFICATE)
                .where(TAX_CERTIFICATE.FAMILY_ID.eq(familyId.value())).orderBy(TAX_CERTIFICATE.TAX_YEAR.desc())
                .fetch(row -> row.value1());
    }

    @Override
    public List<TaxCertificate> ofYear(int year) {
        return dsl.selectFrom(TAX_CERTIFICATE).where(TAX_CERTIFICATE.TAX_YEAR.eq(year))
                .orderBy(TAX_CERTIFICATE.FAMILY_NUMBER, TAX_CERTIFICATE.CHILD_BIRTH_DATE)
                .fetch(JooqTaxCertificates::toCertificate);
    }

    @Override
    public List<Integer> years() {
        return dsl.selectDistinct(TAX_CERTIFICATE.TAX_YEAR).from(TAX_CERTIFICATE)
                .orderBy(TAX_CERTIFICATE.TAX_YEAR.desc()).fetch(row -> row.value1());
    }

    private static TaxCertificate toCertificate(Record row) {
        return new TaxCertificate(row.get(TAX_CERTIFICATE.ID), row.get(TAX_CERTIFICATE.TAX_YEAR),
                new FamilyId(row.get(TAX_CERTIFICATE.FAMILY_ID)), row.get(TAX_CERTIFICATE.FAMILY_NUMBER),
                row.get(TAX_CERTIFICATE.GUARDIAN_NAME), new ChildId(row.get(TAX_CERTIFICATE.CHILD_ID)),
                row.get(TAX_CERTIFICATE.CHILD_FIRST_NAME), row.get(TAX_CERTIFICATE.CHILD_LAST_NAME),
                row.get(TAX_CERTIFICATE.CHILD_BIRTH_DATE), new Money(row.get(TAX_CERTIFICATE.AMOUNT)),
                row.get(TAX_CERTIFICATE.PRODUCED_ON), row.get(TAX_CERTIFICATE.PRODUCED_BY));
    }
}
