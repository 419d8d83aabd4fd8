package org.portailfamille.accounts.domain;

import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A child of a family: identity, school and class, the family's authorisations (photos, outings), the persons
 * authorised around the child, and its health record (one per child).
 */
public record Child(ChildId id, FamilyId familyId, String firstName, String lastName, LocalDate birthDate, Sex sex,
                    String school, String schoolClass, boolean imageAuthorisation, boolean outingAuthorisation,
                    List<AuthorisedPerson> authorisedPersons, HealthRecord healthRecord) {

    public static final int MAX_AUTHORISED_PERSONS = 10;

    public Child {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(schoolClass, "schoolClass");
        Objects.requireNonNull(healthRecord, "healthRecord");
        firstName = firstName.strip();
        lastName = lastName.strip();
        school = school.strip();
        schoolClass = schoolClass.strip();
        authorisedPersons = List.copyOf(authorisedPersons);
        if (firstName.isEmpty() || lastName.isEmpty() || firstName.length() > 100 || lastName.length() > 100) {
            throw new IllegalArgumentException("A child's first and last names are 1 to 100 characters");
        }
        if (school.length() > 100 || schoolClass.length() > 50) {
            throw new IllegalArgumentException("A school is at most 100 characters, a class 50");
        }
        if (birthDate.getYear() < 1900) {
            throw new IllegalArgumentException("A child's birth date is after 1900");
        }
        if (authorisedPersons.size() > MAX_AUTHORISED_PERSONS) {
            throw new IllegalArgumentException("At most " + MAX_AUTHORISED_PERSONS + " authorised persons");
        }
    }

    /** A new child, with a new id, registered on the given day (a child is not born after that day). */
    public static Child register(FamilyId familyId, String firstName, String lastName, LocalDate birthDate, Sex sex,
                                 String school, String schoolClass, boolean imageAuthorisation,
                                 boolean outingAuthorisation, List<AuthorisedPerson> authorisedPersons,
                                 HealthRecord healthRecord, LocalDate today) {
        if (birthDate.isAfter(today)) {
            throw new IllegalArgumentException("A child is not born in the future");
        }
        return new Child(ChildId.newId(), familyId, firstName, lastName, birthDate, sex, school, schoolClass,
                imageAuthorisation, outingAuthorisation, authorisedPersons, healthRecord);
    }

    public boolean belongsTo(FamilyId family) {
        return familyId.equals(family);
    }

    /** The same child with another identity, school and class (the family does not change). */
    public Child withIdentity(String newFirstName, String newLastName, LocalDate newBirthDate, Sex newSex,
                              String newSchool, String newSchoolClass) {
        return new Child(id, familyId, newFirstName, newLastName, newBirthDate, newSex, newSchool, newSchoolClass,
                imageAuthorisation, outingAuthorisation, authorisedPersons, healthRecord);
    }

    /** The same child with the family's new answers on photos and outings. */
    public Child withAuthorisations(boolean image, boolean outing) {
        return new Child(id, familyId, firstName, lastName, birthDate, sex, school, schoolClass, image, outing,
                authorisedPersons, healthRecord);
    }

    /** The same child with a new list of authorised persons (at most {@value #MAX_AUTHORISED_PERSONS}). */
    public Child withAuthorisedPersons(List<AuthorisedPerson> persons) {
        return new Child(id, familyId, firstName, lastName, birthDate, sex, school, schoolClass, imageAuthorisation,
                outingAuthorisation, persons, healthRecord);
    }

    /** The same child with a new health record. */
    public Child withHealthRecord(HealthRecord record) {
        return new Child(id, familyId, firstName, lastName, birthDate, sex, school, schoolClass, imageAuthorisation,
                outingAuthorisation, authorisedPersons, record);
    }
}
