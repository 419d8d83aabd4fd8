package org.portailfamille.accounts.application.service;

import org.portailfamille.accounts.application.port.in.PasswordProblem;
import org.portailfamille.accounts.domain.PasswordCriterion;
import org.portailfamille.accounts.domain.PasswordPolicy;

import java.util.EnumSet;
import java.util.Set;

/** Turns the password policy's verdict into the API's problems. */
final class PasswordProblems {

    private PasswordProblems() {
    }

    static Set<PasswordProblem> of(String newPassword, String confirmation, String username) {
        EnumSet<PasswordProblem> problems = EnumSet.noneOf(PasswordProblem.class);
        for (PasswordCriterion criterion : PasswordPolicy.unmetCriteria(newPassword, username)) {
            problems.add(switch (criterion) {
                case MIN_LENGTH -> PasswordProblem.TOO_SHORT;
                case UPPERCASE -> PasswordProblem.NO_UPPERCASE;
                case LOWERCASE -> PasswordProblem.NO_LOWERCASE;
                case DIGIT -> PasswordProblem.NO_DIGIT;
                case MAX_LENGTH -> PasswordProblem.TOO_LONG;
                case NOT_USERNAME -> PasswordProblem.SAME_AS_USERNAME;
                case NOT_COMMON -> PasswordProblem.TOO_COMMON;
                case NO_CONTROL_CHARACTER -> PasswordProblem.CONTROL_CHARACTER;
            });
        }
        if (!newPassword.equals(confirmation)) {
            problems.add(PasswordProblem.CONFIRMATION_MISMATCH);
        }
        return problems;
    }
}
