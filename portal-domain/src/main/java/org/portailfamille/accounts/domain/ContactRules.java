package org.portailfamille.accounts.domain;

import java.util.regex.Pattern;

/** What a French phone number, an e-mail address and a postcode look like on a family file. */
public final class ContactRules {

    private static final Pattern PHONE = Pattern.compile("(?:\\+33 ?|0)[1-9](?:[ .-]?\\d{2}){4}");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern POSTCODE = Pattern.compile("\\d{5}");

    private ContactRules() {
    }

    /** Empty, or a French number: 01 02 03 04 05, 01.02.03.04.05, 0102030405, +33 1 02 03 04 05. */
    public static boolean isValidPhone(String phone) {
        return phone == null || phone.isBlank() || PHONE.matcher(phone.strip()).matches();
    }

    /** Empty, or an address like prenom.nom@exemple.fr (at most 254 characters). */
    public static boolean isValidEmail(String email) {
        return email == null || email.isBlank() || email.strip().length() <= 254 && EMAIL.matcher(email.strip()).matches();
    }

    public static boolean isValidPostcode(String postcode) {
        return postcode != null && POSTCODE.matcher(postcode.strip()).matches();
    }
}
