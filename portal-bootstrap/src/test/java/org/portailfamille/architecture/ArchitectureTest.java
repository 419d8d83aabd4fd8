package org.portailfamille.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

/** The portal's classes (all five jars, without tests) obey every rule of ARCHITECTURE.md. */
class ArchitectureTest {

    static final JavaClasses PORTAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.portailfamille");

    @TestFactory
    Stream<DynamicTest> the_portal_obeys_every_rule() {
        return new ArchitectureRules("org.portailfamille").all().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .map(rule -> DynamicTest.dynamicTest(rule.getKey(), () -> rule.getValue().get().check(PORTAL)));
    }
}
