package org.portailfamille.architecture;

import modulithfixtures.FixtureApp;
import org.junit.jupiter.api.Test;
import org.portailfamille.PortalApplication;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The business modules talk only through their published API ("api" named interfaces) and their declared
 * dependencies. The Documenter writes the module diagrams and canvases under {@code target/} during the build;
 * the {@code docs} profile (system property {@value #DOCS_FOLDER_PROPERTY}) points it at {@code docs/modules/}
 * instead (see README, "Module documentation").
 */
class ModularityTests {

    static final String DOCS_FOLDER_PROPERTY = "portal.modules.docs";

    static final ApplicationModules MODULES = ApplicationModules.of(PortalApplication.class);

    @Test
    void modules_respect_their_boundaries() {
        MODULES.verify();
    }

    @Test
    void verification_fails_on_a_forbidden_dependency() {
        // The fixture lives in test sources, which ApplicationModules ignores by default: import every location.
        ApplicationModules fixture = ApplicationModules.of(FixtureApp.class, location -> true);
        assertThat(fixture.stream().map(module -> module.getIdentifier().toString()))
                .containsExactlyInAnyOrder("kitchen", "dining");

        assertThatExceptionOfType(Violations.class).isThrownBy(fixture::verify)
                .satisfies(violations -> assertThat(violations.getMessages())
                        .anyMatch(message -> message.contains("modulithfixtures.dining.Waiter")
                                && message.contains("modulithfixtures.kitchen.internal.Oven")));
    }

    @Test
    void every_business_module_is_detected() {
        assertThat(MODULES.stream().map(module -> module.getIdentifier().toString()))
                .contains("shared", "accounts", "planning", "billing", "messaging", "requests", "web", "platform", "demo");
    }

    @Test
    void writes_module_documentation() {
        String folder = System.getProperty(DOCS_FOLDER_PROPERTY, "target/spring-modulith-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
