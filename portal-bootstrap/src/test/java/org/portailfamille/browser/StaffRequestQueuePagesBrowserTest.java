package org.portailfamille.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.portailfamille.TestAccounts.Staff;
import org.portailfamille.accounts.application.port.in.BankForm;
import org.portailfamille.accounts.application.port.in.SubmitFamilyChangeCommand;
import org.portailfamille.accounts.application.port.in.SubmitFamilyChangeUseCase;
import org.portailfamille.requests.application.port.in.DecideRequestCommand;
import org.portailfamille.requests.application.port.in.DecideRequestUseCase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The staff request queue's pages (issue 14): 50 requests a page, the links to the other pages reached by keyboard,
 * no axe violation, usable at 375 px.
 */
@PortalIntegrationTest
@ExtendWith(BrowserExtension.class)
class StaffRequestQueuePagesBrowserTest {

    @Autowired
    ApplicationContext applicationContext;

    @Test
    void staff_go_from_page_to_page_of_a_long_queue(Page page) {
        TestAccounts accounts = new TestAccounts(applicationContext);
        List<UUID> created = new ArrayList<>();
        try {
            for (int i = 0; i < 51; i++) {
                created.add(applicationContext.getBean(SubmitFamilyChangeUseCase.class).submitFamilyChange(
                        new SubmitFamilyChangeCommand(accounts.newFamilyWithoutLogin(), "guichet",
                                BankForm.fromFields(Map.of("accountHolder", "A PARENT",
                                        "iban", "FR76 3000 6000 0112 3456 7890 189", "bic", "AGRIFRPP",
                                        "bankName", "Banque", "directDebit", "true")))).requestId());
            }
            Staff staff = accounts.newStaff("File-pages-2026x");
            page.setViewportSize(375, 800);
            Portal.logIn(page, staff.username(), staff.password());
            page.navigate(Portal.STAFF_REQUESTS);
            Locator rows = page.getByRole(AriaRole.TABLE).locator("tbody tr");
            assertThat(rows).hasCount(50);
            Locator pages = page.getByRole(AriaRole.NAVIGATION,
                    new Page.GetByRoleOptions().setName("Pages de la file des demandes"));
            assertThat(pages).containsText("Page 1 sur");
            Axe.assertNoViolations(page, "the first page of a long staff request queue at 375 px");

            Locator next = pages.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Page suivante"));
            next.focus();
            page.keyboard().press("Enter");
            page.waitForURL("**/gestion/demandes?page=2");
            assertThat(pages).containsText("Page 2 sur");
            assertThat(pages.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Page précédente")))
                    .isVisible();
            Axe.assertNoViolations(page, "the second page of a long staff request queue");
        } finally {
            created.forEach(id -> applicationContext.getBean(DecideRequestUseCase.class)
                    .decide(new DecideRequestCommand(id, 0, false, "agent", "Test terminé")));
        }
    }
}
