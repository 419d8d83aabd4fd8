package org.portailfamille.accounts.adapter.in.web;

import org.portailfamille.access.FamilyHomeSection;
import org.portailfamille.access.PortalUser;
import org.springframework.stereotype.Component;

/** The guide's "Fiche d'inscription" link of Accueil: the family's file as a PDF to print. */
@Component
class RegistrationSheetHomeSection implements FamilyHomeSection {

    @Override
    public int order() {
        return 320;
    }

    @Override
    public String fragment() {
        return "accounts/home :: sheetLink";
    }

    @Override
    public String data(PortalUser parent) {
        return RegistrationSheetController.PATH;
    }
}
