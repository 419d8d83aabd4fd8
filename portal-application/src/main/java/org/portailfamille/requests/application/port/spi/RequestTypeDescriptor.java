package org.portailfamille.requests.application.port.spi;

import org.portailfamille.requests.application.port.in.RequestLink;
import org.portailfamille.requests.application.port.in.RequestSummary;
import org.portailfamille.requests.application.port.in.RequestView;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One request type as its owning module describes it to the catalogue: its code ("accounts.guardian"), the area
 * of "Liste des demandes" it is shown in, its order there and in the staff filter, its label key, whether parents
 * filter on it, whether its changes have a previous value, which fields are sensitive, how a row is summarised in
 * the family list and in the staff queue, the links staff follow from its detail, and the payload keys that are
 * plain identifiers (kept when the request is listed masked).
 * Build with {@link #of} and the {@code with…} methods.
 */
public record RequestTypeDescriptor(String type, String area, int order, String labelKey, boolean familyFilter,
                                    boolean showsPreviousValues, Sensitivity sensitivity,
                                    Function<RequestView, Optional<RequestSummary>> familySummary,
                                    Function<RequestView, Optional<RequestSummary>> queueSummary,
                                    Function<RequestView, List<RequestLink>> staffLinks,
                                    Set<String> listedPayloadKeys) {

    public RequestTypeDescriptor {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(labelKey, "labelKey");
        Objects.requireNonNull(sensitivity, "sensitivity");
        Objects.requireNonNull(familySummary, "familySummary");
        Objects.requireNonNull(queueSummary, "queueSummary");
        Objects.requireNonNull(staffLinks, "staffLinks");
        listedPayloadKeys = Set.copyOf(listedPayloadKeys);
        if (!type.matches("[a-z]+\\.[a-z][a-zA-Z-]*")) {
            throw new IllegalArgumentException("A request type is '<module>.<kind>': " + type);
        }
    }

    /**
     * A type shown in {@code area} at {@code order}, labelled {@code requestType.<type>}, offered in the family
     * filter, with previous values, nothing sensitive, rows showing their changes, no link.
     */
    public static RequestTypeDescriptor of(String type, String area, int order) {
        return new RequestTypeDescriptor(type, area, order, "requestType." + type, true, true, Sensitivity.none(),
                request -> Optional.empty(), request -> Optional.empty(), request -> List.of(), Set.of());
    }

    public RequestTypeDescriptor withLabelKey(String key) {
        return new RequestTypeDescriptor(type, area, order, key, familyFilter, showsPreviousValues, sensitivity,
                familySummary, queueSummary, staffLinks, listedPayloadKeys);
    }

    /** Not offered in the parents' type filter (e.g. a registration, which no family has yet). */
    public RequestTypeDescriptor notInFamilyFilter() {
        return new RequestTypeDescriptor(type, area, order, labelKey, false, showsPreviousValues, sensitivity,
                familySummary, queueSummary, staffLinks, listedPayloadKeys);
    }

    /** Its changes describe a new thing (a booking, an absence): no previous value is shown. */
    public RequestTypeDescriptor withoutPreviousValues() {
        return new RequestTypeDescriptor(type, area, order, labelKey, familyFilter, false, sensitivity,
                familySummary, queueSummary, staffLinks, listedPayloadKeys);
    }

    public RequestTypeDescriptor withSensitivity(Sensitivity value) {
        return new RequestTypeDescriptor(type, area, order, labelKey, familyFilter, showsPreviousValues, value,
                familySummary, queueSummary, staffLinks, listedPayloadKeys);
    }

    /** The family list shows this one-line summary instead of the changes (when the function gives one). */
    public RequestTypeDescriptor withFamilySummary(Function<RequestView, Optional<RequestSummary>> summary) {
        return new RequestTypeDescriptor(type, area, order, labelKey, familyFilter, showsPreviousValues, sensitivity,
                summary, queueSummary, staffLinks, listedPayloadKeys);
    }

    /** The staff queue shows this one-line summary instead of the changes (when the function gives one). */
    public RequestTypeDescriptor withQueueSummary(Function<RequestView, Optional<RequestSummary>> summary) {
        return new RequestTypeDescriptor(type, area, order, labelKey, familyFilter, showsPreviousValues, sensitivity,
                familySummary, summary, staffLinks, listedPayloadKeys);
    }

    /**
     * Payload keys that are plain identifiers (e.g. the absence's id), kept when a sensitive request is listed
     * masked; every other payload value is left out of masked views.
     */
    public RequestTypeDescriptor withListedPayloadKeys(String... keys) {
        return new RequestTypeDescriptor(type, area, order, labelKey, familyFilter, showsPreviousValues, sensitivity,
                familySummary, queueSummary, staffLinks, Set.of(keys));
    }

    /** Links staff follow from the detail of a request of this type (given the request as shown in full). */
    public RequestTypeDescriptor withStaffLinks(Function<RequestView, List<RequestLink>> links) {
        return new RequestTypeDescriptor(type, area, order, labelKey, familyFilter, showsPreviousValues, sensitivity,
                familySummary, queueSummary, links, listedPayloadKeys);
    }
}
