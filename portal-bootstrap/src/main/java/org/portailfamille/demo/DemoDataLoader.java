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
import org.portailfamille.billing.application.port.in.IssueInvoiceCommand;
import org.portailfamille.billing.application.port.in.IssueInvoiceUseCase;
import org.portailfamille.billing.application.port.in.RecordPaymentCommand;
import org.portailfamille.billing.application.port.in.RecordPaymentUseCase;
import org.portailfamille.messaging.application.port.in.SendMessageToFamilyCommand;
import org.portailfamille.messaging.application.port.in.SendMessageToFamilyUseCase;
import org.portailfamille.platform.database.EmbeddedDatabaseCondition;
import org.portailfamille.shared.FamilyId;
import org.portailfamille.shared.Money;
import org.portailfamille.shared.SchoolYear;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Loads the guide's family and the demo logins at start, through the use cases, unless already there
 * (a persistent embedded data directory keeps them).
 */
@Component
@Conditional(EmbeddedDatabaseCondition.class)
@Order(0)
class DemoDataLoader implements ApplicationRunner {

    static final String DUPONT_NUMBER = "1001001818331";

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final RegisterFamilyUseCase registerFamily;
    private final GetFamilySummaryUseCase familySummaries;
    private final CreateLoginUseCase createLogin;
    private final CreateRegieUseCase createRegie;
    private final IssueInvoiceUseCase issueInvoice;
    private final RecordPaymentUseCase recordPayment;
    private final SendMessageToFamilyUseCase sendMessage;
    private final RegisterChildUseCase registerChild;
    private final DemoPlanningLoader planning;
    private final Clock clock;

    DemoDataLoader(RegisterFamilyUseCase registerFamily, GetFamilySummaryUseCase familySummaries,
                   CreateLoginUseCase createLogin, CreateRegieUseCase createRegie, IssueInvoiceUseCase issueInvoice,
                   RecordPaymentUseCase recordPayment, SendMessageToFamilyUseCase sendMessage,
                   RegisterChildUseCase registerChild, DemoPlanningLoader planning, Clock clock) {
        this.registerFamily = registerFamily;
        this.familySummaries = familySummaries;
        this.createLogin = createLogin;
        this.createRegie = createRegie;
        this.issueInvoice = issueInvoice;
        this.recordPayment = recordPayment;
        this.sendMessage = sendMessage;
        this.registerChild = registerChild;
        this.planning = planning;
        this.clock = clock;
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
        String[][] neighbours = {{"BERNARD", "PAUL"}, {"THOMAS", "CLAIRE"}, {"PETIT", "LUC"}, {"ROBERT", "ANNE"}};
        for (int i = 0; i < neighbours.length; i++) {
            others.add(registerFamily.registerFamily(new RegisterFamilyCommand("100100181834" + i,
                    adult(i % 2 == 0 ? "MONSIEUR" : "MADAME", neighbours[i][0], neighbours[i][1],
                            (i + 5) + " AVENUE DES ECOLES", "", ""),
                    i % 2 == 0 ? "FATHER" : "MOTHER", "MARRIED", null)));
        }
        loadInvoices(dupont, others);
        planning.load(dupont, others.get(1));

        sendMessage.sendMessageToFamily(new SendMessageToFamilyCommand(dupont, "Accueil de Loisirs ALSH",
                "Sortie au parc mercredi prochain",
                "Bonjour, mercredi prochain les enfants de l'accueil de loisirs iront au parc municipal. "
                        + "Pensez à prévoir une casquette et une gourde. L'équipe d'animation."));
        log.info("Demo data loaded: family {} and logins jean.dupont, nouveau.parent, agent", DUPONT_NUMBER);
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

    /**
     * The guide's account, dated in the current school year: AL-12 (two months before), paid by cheque AL-228,
     * then the other families' invoices AL-13 to AL-35, then AL-36 (current month), unpaid.
     */
    private void loadInvoices(FamilyId dupont, List<FamilyId> others) {
        LocalDate today = LocalDate.now(clock);
        LocalDate issued = today.minusDays(20);
        LocalDate yearStart = SchoolYear.containing(today).firstDay();
        if (issued.isBefore(yearStart)) {
            issued = yearStart;
        }
        YearMonth month = YearMonth.from(issued);
        UUID regie = createRegie.createRegie(new CreateRegieCommand("Régie garderie ALSH", "AL", 12, 228));

        String al12 = issueInvoice.issueInvoice(new IssueInvoiceCommand(regie, dupont, issued, month.atEndOfMonth(),
                month.minusMonths(2).atDay(1), month.minusMonths(1).atEndOfMonth(), Money.euros("243.20")));
        recordPayment.recordPayment(new RecordPaymentCommand(al12, issued, "CHEQUE", Money.euros("243.20")));
        for (int i = 0; i < 23; i++) {
            FamilyId family = others.get(i % others.size());
            issueInvoice.issueInvoice(new IssueInvoiceCommand(regie, family, issued, month.atEndOfMonth(),
                    month.minusMonths(1).atDay(1), month.minusMonths(1).atEndOfMonth(),
                    Money.euros((40 + 7 * i) + "." + (10 + i))));
        }
        issueInvoice.issueInvoice(new IssueInvoiceCommand(regie, dupont, issued, month.atEndOfMonth(),
                month.atDay(1), month.atEndOfMonth(), Money.euros("120.60")));
    }

    private static AdultDetails adult(String civility, String lastName, String firstName, String address,
                                      String homePhone, String email) {
        return new AdultDetails(civility, lastName, firstName, address, "31400", "SAINT - JEAN", homePhone, "", "",
                email, true, false, "", "", "", "");
    }
}
