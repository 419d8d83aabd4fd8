package org.portailfamille.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The rules of ARCHITECTURE.md ("Rules of each layer", "Guarding the map"), written for any root package so
 * that the same rules check the portal ({@code org.portailfamille}) and the fixtures that break them on
 * purpose ({@code archfixtures}). Every rule fails when it matches no class: an empty rule proves nothing.
 */
final class ArchitectureRules {

    private final String root;

    ArchitectureRules(String root) {
        this.root = root;
    }

    /** All rules by name, in the order of ARCHITECTURE.md. */
    Map<String, Supplier<ArchRule>> all() {
        return Map.ofEntries(
                Map.entry("domainIsPlainJava", this::domainIsPlainJava),
                Map.entry("applicationHasNoAdapterTechnology", this::applicationHasNoAdapterTechnology),
                Map.entry("portsInAndOutAreIndependent", this::portsInAndOutAreIndependent),
                Map.entry("onlyConfigTouchesServices", this::onlyConfigTouchesServices),
                Map.entry("adaptersInAndOutDoNotKnowEachOther", this::adaptersInAndOutDoNotKnowEachOther),
                Map.entry("jooqOnlyInPersistenceAdapters", this::jooqOnlyInPersistenceAdapters),
                Map.entry("webNeverTouchesOutPorts", this::webNeverTouchesOutPorts),
                Map.entry("useCasesAreInterfacesOfPortIn", this::useCasesAreInterfacesOfPortIn),
                Map.entry("servicesImplementUseCases", this::servicesImplementUseCases),
                Map.entry("controllersLiveInWebAdapters", this::controllersLiveInWebAdapters),
                Map.entry("outAdaptersNeverWrapAnotherModulesUseCases", this::outAdaptersNeverWrapAnotherModulesUseCases),
                Map.entry("webAdaptersLiveInTheirModule", this::webAdaptersLiveInTheirModule),
                Map.entry("shellHasNoSubpackagesWithControllers", this::shellHasNoSubpackagesWithControllers));
    }

    /** Domain: plain Java. It depends on java.*, JSpecify, the shared kernel and its own module only. */
    ArchRule domainIsPlainJava() {
        return classes().that().resideInAPackage(root + ".*.domain..")
                .should(new ArchCondition<>("depend only on java.., org.jspecify.., org.iban4j.. (ADR 0010), the shared kernel and their own module's domain") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        String module = item.getPackageName().substring(0, item.getPackageName().indexOf(".domain"));
                        for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                            JavaClass target = dependency.getTargetClass();
                            if (target.isPrimitive() || target.isArray() && target.getBaseComponentType().isPrimitive()) {
                                continue;
                            }
                            String pkg = target.isArray() ? target.getBaseComponentType().getPackageName()
                                    : target.getPackageName();
                            boolean allowed = pkg.startsWith("java.") || pkg.startsWith("org.jspecify")
                                    || pkg.startsWith("org.iban4j")
                                    || pkg.equals(root + ".shared") || pkg.startsWith(root + ".shared.")
                                    || pkg.equals(module) || pkg.startsWith(module + ".domain");
                            if (!allowed) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        }
                    }
                });
    }

    /** Application: no adapter, no jOOQ, no servlet or web, no Spring (services carry no annotation). */
    ArchRule applicationHasNoAdapterTechnology() {
        return noClasses().that().resideInAPackage(root + ".*.application..")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".*.adapter..", "org.jooq..",
                        "jakarta.servlet..", "org.springframework.web..", "org.thymeleaf..")
                .orShould().dependOnClassesThat(springOtherThanModulithAnnotations());
    }

    ArchRule portsInAndOutAreIndependent() {
        return noClasses().that().resideInAPackage(root + ".*.application.port.in..")
                .should().dependOnClassesThat().resideInAPackage(root + ".*.application.port.out..")
                .orShould().dependOnClassesThat().resideInAPackage(root + ".*.application.service..");
    }

    /** Services are reached through their use-case interfaces; only the bootstrap wiring names them. */
    ArchRule onlyConfigTouchesServices() {
        return noClasses().that().resideOutsideOfPackages(root + ".*.application.service..", root + ".*.config..")
                .should().dependOnClassesThat().resideInAPackage(root + ".*.application.service..");
    }

    ArchRule adaptersInAndOutDoNotKnowEachOther() {
        return noClasses().that().resideInAPackage(root + ".*.adapter.in..")
                .should().dependOnClassesThat().resideInAPackage(root + ".*.adapter.out..");
    }

    /** Generated jOOQ classes (and jOOQ itself) belong to the persistence adapters. */
    ArchRule jooqOnlyInPersistenceAdapters() {
        return noClasses().that().resideOutsideOfPackage(root + ".*.adapter.out.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".*.adapter.out.persistence.jooq..",
                        "org.jooq..");
    }

    /** The web (module adapters and the shell) talks to use cases only, never to out-ports. */
    ArchRule webNeverTouchesOutPorts() {
        return noClasses().that().resideInAnyPackage(root + ".*.adapter.in.web..", root + ".web..")
                .should().dependOnClassesThat().resideInAPackage(root + ".*.application.port.out..");
    }

    ArchRule useCasesAreInterfacesOfPortIn() {
        return classes().that().haveSimpleNameEndingWith("UseCase")
                .should().beInterfaces().andShould().resideInAPackage(root + ".*.application.port.in");
    }

    ArchRule servicesImplementUseCases() {
        return classes().that().resideInAPackage(root + ".*.application.service")
                .and().haveSimpleNameEndingWith("Service")
                .should(implementAUseCase());
    }

    /** Controllers live in a module's web adapter, in the web shell, or (demo pages) in the platform. */
    ArchRule controllersLiveInWebAdapters() {
        return classes().that().haveSimpleNameEndingWith("Controller")
                .should().resideInAnyPackage(root + ".*.adapter.in.web..", root + ".web..", root + ".platform..");
    }

    /**
     * How modules call each other (docs/architecture.md): a service that needs another module injects that
     * module's published use case ({@code <other>.application.port.in}) directly. An out-adapter wrapping it
     * behind an out-port of its own is the second style this rule forbids; out-ports are for the world outside
     * the modules.
     */
    ArchRule outAdaptersNeverWrapAnotherModulesUseCases() {
        return classes().that().resideInAPackage(root + ".*.adapter.out..")
                .should(new ArchCondition<>("not depend on another business module's application.port.in") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        String module = moduleOf(item.getPackageName());
                        for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                            JavaClass target = dependency.getTargetClass();
                            String pkg = target.isArray() ? target.getBaseComponentType().getPackageName()
                                    : target.getPackageName();
                            if (pkg.startsWith(root + ".") && pkg.contains(".application.port.in")
                                    && !moduleOf(pkg).equals(module)) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        }
                    }
                });
    }

    /** The business module of a package under the root: {@code <root>.<module>...}. */
    private String moduleOf(String pkg) {
        String rest = pkg.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /**
     * A business module's web adapters (controllers, controller advice, and its contributions to the shell: tabs
     * and menu entries, staff home cards, Accueil blocks, banner parts) live in that module's
     * {@code adapter.in.web}; only the shell's root package, {@code access} and {@code platform} have others.
     */
    ArchRule webAdaptersLiveInTheirModule() {
        return classes().that(areWebAdapters())
                .should().resideInAnyPackage(root + ".*.adapter.in.web..", root + ".web", root + ".access..",
                        root + ".platform..");
    }

    /** The shell keeps its controllers in its root package: no {@code web.staff} or other sub-package of pages. */
    ArchRule shellHasNoSubpackagesWithControllers() {
        return classes().that().resideInAPackage(root + ".web..").and(areControllersOrAdvice())
                .should().resideInAPackage(root + ".web");
    }

    private static DescribedPredicate<JavaClass> areControllersOrAdvice() {
        return DescribedPredicate.describe("are controllers or controller advice",
                type -> type.isMetaAnnotatedWith(org.springframework.stereotype.Controller.class)
                        || type.isMetaAnnotatedWith(org.springframework.web.bind.annotation.ControllerAdvice.class));
    }

    private DescribedPredicate<JavaClass> areWebAdapters() {
        String access = root + ".access.";
        java.util.Set<String> contributions = java.util.Set.of(access + "NavigationEntry", access + "StaffHomeCard");
        java.util.Set<String> contracts = java.util.Set.of(access + "FamilyHomeSection", access + "BannerContribution");
        return DescribedPredicate.describe("are web adapters (controllers, controller advice, contributions of "
                        + "navigation entries, staff home cards, Accueil blocks or banner parts)",
                type -> areControllersOrAdvice().test(type)
                        || type.getAllRawInterfaces().stream().anyMatch(contract -> contracts.contains(contract.getName()))
                        || type.getMethods().stream()
                        .anyMatch(method -> contributions.contains(method.getRawReturnType().getName())));
    }

    private static DescribedPredicate<JavaClass> springOtherThanModulithAnnotations() {
        return DescribedPredicate.describe("are Spring classes other than Modulith's annotations",
                type -> type.getPackageName().startsWith("org.springframework")
                        && !type.getPackageName().startsWith("org.springframework.modulith"));
    }

    private static ArchCondition<JavaClass> implementAUseCase() {
        return new ArchCondition<>("implement a *UseCase interface") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                List<JavaClass> useCases = item.getRawInterfaces().stream()
                        .filter(type -> type.getSimpleName().endsWith("UseCase")).toList();
                if (useCases.isEmpty()) {
                    events.add(SimpleConditionEvent.violated(item, item.getName() + " implements no *UseCase"));
                }
            }
        };
    }
}
