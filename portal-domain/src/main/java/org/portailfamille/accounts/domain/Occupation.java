package org.portailfamille.accounts.domain;

/** Profession, CSP (socio-professional category), employer and its address. Empty strings when unknown. */
public record Occupation(String profession, String socioProfessionalCategory, String employer, String employerAddress) {
    public static final Occupation UNKNOWN = new Occupation("", "", "", "");

    public Occupation {
        profession = profession == null ? "" : profession.strip();
        socioProfessionalCategory = socioProfessionalCategory == null ? "" : socioProfessionalCategory.strip();
        employer = employer == null ? "" : employer.strip();
        employerAddress = employerAddress == null ? "" : employerAddress.strip();
    }
}
