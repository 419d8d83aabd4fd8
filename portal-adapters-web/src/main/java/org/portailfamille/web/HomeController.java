package org.portailfamille.web;

import org.portailfamille.access.FamilyHomeSection;
import org.portailfamille.access.PortalUser;
import org.portailfamille.access.StaffHomeCard;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * "/" leads to the user's area. Accueil for families is assembled from the blocks the modules contribute
 * ({@link FamilyHomeSection}), the back-office home from their cards ({@link StaffHomeCard}).
 */
@Controller
class HomeController {

    private final List<FamilyHomeSection> familySections;
    private final List<StaffHomeCard> staffCards;

    HomeController(ObjectProvider<FamilyHomeSection> familySections, ObjectProvider<StaffHomeCard> staffCards) {
        this.familySections = familySections.stream()
                .sorted(Comparator.comparingInt(FamilyHomeSection::order)).toList();
        this.staffCards = staffCards.stream()
                .sorted(Comparator.comparingInt(StaffHomeCard::order).thenComparing(StaffHomeCard::id)).toList();
    }

    @GetMapping("/")
    String root(@AuthenticationPrincipal PortalUser user) {
        return user.isStaff() ? "redirect:/gestion/accueil" : "redirect:/famille/accueil";
    }

    @GetMapping("/famille/accueil")
    String familyHome(@AuthenticationPrincipal PortalUser user, Model model) {
        List<RenderedSection> sections = new ArrayList<>();
        for (FamilyHomeSection section : familySections) {
            Object data = section.data(user);
            if (data != null) {
                sections.add(RenderedSection.of(section.fragment(), data));
            }
        }
        model.addAttribute("sections", sections);
        return "web/family-home";
    }

    @GetMapping("/gestion/accueil")
    String staffHome(Model model) {
        model.addAttribute("cards", staffCards);
        return "web/staff-home";
    }

    /** A contributed block, ready for the template: its fragment's template and selector, and its data. */
    record RenderedSection(String template, String selector, Object data) {
        static RenderedSection of(String fragment, Object data) {
            int separator = fragment.indexOf("::");
            if (separator < 0) {
                throw new IllegalStateException("A home section names its fragment as 'template :: selector': "
                        + fragment);
            }
            return new RenderedSection(fragment.substring(0, separator).strip(),
                    fragment.substring(separator + 2).strip(), data);
        }
    }
}
