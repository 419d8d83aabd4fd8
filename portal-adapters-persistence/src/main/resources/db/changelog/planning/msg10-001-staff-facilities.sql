--liquibase formatted sql

--changeset msg10:planning-msg10-001-staff-facilities
-- Which facilities a member of staff works for (ADR 0025). login_id is an accounts login (no cross-schema key).
-- all_facilities: an administrator, "tous les sites" (every facility and the municipality's desk). A staff login
-- without a row sees no facility until an administrator assigns one.
CREATE TABLE planning.staff_scope (
  login_id        UUID PRIMARY KEY,
  all_facilities  BOOLEAN     NOT NULL,
  changed_at      TIMESTAMPTZ NOT NULL
);
CREATE TABLE planning.staff_facility (
  login_id     UUID NOT NULL REFERENCES planning.staff_scope (login_id) ON DELETE CASCADE,
  facility_id  UUID NOT NULL REFERENCES planning.facility (id),
  PRIMARY KEY (login_id, facility_id)
);
CREATE INDEX staff_facility_facility_idx ON planning.staff_facility (facility_id);
