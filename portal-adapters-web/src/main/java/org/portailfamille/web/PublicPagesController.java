package org.portailfamille.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The pages linked from every footer (accessibility statement, legal notice, personal data, contact) and the page of
 * a submission whose outcome is unknown.
 */
@Controller
class PublicPagesController {

    @GetMapping("/accessibilite")
    String accessibility() {
        return "web/accessibility";
    }

    @GetMapping("/mentions-legales")
    String legalNotice() {
        return "web/legal-notice";
    }

    @GetMapping("/donnees-personnelles")
    String personalData() {
        return "web/personal-data";
    }

    @GetMapping("/contact")
    String contact() {
        return "web/contact";
    }

    /**
     * Where a repeated form submission is sent when the first one never told its outcome (its instance died while
     * it ran, ADR 0042): the form is not run twice, and the person is told to check before trying again.
     */
    @GetMapping("/envoi-non-confirme")
    String submissionOutcomeUnknown() {
        return "web/submission-unknown";
    }
}
