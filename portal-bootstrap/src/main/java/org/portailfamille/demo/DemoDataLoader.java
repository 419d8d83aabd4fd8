package org.portailfamille.demo;

import org.portailfamille.accounts.application.port.in.AdultDetails;
import org.portailfamille.accounts.application.port.in.AuthorisedPersonDetails;
import org.portailfamille.accounts.application.port.in.CreateLoginCommand;
import org.portailfamille.accounts.application.port.in.CreateLoginUseCase;
import org.portailfamille.accounts.application.port.in.GetFamilySummaryUseCase;
import org.portailfamille.accounts.application.port.in.HealthDetails;
import org.portailfamille.accounts.application.port.in.RegisterChildCommand;
import org.portailfamille.accounts.application.port.in.RegisterChildUseCase;
import org.portailfamille.accounts.application.port.in.RegisterFamilyCommand;
import org.portailfamille.accounts.application.port.in.RegisterFamilyUseCase;
import org.portailfamille.billing.application.port.in.CreateRegieCommand;
import org.portailfamille.billing.application.port.in.CreateRegieUseCase;
import org.portailfamille.messaging.application.port.in.SendMessageToFamilyCommand;
import org.portailfamille.messaging.application.port.in.SendMessageToFamilyUseCase;
import org.portailfamille.platform.demo.ConditionalOnDemoMode;
import org.portailfamille.shared.FamilyId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Loads the guide's family and the demo logins at start, through the use cases, unless already there
 * (a persistent embedded data directory keeps them): the families, the régie, the planning
 * ({@link DemoPlanningLoader}), then the account produced by invoicing runs ({@link DemoBillingLoader}).
 */
@Component
@ConditionalOnDemoMode
@Order(0)
class DemoDataLoader implements ApplicationRunner {

    static final String DUPONT_NUMBER = "1001001818331";

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final RegisterFamilyUseCase registerFamily;
    private final GetFamilySummaryUseCase familySummaries;
    private final CreateLoginUseCase createLogin;
    private final CreateRegieUseCase createRegie;
    private final SendMessageToFamilyUseCase sendMessage;
    private final RegisterChildUseCase registerChild;
    private final DemoPlanningLoader planning;
    private final DemoBillingLoader billing;
    private final DemoStaffSites staffSites;

    DemoDataLoader(RegisterFamilyUseCase registerFamily, GetFamilySummaryUseCase familySummaries,
                   CreateLoginUseCase createLogin, CreateRegieUseCase createRegie,
                   SendMessageToFamilyUseCase sendMessage, RegisterChildUseCase registerChild,
                   DemoPlanningLoader planning, DemoBillingLoader billing,
                   DemoStaffSites staffSites) {
        this.registerFamily = registerFamily;
        this.familySummaries = familySummaries;
        this.createLogin = createLogin;
        this.createRegie = createRegie;
        this.sendMessage = sendMessage;
        this.registerChild = registerChild;
        this.planning = planning;
        this.billing = billing;
        this.staffSites = staffSites;
    }


    @Override
    public void run(ApplicationArguments args) {
        if (familySummaries.familySummaryByNumber(DUPONT_NUMBER).isPresent()) {
            log.info("Demo data already present");
            return;
        }
        FamilyId dupont = registerFamily.registerFamily(new RegisterFamilyCommand(DUPONT_NUMBER,
                adult("MONSIEUR", "DUPONT", "JEAN", "12 RUE DES BONBONS", "01.02.03.04.05", "jean.dupont@example.org"),
                "FATHER", "SEPARATED",
                adult("MADAME", "DUPONT", "JEANNE", "Lotissement les bons bonbons", "", "")));
        createLogin.createLogin(new CreateLoginCommand("jean.dupont", "Bonbons2015", false, dupont, ""));
        loadChildren(dupont);

        FamilyId martin = registerFamily.registerFamily(new RegisterFamilyCommand("1001001818332",
                adult("MADAME", "MARTIN", "SOPHIE", "3 PLACE DE LA MAIRIE", "", "sophie.martin@example.org"),
                "MOTHER", "MARRIED", null));
        createLogin.createLogin(new CreateLoginCommand("nouveau.parent", "Bienvenue2026", true, martin, ""));

        createLogin.createLogin(new CreateLoginCommand("agent", "Agent2015", false, null, "Service Enfance"));

        List<FamilyId> others = new ArrayList<>(List.of(martin));
        String[][] neighbours = {{"BERNARD", "PAUL"}, {"THOMAS", "CLAIRE"}, {"PETIT", "LUC"}, {"ROBERT", "ANNE"},
                {"RICHARD", "MARC"}, {"DURAND", "JULIE"}, {"DUBOIS", "PIERRE"}, {"MOREAU", "NATHALIE"},
                {"LAURENT", "ERIC"}, {"SIMON", "ISABELLE"}, {"MICHEL", "FRANCK"}};
        for (int i = 0; i < neighbours.length; i++) {
            others.add(registerFamily.registerFamily(new RegisterFamilyCommand(String.valueOf(1001001818340L + i),
                    adult(i % 2 == 0 ? "MONSIEUR" : "MADAME", neighbours[i][0], neighbours[i][1],
                            (i + 5) + " AVENUE DES ECOLES", "", ""),
                    i % 2 == 0 ? "FATHER" : "MOTHER", "MARRIED", null)));
        }
        // The régie continues the numbering of the software the municipality used before: invoices at AL-12,
        // payments at AL-228.
        UUID regie = createRegie.createRegie(new CreateRegieCommand("Régie garderie ALSH", "AL", 12, 228));
        DemoPlanningLoader.Activities activities = planning.load(dupont, others.get(1));
        billing.load(regie, dupont, others, activities);
        staffSites.load();
        planning.applySeasons(activities);

        sendMessage.sendMessageToFamily(new SendMessageToFamilyCommand(dupont, "Accueil de Loisirs ALSH",
                "Sortie au parc mercredi prochain",
                "Bonjour, mercredi prochain les enfants de l'accueil de loisirs iront au parc municipal. "
                        + "Pensez à prévoir une casquette et une gourde. L'équipe d'animation."));
        log.info("Demo data loaded: family {} and logins jean.dupont, nouveau.parent, agent, agent.garderie", DUPONT_NUMBER);
    }

    /** LÉA (CM1, two authorised persons, an allergy) and TOM (grande section) DUPONT. */
    private void loadChildren(FamilyId dupont) {
        registerChild.registerChild(new RegisterChildCommand(dupont, "LÉA", "DUPONT", LocalDate.of(2017, 3, 12),
                "FEMALE", "École Jules Ferry", "CM1", true, true,
                List.of(new AuthorisedPersonDetails("MARIE DURAND", "Grand-mère", "06 11 22 33 44", true, true),
                        new AuthorisedPersonDetails("PAUL DUPONT", "Oncle", "06 55 66 77 88", true, false)),
                new HealthDetails("Dr MARTIN", "05 61 00 00 00", "Arachide", "", true, true, false,
                        "Trousse PAI dans le cartable")));
        registerChild.registerChild(new RegisterChildCommand(dupont, "TOM", "DUPONT", LocalDate.of(2020, 9, 2),
                "MALE", "École Jules Ferry", "Grande section", true, false, List.of(),
                new HealthDetails("Dr MARTIN", "05 61 00 00 00", "", "", false, true, false, "")));
    }

    private static AdultDetails adult(String civility, String lastName, String firstName, String address,
                                      String homePhone, String email) {
        return new AdultDetails(civility, lastName, firstName, address, "31400", "SAINT - JEAN", homePhone, "", "",
                email, true, false, "", "", "", "");
    }
}
