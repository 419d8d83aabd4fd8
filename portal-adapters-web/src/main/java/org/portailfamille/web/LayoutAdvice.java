package org.portailfamille.web;

import org.portailfamille.messaging.application.port.in.CountUnreadMessagesUseCase;
import org.portailfamille.access.PortalUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.time.Clock;
import java.time.LocalDate;

/** What every page's layout shows: the municipality, and for a parent the banner line of the guide. */
@ControllerAdvice
class LayoutAdvice {

    private final CountUnreadMessagesUseCase unreadMessages;
    private final FrenchFormats formats;
    private final Clock clock;
    private final String municipalityName;
    private final String websiteUrl;

    LayoutAdvice(CountUnreadMessagesUseCase unreadMessages, FrenchFormats formats, Clock clock,
                 @Value("${portal.municipality.name}") String municipalityName,
                 @Value("${portal.municipality.website-url}") String websiteUrl) {
        this.unreadMessages = unreadMessages;
        this.formats = formats;
        this.clock = clock;
        this.municipalityName = municipalityName;
        this.websiteUrl = websiteUrl;
    }

    @ModelAttribute("municipalityName")
    String municipalityName() {
        return municipalityName;
    }

    @ModelAttribute("municipalityWebsite")
    String municipalityWebsite() {
        return websiteUrl;
    }

    @ModelAttribute("currentUser")
    PortalUser currentUser(@AuthenticationPrincipal PortalUser user) {
        return user;
    }

    /** "Bienvenue JEAN DUPONT, vous avez 1 Nouveau(x) Message(s) Lundi 4 Mai 2015" (parents only). */
    @ModelAttribute("banner")
    Banner banner(@AuthenticationPrincipal PortalUser user) {
        if (user == null || !user.isParent() || user.passwordChangeRequired()) {
            return null;
        }
        return new Banner(user.displayName().toUpperCase(java.util.Locale.FRENCH),
                unreadMessages.countUnreadMessages(user.familyId()), formats.longDate(LocalDate.now(clock)));
    }

    record Banner(String displayName, int unreadMessages, String today) {
    }
}
