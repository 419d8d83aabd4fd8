package org.portailfamille.messaging.adapter.in.web;

import org.portailfamille.access.FamilyHomeSection;
import org.portailfamille.access.NavigationEntry;
import org.portailfamille.access.PortalUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The guide's "Infos./Documents" link of Accueil (the documents the family may read) and the staff menu entry of
 * the page where staff publish them.
 */
@Configuration(proxyBeanMethods = false)
class DocumentsHomeSection {

    @Bean
    FamilyHomeSection documentsLink() {
        return new FamilyHomeSection() {
            @Override
            public int order() {
                return 310;
            }

            @Override
            public String fragment() {
                return "messaging/home :: documentsLink";
            }

            @Override
            public String data(PortalUser parent) {
                return PublishedDocumentsController.FAMILY_PATH;
            }
        };
    }

    @Bean
    NavigationEntry staffDocumentsMenu() {
        return NavigationEntry.staffMenu(470, "documents", "nav.staff.documents", PublishedDocumentsController.STAFF_PATH)
                .inGroup(MessagingNavigation.STAFF_GROUP);
    }
}
