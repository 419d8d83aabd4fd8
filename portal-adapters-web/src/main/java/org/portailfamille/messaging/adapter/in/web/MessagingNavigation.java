package org.portailfamille.messaging.adapter.in.web;

import org.portailfamille.access.NavigationEntry;
import org.portailfamille.access.PublicContacts;
import org.portailfamille.access.StaffHomeCard;
import org.portailfamille.messaging.application.port.in.ContactDetails;
import org.portailfamille.messaging.application.port.in.ContactDirectory;
import org.portailfamille.messaging.application.port.in.ViewContactDetailsUseCase;
import org.portailfamille.messaging.application.port.in.ViewStaffInboxUseCase;
import org.portailfamille.planning.application.port.in.ViewPlanningSetUpUseCase;
import org.portailfamille.access.PortalUser;
import org.portailfamille.planning.application.port.in.ViewStaffFacilitiesUseCase;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.context.annotation.Configuration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Messaging's places in the shell: the parents' "Boîte de réception" tab, the staff's "Messagerie" entry and
 * home card (unread conversations of every desk), and the contacts of the footer and the Contact page.
 */
@Configuration(proxyBeanMethods = false)
class MessagingNavigation {

    /** The staff menu group of messaging's entries, "Messagerie" and "Documents" (ADR 0043). */
    static final String STAFF_GROUP = "nav.staff.group.messages";

    @Bean
    NavigationEntry inboxTab() {
        return NavigationEntry.parentTab(400, "messages", "nav.messages", FamilyMessagesController.INBOX);
    }

    @Bean
    NavigationEntry staffMessagesMenuEntry() {
        return NavigationEntry.staffMenu(450, "messages", "nav.staff.messages", StaffMessagesController.INBOX)
                .inGroup(STAFF_GROUP);
    }

    @Bean
    StaffHomeCard messagesCard(ViewStaffInboxUseCase inbox, ViewPlanningSetUpUseCase planning,
                               ViewStaffFacilitiesUseCase staffFacilities, MessageSource messages) {
        return new StaffHomeCard(400, "messages", "staff.home.messages.title", "staff.home.messages.text",
                "staff.home.messages.link", StaffMessagesController.INBOX, () -> {
            var authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication == null || !(authentication.getPrincipal() instanceof PortalUser user)) {
                return List.of(0);
            }
            // the desks this member of staff works for only (ADR 0025)
            int unread = StaffMessagesController.desks(staffFacilities.staffFacilities(user.loginId()), planning,
                    inbox, messages).stream().mapToInt(StaffMessagesController.Desk::unread).sum();
            return List.of(unread);
        });
    }

    @Bean
    PublicContacts messagingContacts(ViewContactDetailsUseCase contacts) {
        return () -> {
            ContactDirectory directory = contacts.contactDirectory();
            List<PublicContacts.Contact> shown = new ArrayList<>();
            shown.add(contact(directory.municipality()));
            directory.facilities().forEach(facility -> shown.add(contact(facility)));
            return shown;
        };
    }

    static PublicContacts.Contact contact(ContactDetails details) {
        List<String> lines = Arrays.stream(details.address().split("\\R")).map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
        return new PublicContacts.Contact(details.name(), lines, details.phone(), details.email());
    }
}
