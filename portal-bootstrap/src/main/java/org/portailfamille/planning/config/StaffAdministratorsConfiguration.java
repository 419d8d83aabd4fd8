package org.portailfamille.planning.config;

import org.portailfamille.accounts.application.port.in.ListStaffLoginsUseCase;
import org.portailfamille.accounts.application.port.in.StaffLogin;
import org.portailfamille.planning.application.port.in.AssignStaffFacilitiesCommand;
import org.portailfamille.planning.application.port.in.AssignStaffFacilitiesUseCase;
import org.portailfamille.planning.application.port.in.ViewStaffFacilitiesUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Set;

/**
 * The installation's administrators (ADR 0025): the staff usernames listed in {@code portal.staff.administrators}
 * work for all sites ("tous les sites") from start-up on, so that an installation has someone to assign the others
 * (staff logins nobody assigned see no facility). Empty by default; the demo names its own.
 */
@Configuration(proxyBeanMethods = false)
class StaffAdministratorsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StaffAdministratorsConfiguration.class);

    @Bean
    ApplicationRunner staffAdministrators(@Value("${portal.staff.administrators:}") List<String> usernames,
                                          ListStaffLoginsUseCase staffLogins, ViewStaffFacilitiesUseCase scopes,
                                          AssignStaffFacilitiesUseCase assign) {
        return arguments -> {
            List<String> wanted = usernames.stream().map(String::strip).filter(name -> !name.isEmpty()).toList();
            if (wanted.isEmpty()) {
                return;
            }
            for (StaffLogin login : staffLogins.staffLogins()) {
                if (wanted.contains(login.username()) && !scopes.staffFacilities(login.loginId()).allFacilities()) {
                    assign.assignStaffFacilities(new AssignStaffFacilitiesCommand(login.loginId(), true, Set.of()));
                    log.info("Staff login {} works for all sites (portal.staff.administrators)", login.username());
                }
            }
        };
    }
}
