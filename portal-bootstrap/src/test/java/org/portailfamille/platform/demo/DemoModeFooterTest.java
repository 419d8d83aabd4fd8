package org.portailfamille.platform.demo;

import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.security.Browser;
import org.portailfamille.security.TestAddresses;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** In demo mode (the tests' fresh embedded database) every page's footer says so. */
@PortalIntegrationTest
class DemoModeFooterTest {

    @LocalServerPort
    int port;

    @Test
    void the_footer_says_demo_mode_is_on() {
        Browser browser = new Browser(port, TestAddresses.next());
        for (String path : new String[]{"/connexion", "/accessibilite", "/inscription"}) {
            String body = browser.get(path).body();
            assertThat(body).as(path).contains("data-demo-mode").contains("Mode démonstration");
        }
    }
}
