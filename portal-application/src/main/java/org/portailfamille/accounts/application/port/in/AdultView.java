package org.portailfamille.accounts.application.port.in;

/** An adult of the family file as pages show it; coded values (civility) are codes such as "MONSIEUR". */
public record AdultView(String civility, String lastName, String firstName, String addressLine, String postcode,
                        String city, String homePhone, String workPhone, String mobilePhone, String email,
                        boolean emailConsent, boolean smsConsent, String profession, String socioProfessionalCategory,
                        String employer, String employerAddress) {
}
