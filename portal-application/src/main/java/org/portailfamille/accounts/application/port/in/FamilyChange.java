package org.portailfamille.accounts.application.port.in;

import java.util.Map;

/**
 * One of the five forms of Mon compte, as typed: "Infos Responsable", "Conjoint", "Fiscales", "CAF", "Bancaires".
 * Each form cleans its values when built and names what is wrong with them.
 */
public sealed interface FamilyChange permits GuardianForm, PartnerForm, TaxForm, CafForm, BankForm {

    /** The values by field name, in the order of the form and in the stored format (as a request carries them). */
    Map<String, String> fields();

    /** Problem code per field in error ("required", "postcode", "iban", …), in the order of the form. */
    Map<String, String> problems();
}
