package org.portailfamille.requests;

import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.portailfamille.accounts.application.port.in.BankForm;
import org.portailfamille.accounts.application.port.in.FamilyChangeOutcome;
import org.portailfamille.accounts.application.port.in.SubmitFamilyChangeCommand;
import org.portailfamille.accounts.application.port.in.SubmitFamilyChangeUseCase;
import org.portailfamille.requests.application.port.in.DecideRequestCommand;
import org.portailfamille.requests.application.port.in.DecideRequestUseCase;
import org.portailfamille.requests.application.port.in.ViewRequestQueueUseCase;
import org.portailfamille.security.Browser;
import org.portailfamille.security.TestAddresses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff request queue is paged (issue 14): a city's hundreds of pending requests come 50 a page, oldest first,
 * with links to the other pages keeping the filters; a page number that is not one shows a page, never an error.
 */
@PortalIntegrationTest
class StaffRequestQueuePagesWebTest {

    private static final Pattern ROW = Pattern.compile("name=\"demandes\"");

    @Autowired ApplicationContext context;
    @Autowired SubmitFamilyChangeUseCase submitChange;
    @Autowired ViewRequestQueueUseCase queue;
    @Autowired DecideRequestUseCase decide;
    @LocalServerPort int port;

    @Test
    void the_queue_shows_fifty_requests_a_page_with_links_to_the_others() {
        TestAccounts accounts = new TestAccounts(context);
        List<UUID> created = new ArrayList<>();
        try {
            shows(accounts, created);
        } finally {
            // refused again, so that the tests which look for their request on the first page still find it
            created.forEach(id -> decide.decide(new DecideRequestCommand(id, 0, false, "agent", "Test terminé")));
        }
    }

    private void shows(TestAccounts accounts, List<UUID> created) {
        for (int i = 0; i < ViewRequestQueueUseCase.PAGE_SIZE + 1; i++) {
            FamilyChangeOutcome asked = submitChange.submitFamilyChange(new SubmitFamilyChangeCommand(
                    accounts.newFamilyWithoutLogin(), "guichet", BankForm.fromFields(Map.of(
                    "accountHolder", "A PARENT", "iban", "FR76 3000 6000 0112 3456 7890 189", "bic", "AGRIFRPP",
                    "bankName", "Banque", "directDebit", "true"))));
            assertThat(asked.requestId()).isNotNull();
            created.add(asked.requestId());
        }
        int total = queue.pendingCount();
        int pages = (total + 49) / 50;
        assertThat(pages).isGreaterThanOrEqualTo(2);

        Browser staff = new Browser(port, TestAddresses.next());
        TestAccounts.Staff agent = accounts.newStaff("File-par-pages-2026");
        staff.logIn(agent.username(), agent.password());

        String first = staff.get("/gestion/demandes").body();
        assertThat(rows(first)).isEqualTo(50);
        assertThat(first).contains("page 1 sur " + pages, "Page suivante", "/gestion/demandes?page=2")
                .doesNotContain("Page précédente");

        Browser.Response second = staff.get("/gestion/demandes?page=2");
        assertThat(second.status()).isEqualTo(200);
        assertThat(rows(second.body())).isEqualTo(Math.min(50, total - 50));
        assertThat(second.body()).contains("page 2 sur " + pages, "Page précédente", "/gestion/demandes?page=1");

        // the filters are kept in the links to the other pages
        String byType = staff.get("/gestion/demandes?type=accounts.bank").body();
        assertThat(rows(byType)).isEqualTo(50);
        assertThat(byType).contains("/gestion/demandes?type=accounts.bank&amp;page=2");

        // a bulk decision made on page 2 of a filtered queue comes back to that page with its filters
        String secondByType = staff.get("/gestion/demandes?type=accounts.bank&page=2").body();
        assertThat(secondByType).contains("name=\"type\" value=\"accounts.bank\"", "name=\"page\" value=\"2\"");
        String token = staff.csrfTokenFrom("/gestion/demandes");
        String refusalWithoutReason = "_csrf=" + token + "&decision=refuser&motif=&type=accounts.bank&page=2&demandes="
                + created.get(0) + ":0";
        Browser.Response back = staff.postRaw("/gestion/demandes/decisions", refusalWithoutReason);
        assertThat(back.location()).isEqualTo("/gestion/demandes?type=accounts.bank&page=2");
        assertThat(queue.request(created.get(0)).orElseThrow().isPending()).isTrue();
        assertThat(staff.get(back.location()).mainText()).contains("Saisissez le motif du refus de la sélection",
                "page 2 sur ");
        // filters that are not the list's own are dropped, never echoed
        Browser.Response tampered = staff.postRaw("/gestion/demandes/decisions",
                "_csrf=" + token + "&decision=refuser&motif=&type=%3Cscript%3E&famille=%22x&page=abc&demandes="
                        + created.get(0) + ":0");
        assertThat(tampered.location()).isEqualTo("/gestion/demandes");

        // not a page number: the first page; past the last: the last page
        Browser.Response bad = staff.get("/gestion/demandes?page=abc");
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body()).contains("page 1 sur " + pages);
        Browser.Response past = staff.get("/gestion/demandes?page=999999");
        assertThat(past.status()).isEqualTo(200);
        assertThat(past.body()).contains("page " + pages + " sur " + pages).doesNotContain("Page suivante");
    }

    private static int rows(String page) {
        Matcher matcher = ROW.matcher(page);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
