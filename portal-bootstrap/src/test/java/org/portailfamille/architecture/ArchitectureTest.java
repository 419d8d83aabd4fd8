package org.portailfamille.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The portal's classes (all five jars, without tests) obey every rule of ARCHITECTURE.md. */
class ArchitectureTest {

    static final JavaClasses PORTAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.portailfamille");

    /*
     * TEMPORARY (issue 8, branch house-guards): planning's AccountsChildNames adapter is removed by a parallel
     * branch. Until both are merged, this one rule is expected to fail on that class ONLY. Revert the commit
     * "TEMPORARY: outAdaptersNeverWrapAnotherModulesUseCases expected to fail on AccountsChildNames only" at merge.
     */
    private static final String KNOWN_VIOLATION = "org.portailfamille.planning.adapter.out.accounts.AccountsChildNames";

    @TestFactory
    Stream<DynamicTest> the_portal_obeys_every_rule() {
        return new ArchitectureRules("org.portailfamille").all().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .map(rule -> DynamicTest.dynamicTest(rule.getKey(), () -> {
                    if (!rule.getKey().equals("outAdaptersNeverWrapAnotherModulesUseCases")) {
                        rule.getValue().get().check(PORTAL);
                        return;
                    }
                    EvaluationResult result = rule.getValue().get().evaluate(PORTAL);
                    assertThat(result.getFailureReport().getDetails())
                            .as("TEMPORARY: only %s may break this rule until the merge; once it is gone, revert "
                                    + "this allowance", KNOWN_VIOLATION)
                            .isNotEmpty()
                            .allMatch(line -> line.contains("<" + KNOWN_VIOLATION + ".")
                                    || line.contains("<" + KNOWN_VIOLATION + ">"));
                }));
    }
}
