package org.portailfamille.platform.demo;

import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.Test;
import org.portailfamille.platform.mail.DemoMailServerConfigurationAccess;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Demo mode is explicit (issue 13, finding 1): on by default only for a fresh embedded database, off with a data
 * directory unless asked for, impossible with an external database; every demo bean follows the one switch.
 */
class DemoModeTest {

    static MockEnvironment environment(String... keyValues) {
        MockEnvironment environment = new MockEnvironment();
        for (int i = 0; i < keyValues.length; i += 2) {
            environment.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return environment;
    }

    @Test
    void on_by_default_only_for_a_fresh_embedded_database() {
        assertThat(DemoMode.isOn(environment())).isTrue();
        assertThat(DemoMode.isOn(environment("portal.embedded-database.data-directory", ""))).isTrue();
        assertThat(DemoMode.isOn(environment("portal.embedded-database.data-directory", ".portal-data"))).isFalse();
        assertThat(DemoMode.isOn(environment("spring.datasource.url", "jdbc:postgresql://db/portail"))).isFalse();
    }

    @Test
    void a_data_directory_gets_demo_mode_only_when_asked_and_anyone_may_turn_it_off() {
        assertThat(DemoMode.isOn(environment("portal.embedded-database.data-directory", ".portal-data",
                "portal.demo.enabled", "true"))).isTrue();
        assertThat(DemoMode.isOn(environment("portal.demo.enabled", "false"))).isFalse();
    }

    @Test
    void demo_mode_with_an_external_database_stops_the_start_up_with_a_clear_message() {
        MockEnvironment external = environment("spring.datasource.url", "jdbc:postgresql://db/portail",
                "portal.demo.enabled", "true");
        assertThatThrownBy(() -> new DemoModeEnvironmentPostProcessor().postProcessEnvironment(external, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("portal.demo.enabled=true")
                .hasMessageContaining("impossible with an external database");
        assertThatThrownBy(() -> DemoMode.isOn(environment("portal.demo.enabled", "oui")))
                .hasMessageContaining("true, false or empty");
    }

    @Test
    void the_decision_is_published_for_the_footer() {
        MockEnvironment fresh = environment();
        new DemoModeEnvironmentPostProcessor().postProcessEnvironment(fresh, null);
        assertThat(fresh.getProperty(DemoMode.ACTIVE)).isEqualTo("true");
        MockEnvironment kept = environment("portal.embedded-database.data-directory", "/var/lib/portail");
        new DemoModeEnvironmentPostProcessor().postProcessEnvironment(kept, null);
        assertThat(kept.getProperty(DemoMode.ACTIVE)).isEqualTo("false");
    }

    @Test
    void the_demo_mail_server_exists_only_in_demo_mode() {
        ApplicationContextRunner runner = new ApplicationContextRunner()
                .withUserConfiguration(DemoMailServerConfigurationAccess.configuration());
        runner.run(context -> assertThat(context).hasSingleBean(GreenMail.class));
        runner.withPropertyValues("portal.embedded-database.data-directory=/var/lib/portail")
                .run(context -> assertThat(context).doesNotHaveBean(GreenMail.class));
        runner.withPropertyValues("portal.embedded-database.data-directory=/var/lib/portail", "portal.demo.enabled=true")
                .run(context -> assertThat(context).hasSingleBean(GreenMail.class));
    }
}
