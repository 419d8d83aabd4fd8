package org.portailfamille.accounts.adapter.out.persistence;

import org.jooq.DSLContext;
import org.jooq.Records;
import org.portailfamille.accounts.adapter.out.persistence.jooq.tables.records.ChildRecord;
import org.portailfamille.accounts.application.port.out.Children;
import org.portailfamille.accounts.domain.AuthorisedPerson;
import org.portailfamille.accounts.domain.Child;
import org.portailfamille.accounts.domain.HealthRecord;
import org.portailfamille.accounts.domain.Sex;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.jooq.impl.DSL.row;
import static org.portailfamille.accounts.adapter.out.persistence.jooq.Tables.AUTHORISED_PERSON;
import static org.portailfamille.accounts.adapter.out.persistence.jooq.Tables.CHILD;
import static org.portailfamille.accounts.adapter.out.persistence.jooq.Tables.HEALTH_RECORD;

@Repository
class JooqChildren implements Children {

    private final DSLContext dsl;

    JooqChildren(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(Child child) {
        dsl.newRecord(CHILD)
                .setId(child.id().value())
                .setFamilyId(child.familyId().value())
                .setFirstName(child.firstName())
                .setLastName(child.lastName())
                .setBirthDate(child.birthDate())
                .setSex(child.sex().name())
                .setSchool(child.school())
                .setSchoolClass(child.schoolClass())
                .setImageAuthorisation(child.imageAuthorisation())
                .setOutingAuthorisation(child.outingAuthorisation())
                .insert();
        insertPersons(child);
        saveHealthRecord(child);
    }

    @Override
    public void update(Child child) {
        dsl.update(CHILD)
                .set(CHILD.FIRST_NAME, child.firstName())
                .set(CHILD.LAST_NAME, child.lastName())
                .set(CHILD.BIRTH_DATE, child.birthDate())
                .set(CHILD.SEX, child.sex().name())
                .set(CHILD.SCHOOL, child.school())
                .set(CHILD.SCHOOL_CLASS, child.schoolClass())
                .set(CHILD.IMAGE_AUTHORISATION, child.imageAuthorisation())
                .set(CHILD.OUTING_AUTHORISATION, child.outingAuthorisation())
                .where(CHILD.ID.eq(child.id().value()))
                .execute();
        dsl.deleteFrom(AUTHORISED_PERSON).where(AUTHORISED_PERSON.CHILD_ID.eq(child.id().value())).execute();
        insertPersons(child);
        saveHealthRecord(child);
    }

    /** Inserts the child's health record, or replaces the stored one. */
    private void saveHealthRecord(Child child) {
        HealthRecord health = child.healthRecord();
        var record = dsl.newRecord(HEALTH_RECORD)
                .setChildId(child.id().value())
                .setDoctorName(health.doctorName())
                .setDoctorPhone(health.doctorPhone())
                .setAllergies(health.allergies())
                .setDiet(health.diet())
                .setPai(health.pai())
                .setVaccinationsUpToDate(health.vaccinationsUpToDate())
                .setGlasses(health.glasses())
                .setRemarks(health.remarks());
        dsl.insertInto(HEALTH_RECORD).set(record)
                .onConflict(HEALTH_RECORD.CHILD_ID).doUpdate().set(record)
                .execute();
    }

    private void insertPersons(Child child) {
        int position = 0;
        for (AuthorisedPerson person : child.authorisedPersons()) {
            dsl.newRecord(AUTHORISED_PERSON)
                    .setChildId(child.id().value())
                    .setPosition(position++)
                    .setName(person.name())
                    .setRelationship(person.relationship())
                    .setPhone(person.phone())
                    .setMayPickUp(person.mayPickUp())
                    .setEmergencyContact(person.emergencyContact())
                    .insert();
        }
    }

    @Override
    public List<Child> byFamily(FamilyId familyId) {
        List<ChildRecord> rows = dsl.selectFrom(CHILD).where(CHILD.FAMILY_ID.eq(familyId.value()))
                .orderBy(CHILD.BIRTH_DATE, CHILD.FIRST_NAME, CHILD.ID).fetch();
        return assemble(rows);
    }

    @Override
    public List<Summary> summariesOf(FamilyId familyId) {
        return dsl.select(CHILD.ID.convertFrom(ChildId::new), CHILD.FIRST_NAME, CHILD.LAST_NAME, CHILD.BIRTH_DATE,
                        CHILD.SCHOOL, CHILD.SCHOOL_CLASS)
                .from(CHILD)
                .where(CHILD.FAMILY_ID.eq(familyId.value()))
                .orderBy(CHILD.BIRTH_DATE, CHILD.FIRST_NAME, CHILD.ID)
                .fetch(Records.mapping(Summary::new));
    }

    @Override
    public Optional<Child> byId(ChildId id) {
        return dsl.selectFrom(CHILD).where(CHILD.ID.eq(id.value())).fetchOptional()
                .map(row -> assemble(List.of(row)).get(0));
    }

    @Override
    public List<Name> names(Collection<ChildId> ids) {
        return dsl.select(CHILD.ID, CHILD.FAMILY_ID, CHILD.FIRST_NAME, CHILD.LAST_NAME)
                .from(CHILD)
                .where(CHILD.ID.in(ids.stream().map(ChildId::value).toList()))
                .orderBy(CHILD.LAST_NAME, CHILD.FIRST_NAME, CHILD.ID)
                .fetch(row -> new Name(new ChildId(row.value1()), new FamilyId(row.value2()), row.value3(),
                        row.value4()));
    }

    private List<Child> assemble(List<ChildRecord> rows) {
        List<UUID> ids = rows.stream().map(ChildRecord::getId).toList();
        Map<UUID, List<AuthorisedPerson>> persons = personsOf(ids);
        Map<UUID, HealthRecord> health = healthRecordsOf(ids);
        return rows.stream().map(row -> new Child(new ChildId(row.getId()), new FamilyId(row.getFamilyId()),
                row.getFirstName(), row.getLastName(), row.getBirthDate(), Sex.valueOf(row.getSex()),
                row.getSchool(), row.getSchoolClass(), row.getImageAuthorisation(), row.getOutingAuthorisation(),
                persons.getOrDefault(row.getId(), List.of()),
                health.getOrDefault(row.getId(), HealthRecord.empty()))).toList();
    }

    private Map<UUID, List<AuthorisedPerson>> personsOf(Collection<UUID> childIds) {
        return dsl.select(AUTHORISED_PERSON.CHILD_ID,
                        row(AUTHORISED_PERSON.NAME, AUTHORISED_PERSON.RELATIONSHIP,
                                AUTHORISED_PERSON.PHONE, AUTHORISED_PERSON.MAY_PICK_UP,
                                AUTHORISED_PERSON.EMERGENCY_CONTACT).mapping(AuthorisedPerson::new))
                .from(AUTHORISED_PERSON)
                .where(AUTHORISED_PERSON.CHILD_ID.in(childIds))
                .orderBy(AUTHORISED_PERSON.CHILD_ID, AUTHORISED_PERSON.POSITION)
                .collect(Records.intoGroups());
    }

    private Map<UUID, HealthRecord> healthRecordsOf(Collection<UUID> childIds) {
        return dsl.select(HEALTH_RECORD.CHILD_ID,
                        row(HEALTH_RECORD.DOCTOR_NAME, HEALTH_RECORD.DOCTOR_PHONE,
                                HEALTH_RECORD.ALLERGIES, HEALTH_RECORD.DIET, HEALTH_RECORD.PAI,
                                HEALTH_RECORD.VACCINATIONS_UP_TO_DATE, HEALTH_RECORD.GLASSES,
                                HEALTH_RECORD.REMARKS).mapping(HealthRecord::new))
                .from(HEALTH_RECORD)
                .where(HEALTH_RECORD.CHILD_ID.in(childIds))
                .collect(Records.intoMap());
    }
}
