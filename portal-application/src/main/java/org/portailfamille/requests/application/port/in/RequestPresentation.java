package org.portailfamille.requests.application.port.in;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * How pages show a request, from the catalogue its owning module contributed: the type's label key; whether the
 * changes show their previous value ("avant → après") or describe a new thing; whether the request carries
 * special-category data ({@code sensitive}) and whether this view hides it ({@code masked}); a one-line summary
 * lists show instead of the changes when there is one; links for staff; the family (staff views only).
 */
public record RequestPresentation(String labelKey, boolean showsPreviousValues, boolean sensitive, boolean masked,
                                  @Nullable RequestSummary summary, List<RequestLink> links,
                                  @Nullable RequestFamily family) {
    public RequestPresentation {
        links = List.copyOf(links);
    }

    /** A sensitive request shown in full: the reader was recorded. */
    public boolean auditedRead() {
        return sensitive && !masked;
    }
}
