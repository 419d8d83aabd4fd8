package org.portailfamille.planning.config;

import org.portailfamille.accounts.application.port.in.CreateLoginCommand;
import org.portailfamille.accounts.application.port.in.CreateLoginUseCase;
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
 * <p>
 * First start of an installation (docs/operations.md): with {@code portal.staff.first-administrator-password} set and
 * no staff login at all in the database, the first name of {@code portal.staff.administrators} is created as a staff
 * login with that <em>temporary</em> password (to change at first login). Once any staff login exists it does
 * nothing, so the setting can be removed after the first start; several instances starting together create it once
 * (the username is unique: the others find it taken).
 */
@Configuration(proxyBeanMethods = false)
class StaffAdministratorsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StaffAdministratorsConfiguration.class);

    @Bean
    ApplicationRunner staffAdministrators(@Value("${portal.staff.administrators:}") List<String> usernames,
                                          ListStaffLoginsUseCase staffLogins, ViewStaffFacilitiesUseCase scopes,
                                          AssignStaffFacilitiesUseCase assign, CreateLoginUseCase createLogin,
                                          @Value("${portal.staff.first-administrator-password:}") String firstPassword) {
        return arguments -> {
            List<String> wanted = usernames.stream().map(String::strip).filter(name -> !name.isEmpty()).toList();
            if (wanted.isEmpty()) {
                return;
            }
            if (!firstPassword.isBlank() && staffLogins.staffLogins().isEmpty()) {
                try {
                    createLogin.createLogin(new CreateLoginCommand(wanted.get(0), firstPassword, true, null,
                            "Administrateur"));
                    log.info("First administrator {} created with a temporary password "
                            + "(portal.staff.first-administrator-password; remove it now)", wanted.get(0));
                } catch (IllegalArgumentException refused) {
                    // taken by another instance starting at the same time, or a password the rule refuses
                    log.warn("First administrator {} not created: {}", wanted.get(0), refused.getMessage());
                }
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
