package org.portailfamille.web;

import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.portailfamille.access.BannerContribution;
import org.portailfamille.access.FamilyHomeSection;
import org.portailfamille.access.NavigationEntry;
import org.portailfamille.access.PortalUser;
import org.portailfamille.access.StaffHomeCard;
import org.portailfamille.security.Browser;
import org.portailfamille.security.TestAddresses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A module adds a tab, a staff menu entry, a banner part, an Accueil block and a staff home card with beans of
 * its own (here a test-only "fixture" module: the beans below, templates/fixture/home.html and
 * messages/fixture.properties on the test class path), and the shell shows them in place without a line of
 * the shell changed.
 */
@PortalIntegrationTest
@Import(ModuleContributionsTest.FixtureModuleWeb.class)
class ModuleContributionsTest {

    /** What a new module's adapter.in.web would declare. */
    @TestConfiguration(proxyBeanMethods = false)
    static class FixtureModuleWeb {

        @Bean
        NavigationEntry documentsTab() {
            // between billing's Relevé de compte (300) and Boîte de réception (400)
            return NavigationEntry.parentTab(350, "documents", "fixture.nav.documents", "/famille/documents");
        }

        @Bean
        NavigationEntry exportsMenuEntry() {
            return NavigationEntry.staffMenu(500, "exports", "fixture.nav.staff.exports", "/gestion/exports");
        }

        @Bean
        BannerContribution nextDebitBanner() {
            return new BannerContribution() {
                @Override
                public int order() {
                    return 200;
                }

                @Override
                public Item item(PortalUser parent) {
                    return new Item("fixture.banner.reminder", List.of("05/05/2015"), null);
                }
            };
        }

        @Bean
        FamilyHomeSection nextDebitBlock() {
            return new FamilyHomeSection() {
                @Override
                public int order() {
                    return 150;
                }

                @Override
                public String fragment() {
                    return "fixture/home :: nextDebit";
                }

                @Override
                public Object data(PortalUser parent) {
                    return "Le 05/05/2015, 120,60 €";
                }
            };
        }

        @Bean
        StaffHomeCard exportsCard() {
            return new StaffHomeCard(250, "exports", "fixture.card.title", "fixture.card.text", "fixture.card.link",
                    "/gestion/exports", () -> List.of(2));
        }
    }

    private static final Pattern NAV_LINK = Pattern.compile("<a href=\"([^\"]+)\"(\\s+aria-current=\"page\")?\\s*>([^<]+)</a>");

    @Autowired
    ApplicationContext context;
    @LocalServerPort
    int port;

    @Test
    void a_contributed_tab_banner_part_and_accueil_block_show_for_parents_in_their_order() {
        TestAccounts.Parent parent = new TestAccounts(context).newParent("Contribution-2026");
        Browser browser = new Browser(port, TestAddresses.next());
        browser.logIn(parent.username(), parent.password());

        String home = browser.get("/famille/accueil").body();

        assertThat(navLinks(home, "Onglets du Portail Famille")).containsExactly(
                "/famille/accueil Accueil", "/famille/mon-compte Mon compte", "/famille/enfants Mes enfants",
                "/famille/releve Relevé de compte", "/famille/documents Mes documents",
                "/famille/messages Boîte de réception",
                "/famille/demandes Liste des demandes");
        assertThat(navLinks(home, "Onglets du Portail Famille", true)).containsExactly("/famille/accueil Accueil");
        String banner = text(home.substring(home.indexOf("<p class=\"banner\">"), home.indexOf("</header>")));
        assertThat(banner).matches("Bienvenue .+, vous avez 0 Nouveau\\(x\\) Message\\(s\\), "
                + "un prélèvement est prévu le 05/05/2015 \\S+ \\d+ \\S+ \\d{4}");
        String main = text(home.substring(home.indexOf("<main")));
        assertThat(main).containsSubsequence("Responsable", "Prochain prélèvement Le 05/05/2015, 120,60 €",
                "Opérations en cours", "Factures impayées");
    }

    @Test
    void a_contributed_menu_entry_and_card_show_for_staff() {
        TestAccounts.Staff staff = new TestAccounts(context).newStaff("Contribution-2026");
        Browser browser = new Browser(port, TestAddresses.next());
        browser.logIn(staff.username(), staff.password());

        String home = browser.get("/gestion/accueil").body();

        assertThat(navLinks(home, "Menu de l&#39;espace agents", true)).containsExactly("/gestion/accueil Accueil");
        assertThat(navLinks(home, "Menu de l&#39;espace agents")).containsExactly(
                "/gestion/accueil Accueil", "/gestion/demandes Demandes des familles", "/gestion/familles Familles",
                "/gestion/planning Planning", "/gestion/presences Feuilles de présence",
                "/gestion/agents Agents et sites",
                "/gestion/messages Messagerie", "/gestion/documents Documents", "/gestion/facturation Facturation", "/gestion/exports Exports comptables",
                "/mot-de-passe/changer Changer mot de passe");
        String main = text(home.substring(home.indexOf("<main")));
        assertThat(main).containsSubsequence("Demandes des familles", "Feuilles de présence",
                "Exports comptables 2 export(s) en attente. Voir les exports", "Planning");
        assertThat(home).contains("<section class=\"card\" aria-labelledby=\"exports-title\">")
                .contains("<h2 id=\"exports-title\">Exports comptables</h2>")
                .contains("<a href=\"/gestion/exports\">Voir les exports</a>");
    }

    /** "path label" of each link of the navigation with this accessible name. */
    private static List<String> navLinks(String page, String label) {
        return navLinks(page, label, false);
    }

    /** The same, only those marked as the current page if {@code currentOnly}. */
    private static List<String> navLinks(String page, String label, boolean currentOnly) {
        int start = page.indexOf("aria-label=\"" + label + "\"");
        assertThat(start).as("navigation %s", label).isPositive();
        String nav = page.substring(start, page.indexOf("</nav>", start));
        List<String> links = new java.util.ArrayList<>();
        Matcher link = NAV_LINK.matcher(nav);
        while (link.find()) {
            if (!currentOnly || link.group(2) != null) {
                links.add(link.group(1) + " " + link.group(3));
            }
        }
        return links;
    }

    private static String text(String html) {
        return html.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").replace(" ,", ",").strip();
    }
}
