package org.portailfamille.requests.application.service;

import org.jspecify.annotations.Nullable;
import org.portailfamille.requests.application.port.in.FieldChangeView;
import org.portailfamille.requests.application.port.in.RequestArea;
import org.portailfamille.requests.application.port.in.RequestFamily;
import org.portailfamille.requests.application.port.in.RequestLink;
import org.portailfamille.requests.application.port.in.RequestPresentation;
import org.portailfamille.requests.application.port.in.RequestSummary;
import org.portailfamille.requests.application.port.in.RequestTypeView;
import org.portailfamille.requests.application.port.in.RequestView;
import org.portailfamille.requests.application.port.spi.RequestTypeDescriptor;
import org.portailfamille.requests.application.port.spi.RequestTypeHandler;
import org.portailfamille.requests.domain.Request;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The request types and areas the owning modules contribute through {@code requests :: spi}, checked once when the
 * application starts (a type belongs to its handler's prefix and to a declared area; no type or area declared twice
 * differently), and how each request is shown: masked in every list, in full only after the owner recorded the read.
 */
public final class RequestTypeCatalogue {

    /** Which list a row is summarised for. */
    enum Audience { FAMILY, STAFF }

    private final Map<String, RequestArea> areas;
    private final Map<String, RequestTypeDescriptor> types;
    private final Map<String, RequestTypeHandler> owners;

    public RequestTypeCatalogue(List<RequestTypeHandler> handlers) {
        Map<String, RequestArea> declaredAreas = new LinkedHashMap<>();
        Map<String, RequestTypeDescriptor> declaredTypes = new LinkedHashMap<>();
        Map<String, RequestTypeHandler> typeOwners = new LinkedHashMap<>();
        for (RequestTypeHandler handler : handlers) {
            for (RequestArea area : handler.areas()) {
                RequestArea known = declaredAreas.putIfAbsent(area.code(), area);
                if (known != null && !known.equals(area)) {
                    throw new IllegalStateException("Area " + area.code() + " declared twice differently: " + known
                            + ", " + area);
                }
            }
        }
        if (declaredAreas.values().stream().map(RequestArea::slug).distinct().count() != declaredAreas.size()) {
            throw new IllegalStateException("Two areas share a slug: " + declaredAreas.values());
        }
        for (RequestTypeHandler handler : handlers) {
            for (RequestTypeDescriptor type : handler.types()) {
                if (!type.type().startsWith(handler.typePrefix())) {
                    throw new IllegalStateException(handler.typePrefix() + " handler declares " + type.type());
                }
                if (!declaredAreas.containsKey(type.area())) {
                    throw new IllegalStateException(type.type() + " is shown in an undeclared area " + type.area());
                }
                if (declaredTypes.putIfAbsent(type.type(), type) != null) {
                    throw new IllegalStateException("Request type declared twice: " + type.type());
                }
                typeOwners.put(type.type(), handler);
            }
        }
        this.areas = sorted(declaredAreas, Comparator.comparingInt(RequestArea::order).thenComparing(RequestArea::code),
                RequestArea::code);
        this.types = sorted(declaredTypes, Comparator.<RequestTypeDescriptor>comparingInt(
                        type -> declaredAreas.get(type.area()).order())
                .thenComparingInt(RequestTypeDescriptor::order).thenComparing(RequestTypeDescriptor::type),
                RequestTypeDescriptor::type);
        this.owners = Map.copyOf(typeOwners);
    }

    private static <T> Map<String, T> sorted(Map<String, T> values, Comparator<T> order, Function<T, String> key) {
        Map<String, T> sorted = new LinkedHashMap<>();
        values.values().stream().sorted(order).forEach(value -> sorted.put(key.apply(value), value));
        return sorted;
    }

    /** The areas of "Liste des demandes", in their order. */
    public List<RequestArea> areas() {
        return List.copyOf(areas.values());
    }

    Optional<RequestArea> area(String code) {
        return Optional.ofNullable(areas.get(code));
    }

    Optional<RequestTypeDescriptor> type(String type) {
        return Optional.ofNullable(types.get(type));
    }

    /** Every type, area by area, in their order (the staff filter). */
    List<RequestTypeView> typeViews() {
        return types.values().stream().map(RequestTypeCatalogue::view).toList();
    }

    /** The types parents filter on in an area, in their order. */
    List<RequestTypeView> familyFilter(String area) {
        return types.values().stream().filter(type -> type.area().equals(area) && type.familyFilter())
                .map(RequestTypeCatalogue::view).toList();
    }

    Optional<RequestTypeHandler> owner(String type) {
        return Optional.ofNullable(owners.get(type));
    }

    private static RequestTypeView view(RequestTypeDescriptor type) {
        return new RequestTypeView(type.type(), type.area(), type.labelKey());
    }

    /** The request in full, without presentation beyond its label: what owners and sensitivity rules are given. */
    RequestView raw(Request request) {
        Optional<RequestTypeDescriptor> type = type(request.type());
        return view(request, changesOf(request), request.payload(), new RequestPresentation(
                type.map(RequestTypeDescriptor::labelKey).orElse("requestType." + request.type()),
                type.map(RequestTypeDescriptor::showsPreviousValues).orElse(true), false, false, null, List.of(),
                null));
    }

    /** The label keys of the request's sensitive fields; every field when no module declares its type. */
    Set<String> sensitiveFields(Request request) {
        RequestView raw = raw(request);
        return type(request.type()).map(type -> type.sensitivity().sensitiveFields(raw))
                .orElseGet(() -> Set.copyOf(raw.changes().stream().map(FieldChangeView::labelKey).toList()));
    }

    /** The request as a list shows it: sensitive values masked, no payload but identifiers, summarised for {@code audience}. */
    RequestView listed(Request request, Audience audience, @Nullable RequestFamily family) {
        Set<String> sensitive = sensitiveFields(request);
        RequestView raw = raw(request);
        List<FieldChangeView> changes = raw.changes().stream()
                .map(change -> sensitive.contains(change.labelKey()) ? masked(change) : change).toList();
        RequestView masked = view(request, changes, sensitive.isEmpty() ? request.payload() : listedPayload(request),
                raw.shown());
        Optional<RequestSummary> summary = type(request.type()).flatMap(type -> (audience == Audience.FAMILY
                ? type.familySummary() : type.queueSummary()).apply(masked));
        return view(request, changes, masked.payload(), new RequestPresentation(raw.shown().labelKey(),
                raw.shown().showsPreviousValues(), !sensitive.isEmpty(), !sensitive.isEmpty(), summary.orElse(null),
                List.of(), family));
    }

    /** The request in full for staff, with its owner's links: only once its owner recorded a sensitive read. */
    RequestView inFull(Request request, boolean sensitive, @Nullable RequestFamily family) {
        RequestView raw = raw(request);
        List<RequestLink> links = type(request.type()).map(type -> type.staffLinks().apply(raw)).orElse(List.of());
        Optional<RequestSummary> summary = type(request.type()).flatMap(type -> type.queueSummary().apply(raw));
        return view(request, raw.changes(), raw.payload(), new RequestPresentation(raw.shown().labelKey(),
                raw.shown().showsPreviousValues(), sensitive, false, summary.orElse(null), links, family));
    }

    /** Of a masked request, only the payload keys its type declares plain identifiers. */
    private Map<String, String> listedPayload(Request request) {
        Set<String> keys = type(request.type()).map(RequestTypeDescriptor::listedPayloadKeys).orElse(Set.of());
        Map<String, String> kept = new LinkedHashMap<>();
        request.payload().forEach((key, value) -> {
            if (keys.contains(key)) {
                kept.put(key, value);
            }
        });
        return kept;
    }

    private static FieldChangeView masked(FieldChangeView change) {
        return new FieldChangeView(change.labelKey(), change.oldValue().isEmpty() ? "" : RequestView.MASKED,
                RequestView.MASKED, true);
    }

    private static List<FieldChangeView> changesOf(Request request) {
        return request.changes().stream().map(change -> new FieldChangeView(change.labelKey(), change.oldValue(),
                change.newValue(), change.coded())).toList();
    }

    private static RequestView view(Request request, List<FieldChangeView> changes, Map<String, String> payload,
                                    RequestPresentation shown) {
        return new RequestView(request.id(), request.type(), request.area(), request.familyId(), request.childId(),
                request.submittedBy(), request.submittedAt(), changes, payload, request.status().name(),
                request.decidedBy(), request.decidedAt(), request.refusalReason(), request.version(), shown);
    }
}
