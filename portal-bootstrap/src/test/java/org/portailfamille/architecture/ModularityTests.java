package org.portailfamille.architecture;

import org.junit.jupiter.api.Test;
import org.portailfamille.PortalApplication;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The business modules talk only through their published API ("api" named interfaces) and their declared
 * dependencies; the Documenter writes the module diagrams and canvases to docs/modules/.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(PortalApplication.class);

    @Test
    void modules_respect_their_boundaries() {
        MODULES.verify();
    }

    @Test
    void every_business_module_is_detected() {
        assertThat(MODULES.stream().map(module -> module.getIdentifier().toString()))
                .contains("shared", "accounts", "planning", "billing", "messaging", "requests", "web", "platform", "demo");
    }

    @Test
    void writes_module_documentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("../docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
