package org.portailfamille.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each rule catches the fixture written to break it (test sources, package {@code archfixtures}, outside the
 * portal's packages), so none of them passes vacuously.
 */
class ArchitectureRulesCanFailTest {

    /** For each rule, the fixture class that breaks it. */
    private static final Map<String, String> FIXTURES = Map.ofEntries(
            Map.entry("domainIsPlainJava", "archfixtures.billing.domain.DomainWithFramework"),
            Map.entry("applicationHasNoAdapterTechnology", "archfixtures.billing.application.service.ApplicationWithJooq"),
            Map.entry("portsInAndOutAreIndependent", "archfixtures.billing.application.port.in.InPortUsingOutPort"),
            Map.entry("onlyConfigTouchesServices", "archfixtures.billing.adapter.in.web.WebCallingService"),
            Map.entry("adaptersInAndOutDoNotKnowEachOther", "archfixtures.billing.adapter.in.web.WebCallingPersistence"),
            Map.entry("jooqOnlyInPersistenceAdapters", "archfixtures.billing.adapter.in.web.WebUsingGeneratedTable"),
            Map.entry("webNeverTouchesOutPorts", "archfixtures.billing.adapter.in.web.WebUsingOutPort"),
            Map.entry("useCasesAreInterfacesOfPortIn", "archfixtures.billing.application.service.PayInvoiceUseCase"),
            Map.entry("servicesImplementUseCases", "archfixtures.billing.application.service.LonelyService"),
            Map.entry("controllersLiveInWebAdapters", "archfixtures.billing.adapter.out.persistence.MisplacedController"),
            Map.entry("outAdaptersNeverWrapAnotherModulesUseCases", "archfixtures.billing.adapter.out.accounts.AccountsPayers"),
            Map.entry("webAdaptersLiveInTheirModule", "archfixtures.billing.config.BillingNavigation"),
            Map.entry("shellHasNoSubpackagesWithControllers", "archfixtures.web.staff.ShellSubpackageController"));

    private static final JavaClasses FIXTURE_CLASSES = new ClassFileImporter().importPackages("archfixtures");

    @Test
    void every_rule_has_a_fixture() {
        assertThat(FIXTURES.keySet()).isEqualTo(new ArchitectureRules("archfixtures").all().keySet());
    }

    @TestFactory
    Stream<DynamicTest> each_rule_catches_its_fixture() {
        ArchitectureRules rules = new ArchitectureRules("archfixtures");
        return FIXTURES.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(entry -> DynamicTest.dynamicTest(
                entry.getKey(), () -> {
                    EvaluationResult result = rules.all().get(entry.getKey()).get().evaluate(FIXTURE_CLASSES);
                    assertThat(result.hasViolation()).as("rule %s catches a violation", entry.getKey()).isTrue();
                    String fixture = entry.getValue();
                    assertThat(result.getFailureReport().getDetails())
                            .as("rule %s names its fixture %s", entry.getKey(), fixture)
                            .anyMatch(line -> line.contains(fixture));
                }));
    }
}
