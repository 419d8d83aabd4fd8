package org.portailfamille.accounts.application.port.in;

import java.time.LocalDate;
import java.util.Map;

/**
 * One of the forms about a child, as typed: "Informations enfant", "Autorisations", "Personnes autorisées",
 * "Données sanitaires", or "Ajouter un enfant". Each form cleans its values when built and names what is wrong
 * with them.
 */
public sealed interface ChildChange permits ChildIdentityForm, AuthorisationsForm, AuthorisedPersonsForm, HealthForm,
        AddChildForm {

    /** The values by field name in the stored format (as a request carries them), in the order of the form. */
    Map<String, String> fields();

    /** Problem code per field in error, in the order of the form; birth dates are judged on {@code today}. */
    Map<String, String> problems(LocalDate today);
}
