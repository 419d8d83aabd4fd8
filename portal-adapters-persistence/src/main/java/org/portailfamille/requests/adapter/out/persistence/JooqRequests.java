package org.portailfamille.requests.adapter.out.persistence;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.portailfamille.requests.adapter.out.persistence.jooq.tables.records.RequestRecord;
import org.portailfamille.requests.application.port.out.Requests;
import org.portailfamille.requests.domain.FieldChange;
import org.portailfamille.requests.domain.Request;
import org.portailfamille.requests.domain.RequestStatus;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.portailfamille.requests.adapter.out.persistence.jooq.Tables.REQUEST;
import static org.portailfamille.requests.adapter.out.persistence.jooq.Tables.REQUEST_CHANGE;
import static org.portailfamille.requests.adapter.out.persistence.jooq.Tables.REQUEST_PAYLOAD;

/** Requests, their field changes and payload; decisions are conditional updates on status and version. */
@Repository
class JooqRequests implements Requests {

    private final DSLContext dsl;

    JooqRequests(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(Request request) {
        dsl.insertInto(REQUEST)
                .set(REQUEST.ID, request.id())
                .set(REQUEST.TYPE, request.type())
                .set(REQUEST.AREA, request.area())
                .set(REQUEST.FAMILY_ID, request.familyId() == null ? null : request.familyId().value())
                .set(REQUEST.CHILD_ID, request.childId() == null ? null : request.childId().value())
                .set(REQUEST.SUBMITTED_BY, request.submittedBy())
                .set(REQUEST.SUBMITTED_AT, utc(request.submittedAt()))
                .set(REQUEST.STATUS, request.status().name())
                .set(REQUEST.DECIDED_BY, request.decidedBy())
                .set(REQUEST.DECIDED_AT, request.decidedAt() == null ? null : utc(request.decidedAt()))
                .set(REQUEST.REFUSAL_REASON, request.refusalReason())
                .set(REQUEST.VERSION, request.version())
                .execute();
        int position = 0;
        for (FieldChange change : request.changes()) {
            dsl.insertInto(REQUEST_CHANGE)
                    .set(REQUEST_CHANGE.REQUEST_ID, request.id())
                    .set(REQUEST_CHANGE.POSITION, position++)
                    .set(REQUEST_CHANGE.LABEL_KEY, change.labelKey())
                    .set(REQUEST_CHANGE.OLD_VALUE, change.oldValue())
                    .set(REQUEST_CHANGE.NEW_VALUE, change.newValue())
                    .set(REQUEST_CHANGE.CODED, change.coded())
                    .execute();
        }
        request.payload().forEach((key, value) -> dsl.insertInto(REQUEST_PAYLOAD)
                .set(REQUEST_PAYLOAD.REQUEST_ID, request.id())
                .set(REQUEST_PAYLOAD.KEY, key)
                .set(REQUEST_PAYLOAD.VALUE, value)
                .execute());
    }

    @Override
    public Optional<Request> byId(UUID id) {
        return load(REQUEST.ID.eq(id)).stream().findFirst();
    }

    @Override
    public boolean storeDecision(Request decided, long seenVersion) {
        return dsl.update(REQUEST)
                .set(REQUEST.STATUS, decided.status().name())
                .set(REQUEST.DECIDED_BY, decided.decidedBy())
                .set(REQUEST.DECIDED_AT, decided.decidedAt() == null ? null : utc(decided.decidedAt()))
                .set(REQUEST.REFUSAL_REASON, decided.refusalReason())
                .set(REQUEST.VERSION, REQUEST.VERSION.plus(1))
                .where(REQUEST.ID.eq(decided.id()))
                .and(REQUEST.STATUS.eq(RequestStatus.PENDING.name()))
                .and(REQUEST.VERSION.eq(seenVersion))
                .execute() == 1;
    }

    @Override
    public List<Request> pending(@Nullable String type, @Nullable FamilyId familyId) {
        return load(pendingCondition(type, familyId));
    }

    @Override
    public List<Request> pending(@Nullable String type, @Nullable FamilyId familyId, int offset, int limit) {
        return load(pendingCondition(type, familyId), offset, limit);
    }

    @Override
    public int countPending(@Nullable String type, @Nullable FamilyId familyId) {
        return dsl.fetchCount(REQUEST, pendingCondition(type, familyId));
    }

    private static Condition pendingCondition(@Nullable String type, @Nullable FamilyId familyId) {
        Condition condition = REQUEST.STATUS.eq(RequestStatus.PENDING.name());
        if (type != null) {
            condition = condition.and(REQUEST.TYPE.eq(type));
        }
        if (familyId != null) {
            condition = condition.and(REQUEST.FAMILY_ID.eq(familyId.value()));
        }
        return condition;
    }

    @Override
    public int countPending() {
        return dsl.fetchCount(REQUEST, REQUEST.STATUS.eq(RequestStatus.PENDING.name()));
    }

    @Override
    public List<Request> ofFamily(FamilyId familyId, String area, @Nullable String type, Instant from, Instant to,
                                  boolean withPending) {
        Condition inWindow = REQUEST.SUBMITTED_AT.ge(utc(from)).and(REQUEST.SUBMITTED_AT.lt(utc(to)));
        if (withPending) {
            inWindow = inWindow.or(REQUEST.STATUS.eq(RequestStatus.PENDING.name()));
        }
        Condition condition = REQUEST.FAMILY_ID.eq(familyId.value()).and(REQUEST.AREA.eq(area)).and(inWindow);
        if (type != null) {
            condition = condition.and(REQUEST.TYPE.eq(type));
        }
        return load(condition);
    }

    private List<Request> load(Condition condition) {
        return load(dsl.selectFrom(REQUEST).where(condition).orderBy(REQUEST.SUBMITTED_AT, REQUEST.ID).fetch());
    }

    private List<Request> load(Condition condition, int offset, int limit) {
        return load(dsl.selectFrom(REQUEST).where(condition).orderBy(REQUEST.SUBMITTED_AT, REQUEST.ID)
                .limit(limit).offset(offset).fetch());
    }

    private List<Request> load(List<RequestRecord> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(RequestRecord::getId).toList();
        Map<UUID, List<FieldChange>> changes = dsl.selectFrom(REQUEST_CHANGE)
                .where(REQUEST_CHANGE.REQUEST_ID.in(ids))
                .orderBy(REQUEST_CHANGE.REQUEST_ID, REQUEST_CHANGE.POSITION)
                .fetch().stream()
                .collect(Collectors.groupingBy(row -> row.getRequestId(), LinkedHashMap::new,
                        Collectors.mapping(row -> new FieldChange(row.getLabelKey(), row.getOldValue(),
                                row.getNewValue(), row.getCoded()), Collectors.toList())));
        Map<UUID, Map<String, String>> payloads = new LinkedHashMap<>();
        dsl.selectFrom(REQUEST_PAYLOAD).where(REQUEST_PAYLOAD.REQUEST_ID.in(ids)).fetch()
                .forEach(row -> payloads.computeIfAbsent(row.getRequestId(), id -> new LinkedHashMap<>())
                        .put(row.getKey(), row.getValue()));
        List<Request> requests = new ArrayList<>();
        for (RequestRecord row : rows) {
            requests.add(Request.reconstitute(row.getId(), row.getType(), row.getArea(),
                    row.getFamilyId() == null ? null : new FamilyId(row.getFamilyId()),
                    row.getChildId() == null ? null : new ChildId(row.getChildId()),
                    row.getSubmittedBy(), row.getSubmittedAt().toInstant(),
                    changes.getOrDefault(row.getId(), List.of()), payloads.getOrDefault(row.getId(), Map.of()),
                    RequestStatus.valueOf(row.getStatus()), row.getDecidedBy(),
                    row.getDecidedAt() == null ? null : row.getDecidedAt().toInstant(), row.getRefusalReason(),
                    row.getVersion()));
        }
        return requests;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
