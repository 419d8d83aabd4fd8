package org.portailfamille.accounts.adapter.in.web;

import org.portailfamille.access.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The accounts module's tabs ("Mon compte", "Mes enfants") and staff menu entries ("Familles", password). */
@Configuration(proxyBeanMethods = false)
class AccountsNavigation {

    @Bean
    NavigationEntry myAccountTab() {
        return NavigationEntry.parentTab(100, "account", "nav.account", "/famille/mon-compte");
    }

    @Bean
    NavigationEntry myChildrenTab() {
        return NavigationEntry.parentTab(200, "children", "nav.children", "/famille/enfants");
    }

    @Bean
    NavigationEntry staffFamiliesMenuEntry() {
        return NavigationEntry.staffMenu(200, "families", "nav.staff.families", "/gestion/familles")
                .inGroup("nav.staff.group.families");
    }

    /** Parents reach it from Accueil's padlock, as in the guide; staff from their menu. */
    @Bean
    NavigationEntry staffPasswordMenuEntry() {
        return NavigationEntry.staffMenu(900, "password", "nav.password", "/mot-de-passe/changer");
    }
}
