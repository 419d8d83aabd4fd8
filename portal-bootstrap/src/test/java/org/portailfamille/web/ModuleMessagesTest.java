package org.portailfamille.web;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Each module's words live in its own bundle; all are loaded together and no key is defined twice. */
class ModuleMessagesTest {

    @Test
    void everyModuleBundleIsLoaded() {
        assertThat(ModuleMessagesConfiguration.moduleBasenames())
                .contains("messages/web", "messages/accounts", "messages/planning", "messages/requests",
                        "messages/billing", "messages/messaging");
        MessageSource messages = new ModuleMessagesConfiguration().messageSource("mails");
        assertThat(messages.getMessage("nav.home", null, Locale.FRANCE)).isEqualTo("Accueil");
        assertThat(messages.getMessage("nav.account", null, Locale.FRANCE)).isEqualTo("Mon compte");
        assertThat(messages.getMessage("nav.requests", null, Locale.FRANCE)).isEqualTo("Liste des demandes");
        assertThat(messages.getMessage("nav.staff.planning", null, Locale.FRANCE)).isEqualTo("Planning");
        assertThat(messages.getMessage("home.unpaid", null, Locale.FRANCE)).isEqualTo("Factures impayées");
        assertThat(messages.getMessage("banner.messages", new Object[]{1}, Locale.FRANCE))
                .isEqualTo("vous avez 1 Nouveau(x) Message(s)");
    }

    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        Map<String, String> owner = new HashMap<>();
        List<String> twice = new java.util.ArrayList<>();
        Resource[] bundles = new PathMatchingResourcePatternResolver()
                .getResources(ModuleMessagesConfiguration.MODULE_BUNDLES);
        assertThat(bundles).hasSizeGreaterThanOrEqualTo(4);
        for (Resource bundle : bundles) {
            Properties keys = new Properties();
            try (var reader = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
                keys.load(reader);
            }
            for (String key : keys.stringPropertyNames()) {
                String previous = owner.put(key, bundle.getFilename());
                if (previous != null) {
                    twice.add(key + " in " + previous + " and " + bundle.getFilename());
                }
            }
        }
        assertThat(twice).isEmpty();
    }
}
