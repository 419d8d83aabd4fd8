package org.portailfamille.billing.adapter.in.web;

import org.portailfamille.access.FamilyHomeSection;
import org.portailfamille.access.PortalUser;
import org.springframework.stereotype.Component;

/**
 * The guide's "Informations compte" link of Accueil: the account's information page of Relevé de compte (the
 * operations of the school year, invoices and payments).
 */
@Component
class AccountInformationHomeSection implements FamilyHomeSection {

    @Override
    public int order() {
        return 330;
    }

    @Override
    public String fragment() {
        return "billing/home :: accountInformationLink";
    }

    @Override
    public String data(PortalUser parent) {
        return StatementController.PATH;
    }
}
