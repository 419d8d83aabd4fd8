package org.portailfamille.accounts.application.port.in;

/**
 * Identity, address and contact of an adult of a family, as typed on a form. Coded values (civility)
 * use the names of the domain's enums, e.g. "MONSIEUR".
 */
public record AdultDetails(String civility, String lastName, String firstName, String addressLine, String postcode,
                           String city, String homePhone, String workPhone, String mobilePhone, String email,
                           boolean emailConsent, boolean smsConsent, String profession,
                           String socioProfessionalCategory, String employer, String employerAddress) {
}
