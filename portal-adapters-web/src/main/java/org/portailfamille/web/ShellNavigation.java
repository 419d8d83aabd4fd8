package org.portailfamille.web;

import org.portailfamille.access.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The shell's own entries: "Accueil", first of the family tabs and of the staff menu. */
@Configuration(proxyBeanMethods = false)
class ShellNavigation {

    @Bean
    NavigationEntry familyHomeTab() {
        return NavigationEntry.parentTab(0, "home", "nav.home", "/famille/accueil");
    }

    @Bean
    NavigationEntry staffHomeMenuEntry() {
        return NavigationEntry.staffMenu(0, "home", "nav.staff.home", "/gestion/accueil");
    }
}
