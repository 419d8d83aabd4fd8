--liquibase formatted sql

--changeset portal:planning-002-facilities-and-activities
-- Facilities (structures) and the activities (prestations) they run.
CREATE TABLE planning.facility (
  id    UUID PRIMARY KEY,
  name  VARCHAR(200) NOT NULL UNIQUE
);

-- A deadline rule is stored as its parameters: kind, how many days/weeks/months before, the weekday (1 = Monday)
-- or day of month it falls on, its cut-off time (the second of the day, 86400 for "avant minuit", the last moment
-- of the day), and for DAYS_BEFORE which days are not counted (weekdays as a bit mask, bit 0 = Monday, never all
-- seven). Weekdays an activity runs on are a bit mask too.
CREATE TABLE planning.activity (
  id                           UUID PRIMARY KEY,
  facility_id                  UUID         NOT NULL REFERENCES planning.facility (id),
  regie_id                     UUID         NOT NULL, -- billing.regie, referenced by id only
  name                         VARCHAR(200) NOT NULL,
  weekdays                     SMALLINT     NOT NULL CHECK (weekdays BETWEEN 1 AND 127),
  places                       INT          NOT NULL CHECK (places >= 1),
  alert_threshold              INT          NOT NULL CHECK (alert_threshold >= 0),
  booking_mode                 VARCHAR(20)  NOT NULL
                               CHECK (booking_mode IN ('CONFIRMED_AT_ONCE', 'VALIDATED_BY_STAFF')),
  booking_rule                 VARCHAR(30)  NOT NULL
                               CHECK (booking_rule IN ('DAYS_BEFORE', 'WEEKDAY_OF_EARLIER_WEEK', 'DAY_OF_EARLIER_MONTH')),
  booking_count                SMALLINT     NOT NULL CHECK (booking_count BETWEEN 0 AND 366),
  booking_day                  SMALLINT     NOT NULL DEFAULT 0 CHECK (booking_day BETWEEN 0 AND 31),
  booking_cut_off              INT          NOT NULL CHECK (booking_cut_off BETWEEN 0 AND 86400),
  booking_skipped_weekdays     SMALLINT     NOT NULL DEFAULT 0 CHECK (booking_skipped_weekdays BETWEEN 0 AND 126),
  booking_skip_public_holidays BOOLEAN      NOT NULL DEFAULT FALSE,
  booking_skip_closures        BOOLEAN      NOT NULL DEFAULT FALSE,
  cancellation                 VARCHAR(20)  NOT NULL
                               CHECK (cancellation IN ('SAME_AS_BOOKING', 'NOT_ALLOWED', 'OWN_DEADLINE')),
  cancel_rule                  VARCHAR(30)
                               CHECK (cancel_rule IN ('DAYS_BEFORE', 'WEEKDAY_OF_EARLIER_WEEK', 'DAY_OF_EARLIER_MONTH')),
  cancel_count                 SMALLINT     CHECK (cancel_count BETWEEN 0 AND 366),
  cancel_day                   SMALLINT     CHECK (cancel_day BETWEEN 0 AND 31),
  cancel_cut_off               INT          CHECK (cancel_cut_off BETWEEN 0 AND 86400),
  cancel_skipped_weekdays      SMALLINT     CHECK (cancel_skipped_weekdays BETWEEN 0 AND 126),
  cancel_skip_public_holidays  BOOLEAN,
  cancel_skip_closures         BOOLEAN,
  CHECK ((cancellation = 'OWN_DEADLINE') = (cancel_rule IS NOT NULL AND cancel_count IS NOT NULL
         AND cancel_day IS NOT NULL AND cancel_cut_off IS NOT NULL AND cancel_skipped_weekdays IS NOT NULL
         AND cancel_skip_public_holidays IS NOT NULL AND cancel_skip_closures IS NOT NULL))
);
CREATE INDEX activity_facility_idx ON planning.activity (facility_id);

-- Closures of a whole facility (activity_id null) or of one activity.
CREATE TABLE planning.closure (
  id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  facility_id  UUID         NOT NULL REFERENCES planning.facility (id),
  activity_id  UUID         REFERENCES planning.activity (id),
  first_day    DATE         NOT NULL,
  last_day     DATE         NOT NULL,
  reason       VARCHAR(20)  NOT NULL CHECK (reason IN ('STRIKE', 'WORKS', 'BRIDGE_DAY', 'OTHER')),
  details      VARCHAR(500) NOT NULL DEFAULT '',
  CHECK (last_day >= first_day)
);
CREATE INDEX closure_facility_idx ON planning.closure (facility_id);

--changeset portal:planning-003-enrolments-and-reservations
-- A child enrolled in an activity for a period; regular_weekdays (bit mask, 0 = none) are the days it comes
-- every week. Children and families live in the accounts module, referenced by id only.
CREATE TABLE planning.enrolment (
  id                UUID PRIMARY KEY,
  child_id          UUID     NOT NULL,
  family_id         UUID     NOT NULL,
  activity_id       UUID     NOT NULL REFERENCES planning.activity (id),
  first_day         DATE     NOT NULL,
  last_day          DATE     NOT NULL,
  regular_weekdays  SMALLINT NOT NULL DEFAULT 0 CHECK (regular_weekdays BETWEEN 0 AND 127),
  CHECK (last_day >= first_day)
);
CREATE INDEX enrolment_child_idx ON planning.enrolment (child_id, activity_id);
CREATE INDEX enrolment_family_idx ON planning.enrolment (family_id);

-- The places of one day of an activity. The database decides capacity: a place is taken by
-- UPDATE … SET taken = taken + 1 WHERE taken < places, and the CHECK makes overbooking impossible whatever the
-- code does. A place is taken by an active reservation or held by a pending place offer.
CREATE TABLE planning.activity_day (
  activity_id  UUID NOT NULL REFERENCES planning.activity (id),
  day          DATE NOT NULL,
  places       INT  NOT NULL CHECK (places >= 1),
  taken        INT  NOT NULL DEFAULT 0,
  PRIMARY KEY (activity_id, day),
  CHECK (taken >= 0 AND taken <= places)
);

-- A child booked on a day. At most one active (not cancelled) reservation per child, activity and day:
-- the same booking posted twice has one effect.
CREATE TABLE planning.reservation (
  id            UUID PRIMARY KEY,
  child_id      UUID        NOT NULL,
  family_id     UUID        NOT NULL,
  activity_id   UUID        NOT NULL REFERENCES planning.activity (id),
  day           DATE        NOT NULL,
  status        VARCHAR(20) NOT NULL CHECK (status IN ('CONFIRMED', 'AWAITING_VALIDATION', 'CANCELLED')),
  created_at    TIMESTAMPTZ NOT NULL,
  cancelled_at  TIMESTAMPTZ,
  CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL))
);
CREATE UNIQUE INDEX reservation_one_active_idx ON planning.reservation (child_id, activity_id, day)
  WHERE status <> 'CANCELLED';
CREATE INDEX reservation_day_idx ON planning.reservation (activity_id, day);
CREATE INDEX reservation_family_idx ON planning.reservation (family_id, day);

--changeset portal:planning-004-waiting-lists-and-offers
-- Children waiting for a place on a full day, first come, first served (arrived_at, then arrival number).
CREATE TABLE planning.waiting_entry (
  arrival      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  activity_id  UUID        NOT NULL REFERENCES planning.activity (id),
  day          DATE        NOT NULL,
  child_id     UUID        NOT NULL,
  family_id    UUID        NOT NULL,
  arrived_at   TIMESTAMPTZ NOT NULL,
  UNIQUE (activity_id, day, child_id)
);

-- A freed place offered to the first child waiting; the place stays taken (activity_day) while it is pending.
CREATE TABLE planning.place_offer (
  id           UUID PRIMARY KEY,
  activity_id  UUID        NOT NULL REFERENCES planning.activity (id),
  day          DATE        NOT NULL,
  child_id     UUID        NOT NULL,
  family_id    UUID        NOT NULL,
  offered_at   TIMESTAMPTZ NOT NULL,
  expires_at   TIMESTAMPTZ NOT NULL,
  status       VARCHAR(20) NOT NULL CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED', 'EXPIRED')),
  decided_at   TIMESTAMPTZ,
  CHECK (expires_at > offered_at)
);
CREATE UNIQUE INDEX place_offer_one_pending_idx ON planning.place_offer (activity_id, day, child_id)
  WHERE status = 'PENDING';
CREATE INDEX place_offer_family_idx ON planning.place_offer (family_id, status);
