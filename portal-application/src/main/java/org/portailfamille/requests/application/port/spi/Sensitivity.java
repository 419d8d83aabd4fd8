package org.portailfamille.requests.application.port.spi;

import org.portailfamille.requests.application.port.in.FieldChangeView;
import org.portailfamille.requests.application.port.in.RequestView;

import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Which fields of a request are special-category data (health): lists show them masked, and the staff detail shows
 * them only as a read recorded by the owning module ({@link RequestTypeHandler#recordSensitiveRead}). Fields are
 * named by their label key.
 */
@FunctionalInterface
public interface Sensitivity {

    /** The label keys of the sensitive fields of {@code request}; empty when nothing in it is sensitive. */
    Set<String> sensitiveFields(RequestView request);

    /** Nothing sensitive. */
    static Sensitivity none() {
        return request -> Set.of();
    }

    /** Every field of the request. */
    static Sensitivity allFields() {
        return request -> request.changes().stream().map(FieldChangeView::labelKey).collect(Collectors.toSet());
    }

    /** The fields with these label keys, when the request has them. */
    static Sensitivity fields(String... labelKeys) {
        Set<String> named = Set.of(labelKeys);
        return request -> request.changes().stream().map(FieldChangeView::labelKey).filter(named::contains)
                .collect(Collectors.toSet());
    }

    /** These fields, only for the requests that match {@code condition} (e.g. an absence for a medical reason). */
    default Sensitivity when(Predicate<RequestView> condition) {
        return request -> condition.test(request) ? sensitiveFields(request) : Set.of();
    }
}
