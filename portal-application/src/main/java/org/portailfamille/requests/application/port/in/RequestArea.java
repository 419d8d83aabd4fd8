package org.portailfamille.requests.application.port.in;

import java.util.Objects;

/**
 * A view of "Liste des demandes" (e.g. "Mon compte", "Mes enfants"), declared by the modules owning request types
 * through {@code requests :: spi}: its code (stored with each request), the value of the page's {@code vue}
 * parameter, its label key and its place among the views.
 */
public record RequestArea(String code, String slug, String labelKey, int order) {
    public RequestArea {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(labelKey, "labelKey");
        if (!code.matches("[A-Z][A-Z_]{0,19}")) {
            throw new IllegalArgumentException("An area code is upper case, at most 20 characters: " + code);
        }
        if (!slug.matches("[a-z][a-z-]*")) {
            throw new IllegalArgumentException("An area slug is lower case: " + slug);
        }
    }
}
