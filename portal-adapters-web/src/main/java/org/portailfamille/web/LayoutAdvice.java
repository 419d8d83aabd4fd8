package org.portailfamille.web;

import org.jspecify.annotations.Nullable;
import org.portailfamille.access.BannerContribution;
import org.portailfamille.access.NavigationEntry;
import org.portailfamille.access.PortalUser;
import org.portailfamille.access.PublicContacts;
import org.springframework.beans.factory.ObjectProvider;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What every page's layout shows: the municipality, the tabs (parents) or the menu (staff) that the modules
 * contribute as {@link NavigationEntry} beans, and for a parent the banner line of the guide, whose parts after
 * "Bienvenue NAME" the modules contribute as {@link BannerContribution} beans.
 */
@ControllerAdvice
class LayoutAdvice {

    private static final Comparator<NavigationEntry> NAVIGATION_ORDER =
            Comparator.comparingInt(NavigationEntry::order).thenComparing(NavigationEntry::id);

    private final List<NavigationEntry> familyNavigation;
    private final List<NavigationEntry> staffNavigation;
    private final List<BannerContribution> bannerContributions;
    private final List<PublicContacts> publicContacts;
    private final FrenchFormats formats;
    private final Clock clock;
    private final String municipalityName;
    private final String websiteUrl;
    private final boolean demoMode;
    private final LayoutHtml layoutHtml;

    LayoutAdvice(ObjectProvider<NavigationEntry> navigation, ObjectProvider<BannerContribution> bannerContributions,
                 ObjectProvider<PublicContacts> publicContacts, FrenchFormats formats, Clock clock,
                 MessageSource messages,
                 @Value("${portal.municipality.name}") String municipalityName,
                 @Value("${portal.municipality.website-url}") String websiteUrl,
                 @Value("${portal.demo.active:false}") boolean demoMode) {
        List<NavigationEntry> entries = navigation.stream().toList();
        this.familyNavigation = entriesFor(entries, PortalUser.Role.PARENT);
        this.staffNavigation = entriesFor(entries, PortalUser.Role.STAFF);
        this.bannerContributions = bannerContributions.stream()
                .sorted(Comparator.comparingInt(BannerContribution::order)).toList();
        this.publicContacts = publicContacts.stream().toList();
        this.formats = formats;
        this.clock = clock;
        this.municipalityName = municipalityName;
        this.websiteUrl = websiteUrl;
        this.demoMode = demoMode;
        this.layoutHtml = new LayoutHtml(messages, municipalityName, demoMode, familyNavigation);
    }

    /**
     * Everything the layout reads, added in one go (issue 14, ADR 0048): one model method asks for the principal
     * once, where nine methods each went through Spring's reflective invocation and argument resolution on every
     * request (the liveness probe, redirects and JSON answers included). An attribute the request already holds
     * (a flash attribute of the same name) is kept, as Spring does for {@code @ModelAttribute} methods.
     */
    @ModelAttribute
    void layout(@AuthenticationPrincipal @Nullable PortalUser user, Model model, HttpServletRequest request) {
        // Whether the portal runs in demo mode (decided by the platform, ADR 0033): the footer says so.
        put(model, "demoMode", demoMode);
        put(model, "municipalityName", municipalityName);
        put(model, "municipalityWebsite", websiteUrl);
        // Addresses, phones and e-mails for the footer and the Contact page, when a module contributes them.
        List<PublicContacts.Contact> contacts = publicContacts();
        put(model, "publicContacts", contacts);
        // the parts of the layout written once for everybody (footer, family tabs), asked for when the page renders
        put(model, "layoutHtml", new PageLayout(layoutHtml, contacts, request.getContextPath(),
                LocaleContextHolder.getLocale()));
        put(model, "currentUser", user);
        // The family area's tabs, in the guide's order (the layout adds "Déconnexion").
        put(model, "familyNavigation", familyNavigation);
        // The back office's menu entries, every one of them (the layout shows staffMenu).
        put(model, "staffNavigation", staffNavigation);
        // The back office's menu as the logged-in member of staff sees it: the entries shown to them, grouped
        // (ADR 0043; the layout adds "Déconnexion").
        put(model, "staffMenu", new StaffMenu(staffNavigation, user != null && user.isStaff() ? user : null));
        put(model, "banner", banner(user));
    }

    private static void put(Model model, String name, @Nullable Object value) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, value);
        }
    }

    private static List<NavigationEntry> entriesFor(List<NavigationEntry> navigation, PortalUser.Role audience) {
        List<NavigationEntry> entries = navigation.stream().filter(entry -> entry.audience() == audience)
                .sorted(NAVIGATION_ORDER).toList();
        long ids = entries.stream().map(NavigationEntry::id).distinct().count();
        if (ids != entries.size()) {
            throw new IllegalStateException("Two " + audience + " navigation entries share an id: " + entries);
        }
        return entries;
    }

    /**
     * The footer's contacts. The footer is on every page, error pages included (a database that is down must still
     * give its French error page, and readiness its 503): when they cannot be read, the footer goes without them.
     */
    List<PublicContacts.Contact> publicContacts() {
        try {
            return publicContacts.stream().flatMap(contacts -> contacts.contacts().stream())
                    .filter(PublicContacts.Contact::known).toList();
        } catch (RuntimeException unavailable) {
            org.slf4j.LoggerFactory.getLogger(LayoutAdvice.class)
                    .warn("Contacts left out of the footer: {}", unavailable.getMessage());
            return List.of();
        }
    }

    /**
     * "Bienvenue JEAN DUPONT, vous avez 1 Nouveau(x) Message(s) Lundi 4 Mai 2015" (parents only). The parts are
     * asked for when the page is rendered, after the handler ran: a page that changes what a part counts (opening a
     * message marks it read) shows the count as it is now.
     */
    @Nullable Banner banner(@Nullable PortalUser user) {
        if (user == null || !user.isParent() || user.passwordChangeRequired()) {
            return null;
        }
        return new Banner(user.displayName().toUpperCase(java.util.Locale.FRENCH), () -> bannerContributions.stream()
                .map(contribution -> contribution.item(user)).filter(Objects::nonNull).toList(),
                formats.longDate(LocalDate.now(clock)));
    }

    /** The layout's kept parts for one page: {@code ${layoutHtml.footer}}, {@code ${layoutHtml.familyTabs(active)}}. */
    public static final class PageLayout {
        private final LayoutHtml html;
        private final List<PublicContacts.Contact> contacts;
        private final String contextPath;
        private final Locale locale;

        PageLayout(LayoutHtml html, List<PublicContacts.Contact> contacts, String contextPath, Locale locale) {
            this.html = html;
            this.contacts = contacts;
            this.contextPath = contextPath;
            this.locale = locale;
        }

        /** The inside of the footer. */
        public String getFooter() {
            return html.footer(contacts, contextPath, locale);
        }

        /** The family area's tabs, {@code active} marked as the current page. */
        public String familyTabs(@Nullable String active) {
            return html.familyTabs(active, contextPath, locale);
        }
    }

    /** The banner line; its parts are computed at the first reading (when the layout renders them). */
    public static final class Banner {
        private final String displayName;
        private final java.util.function.Supplier<List<BannerContribution.Item>> parts;
        private final String today;
        private @Nullable List<BannerContribution.Item> items;

        Banner(String displayName, java.util.function.Supplier<List<BannerContribution.Item>> parts, String today) {
            this.displayName = displayName;
            this.parts = parts;
            this.today = today;
        }

        public String getDisplayName() {
            return displayName;
        }

        public List<BannerContribution.Item> getItems() {
            if (items == null) {
                items = parts.get();
            }
            return items;
        }

        public String getToday() {
            return today;
        }
    }
}
