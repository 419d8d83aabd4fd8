package org.portailfamille.planning.adapter.out.persistence;

import org.jooq.DSLContext;
import org.portailfamille.planning.FacilityId;
import org.portailfamille.planning.application.port.out.StaffAssignments;
import org.portailfamille.planning.domain.StaffAssignment;
import org.springframework.stereotype.Repository;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.portailfamille.planning.adapter.out.persistence.jooq.Tables.STAFF_FACILITY;
import static org.portailfamille.planning.adapter.out.persistence.jooq.Tables.STAFF_SCOPE;

/** The facilities of each member of staff: one scope row per login and one row per facility. */
@Repository
class JooqStaffAssignments implements StaffAssignments {

    private final DSLContext dsl;
    private final Clock clock;

    JooqStaffAssignments(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    @Override
    public Optional<StaffAssignment> of(UUID loginId) {
        return dsl.selectFrom(STAFF_SCOPE).where(STAFF_SCOPE.LOGIN_ID.eq(loginId)).fetchOptional()
                .map(scope -> {
                    Set<FacilityId> facilities = dsl.select(STAFF_FACILITY.FACILITY_ID).from(STAFF_FACILITY)
                            .where(STAFF_FACILITY.LOGIN_ID.eq(loginId))
                            .fetch(row -> new FacilityId(row.value1())).stream().collect(Collectors.toSet());
                    return new StaffAssignment(loginId, scope.getAllFacilities(), facilities);
                });
    }

    @Override
    public void save(StaffAssignment assignment) {
        UUID login = assignment.loginId();
        dsl.insertInto(STAFF_SCOPE)
                .set(STAFF_SCOPE.LOGIN_ID, login)
                .set(STAFF_SCOPE.ALL_FACILITIES, assignment.allFacilities())
                .set(STAFF_SCOPE.CHANGED_AT, clock.instant().atOffset(ZoneOffset.UTC))
                .onConflict(STAFF_SCOPE.LOGIN_ID).doUpdate()
                .set(STAFF_SCOPE.ALL_FACILITIES, assignment.allFacilities())
                .set(STAFF_SCOPE.CHANGED_AT, clock.instant().atOffset(ZoneOffset.UTC))
                .execute();
        dsl.deleteFrom(STAFF_FACILITY).where(STAFF_FACILITY.LOGIN_ID.eq(login)).execute();
        for (FacilityId facility : assignment.facilities()) {
            dsl.insertInto(STAFF_FACILITY).set(STAFF_FACILITY.LOGIN_ID, login)
                    .set(STAFF_FACILITY.FACILITY_ID, facility.value()).execute();
        }
    }
}
