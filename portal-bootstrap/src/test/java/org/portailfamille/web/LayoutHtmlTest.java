package org.portailfamille.web;

import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.access.NavigationEntry;
import org.portailfamille.access.PortalUser;
import org.portailfamille.access.PublicContacts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layout's parts written once in Java ({@link LayoutHtml}: the footer, the family tabs; ADR 0048) give the
 * markup the template's own loop gives, escaping included (contacts staff type, with markup in them), for every tab.
 */
@PortalIntegrationTest
class LayoutHtmlTest {

    @Autowired ITemplateEngine templates;
    @Autowired MessageSource messages;
    @Autowired ApplicationContext context;
    @Value("${portal.municipality.name}") String municipalityName;

    static final List<PublicContacts.Contact> CONTACTS = List.of(
            new PublicContacts.Contact("Mairie de Saint-Jean", List.of("1 place de la Mairie", "31000 Saint-Jean"),
                    "05 61 00 00 00", "accueil@saint-jean.example"),
            new PublicContacts.Contact("<script>alert('x')</script> & \"Cie\"", List.of("<b>rue</b> d'Été"),
                    "", "a&b@example.org"),
            new PublicContacts.Contact("Centre de loisirs", List.of(), "05 61 22 33 44", ""));

    List<NavigationEntry> familyNavigation() {
        return context.getBeanProvider(NavigationEntry.class).stream()
                .filter(entry -> entry.audience() == PortalUser.Role.PARENT)
                .sorted(java.util.Comparator.comparingInt(NavigationEntry::order).thenComparing(NavigationEntry::id))
                .toList();
    }

    String render(boolean kept, String active, List<PublicContacts.Contact> contacts, boolean demoMode) {
        MockServletContext servletContext = new MockServletContext();
        MockHttpServletRequest request = new MockHttpServletRequest(servletContext, "GET", "/famille/accueil");
        WebContext page = new WebContext(JakartaServletWebApplication.buildApplication(servletContext)
                .buildExchange(request, new MockHttpServletResponse()), Locale.FRANCE);
        Map<String, Object> model = new HashMap<>();
        model.put("active", active);
        model.put("familyNavigation", familyNavigation());
        model.put("publicContacts", contacts);
        model.put("municipalityName", municipalityName);
        model.put("demoMode", demoMode);
        if (kept) {
            model.put("layoutHtml", new LayoutAdvice.PageLayout(
                    new LayoutHtml(messages, municipalityName, demoMode, familyNavigation()), contacts, "",
                    Locale.FRANCE));
        }
        page.setVariables(model);
        return templates.process("test/layout-kept-parts", page);
    }

    /** What a browser sees: the markup without the indentation between tags. */
    static String normalized(String html) {
        return html.replaceAll("<!--.*?-->", "").replaceAll(">\\s+", ">").replaceAll("\\s+<", "<")
                .replaceAll("\\s+", " ").strip();
    }

    @Test
    void the_kept_footer_and_tabs_are_the_templates_markup() {
        for (String active : List.of("home", "messages", "password", "none")) {
            for (boolean demoMode : List.of(true, false)) {
                String kept = render(true, active, CONTACTS, demoMode);
                assertThat(normalized(kept)).isEqualTo(normalized(render(false, active, CONTACTS, demoMode)));
                assertThat(kept).doesNotContain("<script>").contains("&lt;script&gt;");
            }
        }
        assertThat(normalized(render(true, "home", List.of(), true)))
                .isEqualTo(normalized(render(false, "home", List.of(), true)))
                .doesNotContain("site-footer__contacts");
        assertThat(render(true, "home", CONTACTS, true)).contains("aria-current=\"page\"", "data-demo-mode");
    }

    @Test
    void changed_contacts_give_a_new_footer() {
        LayoutHtml html = new LayoutHtml(messages, municipalityName, false, familyNavigation());
        String before = html.footer(CONTACTS, "", Locale.FRANCE);
        String after = html.footer(CONTACTS.subList(0, 1), "", Locale.FRANCE);

        assertThat(before).contains("Centre de loisirs");
        assertThat(after).doesNotContain("Centre de loisirs").contains("Mairie de Saint-Jean");
        assertThat(html.footer(CONTACTS.subList(0, 1), "", Locale.FRANCE)).isSameAs(after);
    }
}
