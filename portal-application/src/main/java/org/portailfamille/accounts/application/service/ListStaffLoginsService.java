package org.portailfamille.accounts.application.service;

import org.portailfamille.accounts.application.port.in.ListStaffLoginsUseCase;
import org.portailfamille.accounts.application.port.in.StaffLogin;
import org.portailfamille.accounts.application.port.out.Logins;

import java.util.List;

public class ListStaffLoginsService implements ListStaffLoginsUseCase {

    private final Logins logins;

    public ListStaffLoginsService(Logins logins) {
        this.logins = logins;
    }

    @Override
    public List<StaffLogin> staffLogins() {
        return logins.ofStaff().stream()
                .map(login -> new StaffLogin(login.id().value(), login.username().value(), login.displayName()))
                .toList();
    }
}
