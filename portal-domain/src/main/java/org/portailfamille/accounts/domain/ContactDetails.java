package org.portailfamille.accounts.domain;

/**
 * How to reach an adult of the family, and what they agreed to receive. Empty strings mean "not given".
 */
public record ContactDetails(String homePhone, String workPhone, String mobilePhone, String email,
                             boolean emailConsent, boolean smsConsent) {
    public ContactDetails {
        homePhone = homePhone == null ? "" : homePhone.strip();
        workPhone = workPhone == null ? "" : workPhone.strip();
        mobilePhone = mobilePhone == null ? "" : mobilePhone.strip();
        email = email == null ? "" : email.strip();
    }

    public boolean hasEmail() {
        return !email.isEmpty();
    }
}
