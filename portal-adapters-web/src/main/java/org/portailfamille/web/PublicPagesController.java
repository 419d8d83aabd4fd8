package org.portailfamille.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The pages linked from every footer: accessibility statement, legal notice, personal data, contact. */
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
}
