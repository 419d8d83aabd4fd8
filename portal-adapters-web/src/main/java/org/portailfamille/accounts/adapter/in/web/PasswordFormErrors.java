package org.portailfamille.accounts.adapter.in.web;

import org.portailfamille.accounts.application.port.in.PasswordProblem;
import org.springframework.validation.BindingResult;

import java.util.Set;

/** Puts the accounts module's password problems on the form's fields, with French messages. */
final class PasswordFormErrors {

    private PasswordFormErrors() {
    }

    static void reject(Set<PasswordProblem> problems, BindingResult result) {
        for (PasswordProblem problem : problems) {
            String field = switch (problem) {
                case CURRENT_PASSWORD_WRONG -> "currentPassword";
                case CONFIRMATION_MISMATCH -> "confirmation";
                case LINK_INVALID -> null;
                default -> "newPassword";
            };
            String code = "password.problem." + problem.name();
            if (field == null) {
                result.reject(code);
            } else {
                result.rejectValue(field, code);
            }
        }
    }
}
