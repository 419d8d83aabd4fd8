--liquibase formatted sql

--changeset staff-acting:planning-staff-actions-001
-- What staff did on a family's planning on its behalf (booked, cancelled a day, declared an absence): who, when,
-- and whether the families' deadline was overridden, with the reason given (ADR 0032). Append-only.
CREATE TABLE planning.staff_action (
  id                   UUID PRIMARY KEY,
  family_id            UUID         NOT NULL,
  child_id             UUID         NOT NULL,
  activity_id          UUID         NOT NULL REFERENCES planning.activity (id),
  day                  DATE         NOT NULL,
  kind                 VARCHAR(20)  NOT NULL CHECK (kind IN ('BOOKED', 'CANCELLED', 'ABSENCE_DECLARED')),
  staff_login          VARCHAR(100) NOT NULL,
  staff_name           VARCHAR(200) NOT NULL,
  deadline_overridden  BOOLEAN      NOT NULL,
  reason               VARCHAR(300) NOT NULL DEFAULT '',
  acted_at             TIMESTAMPTZ  NOT NULL,
  CHECK (NOT deadline_overridden OR reason <> '')
);
CREATE INDEX staff_action_child_idx ON planning.staff_action (child_id, day);
CREATE INDEX place_offer_activity_day_idx ON planning.place_offer (activity_id, day);
