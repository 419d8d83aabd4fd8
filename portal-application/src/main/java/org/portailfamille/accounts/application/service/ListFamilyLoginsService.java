package org.portailfamille.accounts.application.service;

import org.portailfamille.accounts.application.port.in.FamilyLogin;
import org.portailfamille.accounts.application.port.in.ListFamilyLoginsUseCase;
import org.portailfamille.accounts.application.port.out.Logins;
import org.portailfamille.shared.FamilyId;

import java.util.List;

public class ListFamilyLoginsService implements ListFamilyLoginsUseCase {

    private final Logins logins;

    public ListFamilyLoginsService(Logins logins) {
        this.logins = logins;
    }

    @Override
    public List<FamilyLogin> familyLogins(FamilyId familyId) {
        return logins.ofFamily(familyId).stream()
                .map(login -> new FamilyLogin(login.id().value(), login.username().value(), login.passwordTemporary()))
                .toList();
    }
}
