package org.portailfamille.accounts.application.port.in;

import org.jspecify.annotations.Nullable;

/**
 * Opens a family account. {@code guardianRole} and {@code maritalStatus} are codes such as "FATHER",
 * "SEPARATED".
 */
public record RegisterFamilyCommand(String familyNumber, AdultDetails guardian, String guardianRole,
                                    String maritalStatus, @Nullable AdultDetails partner) {
}
