package org.portailfamille.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.portailfamille.PortalIntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The pages linked from every footer, open to everyone, and the 404 page. */
@PortalIntegrationTest
@ExtendWith(BrowserExtension.class)
class PublicPagesBrowserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Accessibilité        | /accessibilite        | Mairie de Saint-Jean s'engage à rendre ce portail accessible
            Mentions légales     | /mentions-legales     | Le Portail Famille est édité par Mairie de Saint-Jean
            Données personnelles | /donnees-personnelles | Mairie de Saint-Jean traite les données de votre famille
            Contact              | /contact              | contactez le service enfance de Mairie de Saint-Jean
            """)
    void a_footer_page_opens_from_the_footer_and_is_accessible(String link, String path, String content, Page page) {
        page.navigate(Portal.LOGIN);

        page.locator("footer").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(link)).click();

        Portal.assertPath(page, path);
        assertThat(Portal.heading(page)).hasText(link);
        assertThat(page).hasTitle(link + " – Portail Famille – Mairie de Saint-Jean");
        assertThat(page.locator("main")).containsText(content);
        Axe.assertNoViolations(page, "the page " + link);
    }

    @Test
    void the_page_of_a_submission_without_outcome_is_accessible(Page page) {
        Portal.logIn(page, Portal.JEAN_DUPONT, Portal.JEAN_DUPONT_PASSWORD);

        page.navigate("/envoi-non-confirme");

        assertThat(Portal.heading(page)).hasText("Envoi non confirmé");
        assertThat(page.locator("main")).containsText("Avant de recommencer, vérifiez");
        Axe.assertNoViolations(page, "the page of a submission without outcome");
    }

    @Test
    void an_unknown_page_shows_the_404_page(Page page) {
        Portal.logIn(page, Portal.JEAN_DUPONT, Portal.JEAN_DUPONT_PASSWORD);

        Response response = page.navigate("/famille/page-qui-n-existe-pas");

        assertThat(response.status()).isEqualTo(404);
        assertThat(Portal.heading(page)).hasText("Page introuvable");
        assertThat(page.locator("main")).containsText("Cette page n'existe pas ou plus.");
        Axe.assertNoViolations(page, "the 404 page");
    }

    @Test
    void the_accessibility_check_itself_reports_violations(Page page) {
        page.setContent("<!DOCTYPE html><html lang=\"fr\"><head><title>Essai</title></head><body>"
                + "<a href=\"#contenu\">Aller au contenu</a><header>Essai</header>"
                + "<main id=\"contenu\"><h1>Essai</h1><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\"></main>"
                + "<footer>Pied</footer></body></html>");

        assertThatThrownBy(() -> Axe.assertNoViolations(page, "a page with an image without text"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("image-alt")
                .hasMessageContaining("Images must have alternative text")
                .hasMessageContaining("img");
    }
}
