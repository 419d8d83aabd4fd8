package org.portailfamille.accounts.adapter.in.web;

import org.portailfamille.access.PortalUser;
import org.portailfamille.accounts.application.port.in.ChildFile;
import org.portailfamille.accounts.application.port.in.GetChildFileUseCase;
import org.portailfamille.accounts.application.port.in.ListChildrenUseCase;
import org.portailfamille.shared.ChildId;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import java.util.UUID;

/**
 * "Mes enfants": the children of the logged-in family, and each child's file. The family is always the
 * logged-in parent's: a child id of another family answers 404, like an unknown or malformed one.
 */
@Controller
class ChildrenController {

    private final ListChildrenUseCase listChildren;
    private final GetChildFileUseCase childFiles;

    ChildrenController(ListChildrenUseCase listChildren, GetChildFileUseCase childFiles) {
        this.listChildren = listChildren;
        this.childFiles = childFiles;
    }

    @org.springframework.web.bind.annotation.ModelAttribute("childForms")
    java.util.List<ChildFileForms> childForms() {
        return ChildFileForms.menu();
    }

    @GetMapping("/famille/enfants")
    String children(@AuthenticationPrincipal PortalUser user, Model model) {
        var children = listChildren.children(user.familyId());
        model.addAttribute("children", children);
        // "de LÉA" / "d'EMMA" for "Planning {0}" (French elision)
        model.addAttribute("ofChild", children.stream().collect(java.util.stream.Collectors.toMap(
                child -> child.childId().value().toString(),
                child -> org.portailfamille.shared.FrenchElision.de(child.firstName()), (a, b) -> a)));
        return "accounts/children";
    }

    @GetMapping("/famille/enfants/{childId}")
    String child(@AuthenticationPrincipal PortalUser user, @PathVariable String childId, Model model) {
        ChildFile file = childFiles.childFile(user.familyId(), parse(childId))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("child", file);
        return "accounts/child";
    }

    private static ChildId parse(String childId) {
        try {
            return new ChildId(UUID.fromString(childId));
        } catch (IllegalArgumentException malformed) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
