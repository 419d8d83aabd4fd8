package org.portailfamille.planning.adapter.out.persistence;

import org.jooq.DSLContext;
import org.portailfamille.planning.FacilityId;
import org.portailfamille.planning.application.port.out.Facilities;
import org.portailfamille.planning.domain.Facility;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

import static org.portailfamille.planning.adapter.out.persistence.jooq.Tables.FACILITY;

@Repository
class JooqFacilities implements Facilities {

    private final DSLContext dsl;

    JooqFacilities(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(Facility facility) {
        dsl.insertInto(FACILITY).set(FACILITY.ID, facility.id().value()).set(FACILITY.NAME, facility.name()).execute();
    }

    @Override
    public Optional<Facility> byId(FacilityId id) {
        return dsl.selectFrom(FACILITY).where(FACILITY.ID.eq(id.value()))
                .fetchOptional(row -> new Facility(new FacilityId(row.getId()), row.getName()));
    }

    @Override
    public List<Facility> all() {
        return dsl.selectFrom(FACILITY).orderBy(FACILITY.NAME)
                .fetch(row -> new Facility(new FacilityId(row.getId()), row.getName()));
    }

    @Override
    public Optional<Facility> byName(String name) {
        return dsl.selectFrom(FACILITY).where(FACILITY.NAME.eq(name.strip()))
                .fetchOptional(row -> new Facility(new FacilityId(row.getId()), row.getName()));
    }

    @Override
    public boolean rename(Facility facility) {
        return dsl.update(FACILITY).set(FACILITY.NAME, facility.name())
                .where(FACILITY.ID.eq(facility.id().value())).execute() == 1;
    }
}
