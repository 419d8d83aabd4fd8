--liquibase formatted sql

--changeset seasons-grid:planning-activity-season
-- When an activity is offered over the school year (ADR 0030): all year, term time only, school holidays only, or
-- dated sessions (listed in activity_session). Existing activities stay offered all year.
ALTER TABLE planning.activity ADD COLUMN season VARCHAR(20) NOT NULL DEFAULT 'ALL_YEAR'
  CONSTRAINT activity_season_check CHECK (season IN ('ALL_YEAR', 'TERM_TIME', 'SCHOOL_HOLIDAYS', 'DATED_SESSIONS'));
CREATE TABLE planning.activity_session (
  activity_id UUID NOT NULL REFERENCES planning.activity (id) ON DELETE CASCADE,
  first_day   DATE NOT NULL,
  last_day    DATE NOT NULL,
  PRIMARY KEY (activity_id, first_day),
  CHECK (last_day >= first_day)
);

--changeset seasons-grid:planning-offer-withdrawn
-- A pending place offer of a day staff closed is withdrawn (nobody can book a closed day).
ALTER TABLE planning.place_offer DROP CONSTRAINT place_offer_status_check;
ALTER TABLE planning.place_offer ADD CONSTRAINT place_offer_status_check
  CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN'));
