package org.portailfamille.web;

import org.jspecify.annotations.Nullable;
import org.portailfamille.access.NavigationEntry;
import org.portailfamille.access.PublicContacts;
import org.springframework.context.MessageSource;
import org.unbescape.html.HtmlEscape;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The parts of every page's layout that are the same for every user, written once in Java and kept (issue 14,
 * ADR 0048): the footer (its links, the contacts, the owner line, the demo notice) and the family area's tabs for
 * each current tab. Thymeleaf evaluated some sixty expressions and six fragment insertions for them on every page.
 * The markup is the one {@code fragments/layout.html} wrote, attribute for attribute; every text and attribute value
 * is escaped as {@code th:text}/{@code th:attr} escape them ({@link HtmlEscape#escapeHtml4Xml}). What differs per
 * user or per request (the banner, the logout form's CSRF token) stays in the template.
 * <p>
 * The footer is kept with what it was written from (contacts, context path, locale): contacts changed by staff (a
 * new list from {@code PublicContacts}) give a new footer on the next page.
 */
final class LayoutHtml {

    private final MessageSource messages;
    private final String municipalityName;
    private final boolean demoMode;
    private final List<NavigationEntry> familyNavigation;

    private volatile @Nullable Footer footer;
    private final Map<TabsKey, String> familyTabs = new ConcurrentHashMap<>();

    private record Footer(List<PublicContacts.Contact> contacts, String contextPath, Locale locale, String html) {
    }

    private record TabsKey(String active, String contextPath, Locale locale) {
    }

    LayoutHtml(MessageSource messages, String municipalityName, boolean demoMode,
               List<NavigationEntry> familyNavigation) {
        this.messages = messages;
        this.municipalityName = municipalityName;
        this.demoMode = demoMode;
        this.familyNavigation = familyNavigation;
    }

    /** The inside of {@code <footer class="site-footer">}. */
    String footer(List<PublicContacts.Contact> contacts, String contextPath, Locale locale) {
        Footer kept = footer;
        if (kept == null || !kept.contacts().equals(contacts) || !kept.contextPath().equals(contextPath)
                || !kept.locale().equals(locale)) {
            kept = new Footer(List.copyOf(contacts), contextPath, locale, writeFooter(contacts, contextPath, locale));
            footer = kept;
        }
        return kept.html();
    }

    /** The family area's tabs ({@code <li>} each), {@code active} marked as the current page. */
    String familyTabs(@Nullable String active, String contextPath, Locale locale) {
        return familyTabs.computeIfAbsent(new TabsKey(Objects.toString(active, ""), contextPath, locale),
                key -> writeTabs(active, contextPath, locale));
    }

    private String writeTabs(@Nullable String active, String contextPath, Locale locale) {
        StringBuilder html = new StringBuilder();
        for (NavigationEntry entry : familyNavigation) {
            html.append("<li><a href=\"").append(escape(contextPath + entry.path())).append('"');
            if (entry.id().equals(active)) {
                html.append(" aria-current=\"page\"");
            }
            html.append('>').append(escape(text(entry.labelKey(), locale))).append("</a></li>");
        }
        return html.toString();
    }

    private String writeFooter(List<PublicContacts.Contact> contacts, String contextPath, Locale locale) {
        StringBuilder html = new StringBuilder("\n    <ul class=\"site-footer__links\">\n");
        link(html, contextPath + "/accessibilite", text("footer.accessibility", locale));
        link(html, contextPath + "/mentions-legales", text("footer.legal", locale));
        link(html, contextPath + "/donnees-personnelles", text("footer.personalData", locale));
        link(html, contextPath + "/contact", text("footer.contact", locale));
        html.append("    </ul>\n");
        if (!contacts.isEmpty()) {
            html.append("    <ul class=\"site-footer__contacts\" aria-label=\"")
                    .append(escape(text("footer.contacts", locale))).append("\">\n");
            for (PublicContacts.Contact contact : contacts) {
                html.append("        <li>\n            <p class=\"contact__name\">").append(escape(contact.name()))
                        .append("</p>\n    <address class=\"contact\">\n        ");
                for (String line : contact.addressLines()) {
                    html.append("<span>").append(escape(line)).append("</span><br>");
                }
                if (!contact.phone().isBlank()) {
                    html.append("\n        <span>").append(escape(text("contact.phone", locale)))
                            .append("</span>\n            <a href=\"")
                            .append(escape("tel:" + contact.phone().replace(" ", ""))).append("\">")
                            .append(escape(contact.phone())).append("</a><br>");
                }
                if (!contact.email().isBlank()) {
                    html.append("\n        <span>").append(escape(text("contact.email", locale)))
                            .append("</span>\n            <a href=\"").append(escape("mailto:" + contact.email()))
                            .append("\">").append(escape(contact.email())).append("</a>");
                }
                html.append("\n    </address>\n        </li>\n");
            }
            html.append("    </ul>\n");
        }
        html.append("    <p class=\"site-footer__owner\">")
                .append(escape(municipalityName + " – " + text("layout.service", locale))).append("</p>\n");
        if (demoMode) {
            html.append("    <p class=\"site-footer__demo\" data-demo-mode><strong>")
                    .append(escape(text("footer.demoMode", locale))).append("</strong>\n        <span>")
                    .append(escape(text("footer.demoMode.detail", locale))).append("</span>\n        <a href=\"")
                    .append(escape(contextPath + "/demo/courriels")).append("\">")
                    .append(escape(text("demo.mails.title", locale))).append("</a></p>\n");
        }
        return html.toString();
    }

    private static void link(StringBuilder html, String href, String label) {
        html.append("        <li><a href=\"").append(escape(href)).append("\">").append(escape(label))
                .append("</a></li>\n");
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static String escape(String text) {
        return HtmlEscape.escapeHtml4Xml(text);
    }
}
