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
            "CHILDREN", List.of("planning.reservation", "planning.absence"));

    private RequestTypes() {
    }

    static boolean belongsTo(String area, String type) {
        return BY_AREA.getOrDefault(area, List.of()).contains(type);
    }
}
