package org.portailfamille.accounts.adapter.in.web;

import org.portailfamille.accounts.application.port.in.PasswordProblem;
import org.springframework.validation.BindingResult;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Puts the accounts module's password problems on the form's fields, with French messages. */
final class PasswordFormErrors {

    /** The form's fields from top to bottom; a problem without a field (the link) comes first. */
    private static final List<String> FIELD_ORDER = List.of("currentPassword", "newPassword", "confirmation");

    /**
     * The error summary lists the problems in the order of the fields on the page, and a field's problems in
     * the order of the criteria list (the outcome's set has no order of its own).
     */
    private static final Comparator<PasswordProblem> FORM_ORDER = Comparator
            .comparingInt((PasswordProblem problem) -> {
                String field = fieldOf(problem);
                return field == null ? -1 : FIELD_ORDER.indexOf(field);
            })
            .thenComparing(Comparator.naturalOrder());

    private PasswordFormErrors() {
    }

    static void reject(Set<PasswordProblem> problems, BindingResult result) {
        problems.stream().sorted(FORM_ORDER).forEach(problem -> {
            String field = fieldOf(problem);
            String code = "password.problem." + problem.name();
            if (field == null) {
                result.reject(code);
            } else {
                result.rejectValue(field, code);
            }
        });
    }

    private static String fieldOf(PasswordProblem problem) {
        return switch (problem) {
            case CURRENT_PASSWORD_WRONG -> "currentPassword";
            case CONFIRMATION_MISMATCH -> "confirmation";
            case LINK_INVALID, TOO_MANY_ATTEMPTS -> null;
            default -> "newPassword";
        };
    }
}
