package org.portailfamille.requests.adapter.in.web;

import java.util.List;
import java.util.Map;

/**
 * The request types parents can filter on in "Liste des demandes", per view, in the guide's order. Labels
 * come from {@code requestType.<type>}; types of later modules are listed here as they arrive.
 */
final class RequestTypes {

    static final Map<String, List<String>> BY_AREA = Map.of(
            "ACCOUNT", List.of("accounts.guardian", "accounts.partner", "accounts.tax", "accounts.caf", "accounts.bank"),
            "CHILDREN", List.of("accounts.child-registration", "accounts.child-identity",
                    "accounts.child-authorisations", "accounts.child-persons", "accounts.child-health",
                    "planning.reservation", "planning.absence"));

    /**
     * Types whose values are special-category data (health): lists never show them, only that they changed
     * ("Données sanitaires modifiées"); the staff detail of one request shows them and is audited.
     */
    static final java.util.Set<String> SENSITIVE = java.util.Set.of("accounts.child-health");

    /** The request as lists may show it: a sensitive request keeps its field names, never its values. */
    static org.portailfamille.requests.application.port.in.RequestView masked(
            org.portailfamille.requests.application.port.in.RequestView request) {
        if (!SENSITIVE.contains(request.type())) {
            return request;
        }
        List<org.portailfamille.requests.application.port.in.FieldChangeView> changes = request.changes().stream()
                .map(change -> new org.portailfamille.requests.application.port.in.FieldChangeView(change.labelKey(),
                        change.oldValue().isEmpty() ? "" : MASKED, MASKED, true))
                .toList();
        return new org.portailfamille.requests.application.port.in.RequestView(request.id(), request.type(),
                request.area(), request.familyId(), request.childId(), request.submittedBy(), request.submittedAt(),
                changes, Map.of(), request.status(), request.decidedBy(), request.decidedAt(), request.refusalReason(),
                request.version());
    }

    /** The message key shown instead of a sensitive value. */
    static final String MASKED = "requests.masked";

    private RequestTypes() {
    }

    static boolean belongsTo(String area, String type) {
        return BY_AREA.getOrDefault(area, List.of()).contains(type);
    }
}
