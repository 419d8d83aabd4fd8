--liquibase formatted sql

--changeset portal:planning-005-booking-periods
-- When the days of an activity open for booking: days first_day..last_day may be booked from opens_at (local
-- time of the municipality, included) and, if closes_at is set, until closes_at (included).
CREATE TABLE planning.booking_period (
  id           UUID PRIMARY KEY,
  activity_id  UUID      NOT NULL REFERENCES planning.activity (id),
  first_day    DATE      NOT NULL,
  last_day     DATE      NOT NULL,
  opens_at     TIMESTAMP NOT NULL,
  closes_at    TIMESTAMP,
  CHECK (last_day >= first_day),
  CHECK (closes_at IS NULL OR closes_at > opens_at)
);
CREATE INDEX booking_period_activity_idx ON planning.booking_period (activity_id, first_day);

--changeset portal:planning-006-school-calendar
-- The municipality's school-holiday zone (one row).
CREATE TABLE planning.calendar_setting (
  id            BOOLEAN    PRIMARY KEY DEFAULT TRUE CHECK (id),
  holiday_zone  VARCHAR(1) NOT NULL CHECK (holiday_zone IN ('A', 'B', 'C'))
);
INSERT INTO planning.calendar_setting (id, holiday_zone) VALUES (TRUE, 'C');

-- School holidays by zone: the days without school, first_day_off..last_day_off (both included).
CREATE TABLE planning.school_holiday (
  id            UUID PRIMARY KEY,
  zone          VARCHAR(1)  NOT NULL CHECK (zone IN ('A', 'B', 'C')),
  name          VARCHAR(20) NOT NULL
                CHECK (name IN ('AUTUMN', 'CHRISTMAS', 'WINTER', 'SPRING', 'ASCENSION_BRIDGE', 'SUMMER')),
  first_day_off DATE        NOT NULL,
  last_day_off  DATE        NOT NULL,
  CHECK (last_day_off >= first_day_off)
);
CREATE INDEX school_holiday_days_idx ON planning.school_holiday (zone, first_day_off);
