package org.portailfamille.accounts.adapter.out.persistence;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.portailfamille.accounts.adapter.out.persistence.jooq.tables.records.FamilyRecord;
import org.portailfamille.accounts.adapter.out.persistence.jooq.tables.records.PartnerRecord;
import org.portailfamille.accounts.application.port.out.Families;
import org.portailfamille.accounts.domain.BankDetails;
import org.portailfamille.accounts.domain.BenefitFund;
import org.portailfamille.accounts.domain.CafDetails;
import org.portailfamille.accounts.domain.Civility;
import org.portailfamille.accounts.domain.ContactDetails;
import org.portailfamille.accounts.domain.Family;
import org.portailfamille.accounts.domain.FamilyNumber;
import org.portailfamille.accounts.domain.Guardian;
import org.portailfamille.accounts.domain.GuardianRole;
import org.portailfamille.accounts.domain.MaritalStatus;
import org.portailfamille.accounts.domain.Occupation;
import org.portailfamille.accounts.domain.Partner;
import org.portailfamille.accounts.domain.PersonName;
import org.portailfamille.accounts.domain.PostalAddress;
import org.portailfamille.accounts.domain.TaxDetails;
import org.portailfamille.shared.FamilyId;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.portailfamille.accounts.adapter.out.persistence.jooq.Tables.FAMILY;
import static org.portailfamille.accounts.adapter.out.persistence.jooq.Tables.PARTNER;

@Repository
class JooqFamilies implements Families {

    private final DSLContext dsl;

    JooqFamilies(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(Family family) {
        FamilyRecord row = dsl.newRecord(FAMILY)
                .setId(family.id().value())
                .setFamilyNumber(family.number().value())
                .setVersion(family.version())
                .setCreatedAt(OffsetDateTime.now(ZoneOffset.UTC));
        writeGuardianColumns(row, family.guardian());
        writeFileColumns(row, family);
        row.insert();
        family.partner().ifPresent(partner -> upsertPartner(family, partner));
    }

    @Override
    public void update(Family family) {
        FamilyRecord row = dsl.fetchSingle(FAMILY, FAMILY.ID.eq(family.id().value()));
        row.setVersion(row.getVersion() + 1);
        writeGuardianColumns(row, family.guardian());
        writeFileColumns(row, family);
        row.update();
        family.partner().ifPresent(partner -> upsertPartner(family, partner));
    }

    private static void writeGuardianColumns(FamilyRecord row, Guardian g) {
        row.setCivility(g.civility().name())
                .setLastName(g.name().lastName())
                .setFirstName(g.name().firstName())
                .setGuardianRole(g.role().name())
                .setMaritalStatus(g.maritalStatus().name())
                .setAddressLine(g.address().line())
                .setPostcode(g.address().postcode())
                .setCity(g.address().city())
                .setHomePhone(g.contact().homePhone())
                .setWorkPhone(g.contact().workPhone())
                .setMobilePhone(g.contact().mobilePhone())
                .setEmail(g.contact().email())
                .setEmailConsent(g.contact().emailConsent())
                .setSmsConsent(g.contact().smsConsent())
                .setProfession(g.occupation().profession())
                .setSocioProfessionalCategory(g.occupation().socioProfessionalCategory())
                .setEmployer(g.occupation().employer())
                .setEmployerAddress(g.occupation().employerAddress());
    }

    private static void writeFileColumns(FamilyRecord row, Family family) {
        TaxDetails tax = family.taxDetails().orElse(null);
        row.setTaxReferenceIncome(tax == null ? null : tax.referenceIncome())
                .setTaxShares(tax == null ? null : tax.taxShares())
                .setTaxYear(tax == null ? null : tax.year());
        CafDetails caf = family.cafDetails().orElse(null);
        row.setCafFund(caf == null ? null : caf.fund().name())
                .setCafNumber(caf == null ? null : caf.allocataireNumber())
                .setCafQuotient(caf == null ? null : caf.quotient());
        BankDetails bank = family.bankDetails().orElse(null);
        row.setBankHolder(bank == null ? null : bank.holder())
                .setBankIban(bank == null ? null : bank.iban())
                .setBankBic(bank == null ? null : bank.bic())
                .setBankName(bank == null ? null : bank.bankName())
                .setDirectDebit(bank != null && bank.directDebit());
    }

    private void upsertPartner(Family family, Partner partner) {
        dsl.deleteFrom(PARTNER).where(PARTNER.FAMILY_ID.eq(family.id().value())).execute();
        dsl.newRecord(PARTNER)
                .setFamilyId(family.id().value())
                .setCivility(partner.civility().name())
                .setLastName(partner.name().lastName())
                .setFirstName(partner.name().firstName())
                .setAddressLine(partner.address().line())
                .setPostcode(partner.address().postcode())
                .setCity(partner.address().city())
                .setHomePhone(partner.contact().homePhone())
                .setWorkPhone(partner.contact().workPhone())
                .setMobilePhone(partner.contact().mobilePhone())
                .setEmail(partner.contact().email())
                .setEmailConsent(partner.contact().emailConsent())
                .setSmsConsent(partner.contact().smsConsent())
                .setProfession(partner.occupation().profession())
                .setSocioProfessionalCategory(partner.occupation().socioProfessionalCategory())
                .setEmployer(partner.occupation().employer())
                .setEmployerAddress(partner.occupation().employerAddress())
                .insert();
    }

    @Override
    public Optional<Family> byId(FamilyId id) {
        return dsl.select(FAMILY.asterisk(), PARTNER.asterisk())
                .from(FAMILY)
                .leftJoin(PARTNER).on(PARTNER.FAMILY_ID.eq(FAMILY.ID))
                .where(FAMILY.ID.eq(id.value()))
                .fetchOptional(JooqFamilies::toFamily);
    }

    @Override
    public List<Family> byIds(Collection<FamilyId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // IN lists of at most 1,000 ids (one statement for a page of the request queue): a bound array (= ANY(?))
        // let PostgreSQL's generic plan scan the table
        List<UUID> all = ids.stream().map(FamilyId::value).distinct().toList();
        List<Family> found = new java.util.ArrayList<>();
        for (int from = 0; from < all.size(); from += 1_000) {
            found.addAll(dsl.select(FAMILY.asterisk(), PARTNER.asterisk())
                    .from(FAMILY)
                    .leftJoin(PARTNER).on(PARTNER.FAMILY_ID.eq(FAMILY.ID))
                    .where(FAMILY.ID.in(all.subList(from, Math.min(all.size(), from + 1_000))))
                    .fetch(JooqFamilies::toFamily));
        }
        return found;
    }

    @Override
    public Optional<Family> byNumber(FamilyNumber number) {
        return dsl.select(FAMILY.asterisk(), PARTNER.asterisk())
                .from(FAMILY)
                .leftJoin(PARTNER).on(PARTNER.FAMILY_ID.eq(FAMILY.ID))
                .where(FAMILY.FAMILY_NUMBER.eq(number.value()))
                .fetchOptional(JooqFamilies::toFamily);
    }

    @Override
    public boolean numberTaken(FamilyNumber number) {
        return dsl.fetchExists(FAMILY, FAMILY.FAMILY_NUMBER.eq(number.value()));
    }

    @Override
    public List<Family> search(String text, int limit) {
        String pattern = "%" + text.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\")
                .replace("%", "\\%").replace("_", "\\_") + "%";
        return dsl.select(FAMILY.asterisk(), PARTNER.asterisk())
                .from(FAMILY)
                .leftJoin(PARTNER).on(PARTNER.FAMILY_ID.eq(FAMILY.ID))
                .where(org.jooq.impl.DSL.lower(FAMILY.LAST_NAME).like(pattern)
                        .or(org.jooq.impl.DSL.lower(FAMILY.FIRST_NAME).like(pattern))
                        .or(org.jooq.impl.DSL.lower(FAMILY.LAST_NAME.concat(" ").concat(FAMILY.FIRST_NAME)).like(pattern))
                        .or(org.jooq.impl.DSL.lower(FAMILY.FIRST_NAME.concat(" ").concat(FAMILY.LAST_NAME)).like(pattern))
                        .or(FAMILY.FAMILY_NUMBER.like(pattern))
                        .or(org.jooq.impl.DSL.lower(FAMILY.EMAIL).like(pattern))
                        .or(FAMILY.POSTCODE.like(pattern)))
                .orderBy(FAMILY.LAST_NAME, FAMILY.FIRST_NAME, FAMILY.FAMILY_NUMBER)
                .limit(limit)
                .fetch(JooqFamilies::toFamily);
    }

    @Override
    public FamilyNumber nextFamilyNumber() {
        Long next = dsl.select(org.portailfamille.accounts.adapter.out.persistence.jooq.Sequences.FAMILY_NUMBER_SEQ.nextval())
                .fetchOne(0, Long.class);
        return new FamilyNumber(Long.toString(next));
    }

    @Override
    public List<FamilyId> byGuardianEmail(String email) {
        if (email.indexOf('\u0000') >= 0 || email.strip().length() > 254) {
            return List.of(); // no stored address holds a NUL (PostgreSQL text cannot) or exceeds the column
        }
        return dsl.select(FAMILY.ID).from(FAMILY)
                .where(org.jooq.impl.DSL.lower(FAMILY.EMAIL).eq(email.strip().toLowerCase(java.util.Locale.ROOT)))
                .fetch(record -> new FamilyId(record.value1()));
    }

    private static Family toFamily(Record record) {
        FamilyRecord f = record.into(FAMILY);
        Guardian guardian = new Guardian(Civility.valueOf(f.getCivility()),
                new PersonName(f.getLastName(), f.getFirstName()), GuardianRole.valueOf(f.getGuardianRole()),
                MaritalStatus.valueOf(f.getMaritalStatus()),
                new PostalAddress(f.getAddressLine(), f.getPostcode(), f.getCity()),
                new ContactDetails(f.getHomePhone(), f.getWorkPhone(), f.getMobilePhone(), f.getEmail(),
                        f.getEmailConsent(), f.getSmsConsent()),
                new Occupation(f.getProfession(), f.getSocioProfessionalCategory(), f.getEmployer(),
                        f.getEmployerAddress()));
        PartnerRecord p = record.into(PARTNER);
        Partner partner = p.getFamilyId() == null ? null : new Partner(Civility.valueOf(p.getCivility()),
                new PersonName(p.getLastName(), p.getFirstName()),
                new PostalAddress(p.getAddressLine(), p.getPostcode(), p.getCity()),
                new ContactDetails(p.getHomePhone(), p.getWorkPhone(), p.getMobilePhone(), p.getEmail(),
                        p.getEmailConsent(), p.getSmsConsent()),
                new Occupation(p.getProfession(), p.getSocioProfessionalCategory(), p.getEmployer(),
                        p.getEmployerAddress()));
        TaxDetails tax = f.getTaxReferenceIncome() == null ? null
                : new TaxDetails(f.getTaxReferenceIncome(), f.getTaxShares(), f.getTaxYear());
        CafDetails caf = f.getCafFund() == null ? null
                : new CafDetails(BenefitFund.valueOf(f.getCafFund()), f.getCafNumber(), f.getCafQuotient());
        BankDetails bank = f.getBankIban() == null ? null
                : new BankDetails(f.getBankHolder(), f.getBankIban(), f.getBankBic(), f.getBankName(), f.getDirectDebit());
        return Family.reconstitute(new FamilyId(f.getId()), new FamilyNumber(f.getFamilyNumber()), guardian, partner,
                tax, caf, bank, f.getVersion());
    }
}
