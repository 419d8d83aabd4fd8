package org.portailfamille.security;

import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.portailfamille.security.Browser.Response;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ADR 0049: a page links its stylesheets, scripts and images by URLs that carry a hash of their content, and those
 * answer with a year's public cache, so a parent's browser does not fetch the stylesheet again on every page; the
 * page itself stays no-store.
 */
@PortalIntegrationTest
class StaticResourcesCacheTest {

    private static final Pattern LINKED = Pattern.compile("(?:href|src)=\"(/(?:css|js|images)/[^\"]+)\"");
    private static final Pattern FINGERPRINTED = Pattern.compile("/(?:css|js|images)/[\\w./-]+-[0-9a-f]{32}\\.(?:css|js|svg)");

    @Autowired
    ApplicationContext context;
    @LocalServerPort
    int port;

    @Test
    void a_parents_page_links_fingerprinted_files_that_are_cached_for_a_year() {
        TestAccounts.Parent parent = new TestAccounts(context).newParent("Cache-Statique-2026");
        Browser browser = new Browser(port, TestAddresses.next());
        browser.logIn(parent.username(), parent.password());
        Response home = browser.get("/famille/accueil");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.header("Cache-Control")).contains("no-store");

        List<String> linked = linked(home.body());
        assertThat(linked).as("the layout's stylesheet and script").anyMatch(url -> url.startsWith("/css/portal-"))
                .anyMatch(url -> url.startsWith("/js/portal-"));
        for (String url : linked) {
            assertThat(url).as("linked by its content's hash").matches(FINGERPRINTED);
            Response file = browser.get(url);
            assertThat(file.status()).as(url).isEqualTo(200);
            assertThat(file.header("Cache-Control")).as(url).contains("max-age=31536000").contains("public")
                    .doesNotContain("no-store").doesNotContain("no-cache");
        }
    }

    @Test
    void the_login_page_links_them_the_same_way() {
        Response login = new Browser(port, TestAddresses.next()).get("/connexion");
        assertThat(linked(login.body())).isNotEmpty().allMatch(url -> FINGERPRINTED.matcher(url).matches());
    }

    @Test
    void a_hash_that_is_not_the_files_finds_nothing() {
        Response stale = new Browser(port, TestAddresses.next()).get("/css/portal-0123456789abcdef0123456789abcdef.css");
        assertThat(stale.status()).isEqualTo(404);
    }

    @Test
    void only_the_static_folders_are_resolved_as_files() {
        // a handler for /** would make every link a page writes (/famille/...) a lookup in the jar on each page
        var patterns = context.getBean(org.springframework.web.servlet.resource.ResourceUrlProvider.class)
                .getHandlerMap().keySet().stream().map(Object::toString).toList();
        assertThat(patterns).containsExactlyInAnyOrder("/css/**", "/js/**", "/images/**");
    }

    private static List<String> linked(String html) {
        List<String> urls = new ArrayList<>();
        Matcher m = LINKED.matcher(html);
        while (m.find()) {
            urls.add(m.group(1));
        }
        return urls;
    }
}
