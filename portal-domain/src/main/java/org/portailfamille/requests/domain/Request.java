package org.portailfamille.requests.domain;

import org.jspecify.annotations.Nullable;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A parent's (or a future family's) demand that staff accept or refuse. The requests module knows nothing of
 * what it changes: the type names the owning module's kind of change, the field changes are for display, the
 * payload is for the owning module to apply.
 */
public final class Request {

    public static final int MAX_REASON_LENGTH = 1000;

    private final UUID id;
    private final String type;
    private final String area;
    private final @Nullable FamilyId familyId;
    private final @Nullable ChildId childId;
    private final String submittedBy;
    private final Instant submittedAt;
    private final List<FieldChange> changes;
    private final Map<String, String> payload;
    private RequestStatus status;
    private @Nullable String decidedBy;
    private @Nullable Instant decidedAt;
    private @Nullable String refusalReason;
    private final long version;

    private Request(UUID id, String type, String area, @Nullable FamilyId familyId, @Nullable ChildId childId,
                    String submittedBy, Instant submittedAt, List<FieldChange> changes, Map<String, String> payload,
                    RequestStatus status, @Nullable String decidedBy, @Nullable Instant decidedAt,
                    @Nullable String refusalReason, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.type = Objects.requireNonNull(type, "type");
        if (!type.matches("[a-z]+\\.[a-z][a-zA-Z-]*")) {
            throw new IllegalArgumentException("A request type is '<module>.<kind>': " + type);
        }
        this.area = Objects.requireNonNull(area, "area");
        if (!area.matches("[A-Z][A-Z_]{0,19}")) {
            throw new IllegalArgumentException("An area is a code of the request-type catalogue: " + area);
        }
        this.familyId = familyId;
        this.childId = childId;
        this.submittedBy = Objects.requireNonNull(submittedBy, "submittedBy");
        this.submittedAt = Objects.requireNonNull(submittedAt, "submittedAt");
        this.changes = List.copyOf(changes);
        this.payload = Map.copyOf(payload);
        this.status = Objects.requireNonNull(status, "status");
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.refusalReason = refusalReason;
        this.version = version;
        if (this.changes.isEmpty()) {
            throw new IllegalArgumentException("A request changes at least one field");
        }
    }

    public static Request submit(String type, String area, @Nullable FamilyId familyId, @Nullable ChildId childId,
                                 String submittedBy, Instant now, List<FieldChange> changes, Map<String, String> payload) {
        return new Request(UUID.randomUUID(), type, area, familyId, childId, submittedBy, now, changes, payload,
                RequestStatus.PENDING, null, null, null, 0);
    }

    /**
     * A demand the owning module carried out at once under its rules (e.g. a booking confirmed at once): recorded
     * already accepted by {@code acceptedBy}, for the family's history; nobody decides it.
     */
    public static Request acceptedAtOnce(String type, String area, @Nullable FamilyId familyId,
                                         @Nullable ChildId childId, String submittedBy, Instant now,
                                         List<FieldChange> changes, Map<String, String> payload, String acceptedBy) {
        return new Request(UUID.randomUUID(), type, area, familyId, childId, submittedBy, now, changes, payload,
                RequestStatus.ACCEPTED, Objects.requireNonNull(acceptedBy, "acceptedBy"), now, null, 0);
    }

    public static Request reconstitute(UUID id, String type, String area, @Nullable FamilyId familyId,
                                       @Nullable ChildId childId, String submittedBy, Instant submittedAt,
                                       List<FieldChange> changes, Map<String, String> payload, RequestStatus status,
                                       @Nullable String decidedBy, @Nullable Instant decidedAt,
                                       @Nullable String refusalReason, long version) {
        return new Request(id, type, area, familyId, childId, submittedBy, submittedAt, changes, payload, status,
                decidedBy, decidedAt, refusalReason, version);
    }

    public void accept(String by, Instant at) {
        requirePending();
        this.status = RequestStatus.ACCEPTED;
        this.decidedBy = Objects.requireNonNull(by);
        this.decidedAt = Objects.requireNonNull(at);
    }

    public void refuse(String by, Instant at, String reason) {
        requirePending();
        String trimmed = reason == null ? "" : reason.strip();
        if (!isValidRefusalReason(trimmed)) {
            throw new IllegalArgumentException("A refusal needs a reason of 1 to " + MAX_REASON_LENGTH + " characters");
        }
        this.status = RequestStatus.REFUSED;
        this.decidedBy = Objects.requireNonNull(by);
        this.decidedAt = Objects.requireNonNull(at);
        this.refusalReason = trimmed;
    }

    public static boolean isValidRefusalReason(String reason) {
        return reason != null && !reason.isBlank() && reason.strip().length() <= MAX_REASON_LENGTH;
    }

    private void requirePending() {
        if (status != RequestStatus.PENDING) {
            throw new IllegalStateException("Request " + id + " was already decided");
        }
    }

    public UUID id() { return id; }
    public String type() { return type; }
    public String area() { return area; }
    public @Nullable FamilyId familyId() { return familyId; }
    public @Nullable ChildId childId() { return childId; }
    public String submittedBy() { return submittedBy; }
    public Instant submittedAt() { return submittedAt; }
    public List<FieldChange> changes() { return changes; }
    public Map<String, String> payload() { return payload; }
    public RequestStatus status() { return status; }
    public @Nullable String decidedBy() { return decidedBy; }
    public @Nullable Instant decidedAt() { return decidedAt; }
    public @Nullable String refusalReason() { return refusalReason; }
    public long version() { return version; }
}
