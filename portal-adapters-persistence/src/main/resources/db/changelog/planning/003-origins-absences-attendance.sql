--liquibase formatted sql

--changeset portal:planning-005-reservation-origin-and-refusal
-- How a reservation came to be (asked, regular day, place offer, staff) and the REFUSED status (staff turned a
-- validated-by-staff booking down; it takes no place but stays visible to the family). decided_at: when staff
-- confirmed or refused it.
ALTER TABLE planning.reservation ADD COLUMN origin VARCHAR(20) NOT NULL DEFAULT 'REQUESTED'
  CHECK (origin IN ('REQUESTED', 'REGULAR', 'PLACE_OFFER', 'STAFF'));
ALTER TABLE planning.reservation ADD COLUMN decided_at TIMESTAMPTZ;
ALTER TABLE planning.reservation DROP CONSTRAINT reservation_status_check;
ALTER TABLE planning.reservation ADD CONSTRAINT reservation_status_check
  CHECK (status IN ('CONFIRMED', 'AWAITING_VALIDATION', 'CANCELLED', 'REFUSED'));
DROP INDEX planning.reservation_one_active_idx;
CREATE UNIQUE INDEX reservation_one_active_idx ON planning.reservation (child_id, activity_id, day)
  WHERE status IN ('CONFIRMED', 'AWAITING_VALIDATION');
CREATE INDEX reservation_child_idx ON planning.reservation (child_id, day);
CREATE INDEX reservation_awaiting_idx ON planning.reservation (day) WHERE status = 'AWAITING_VALIDATION';

--changeset portal:planning-006-absences
-- An absence declared by a family for a booked day; a medical reason needs a certificate (certificate_id, whose
-- file lives outside the web folder). One absence per child, activity and day.
CREATE TABLE planning.absence (
  id              UUID PRIMARY KEY,
  child_id        UUID         NOT NULL,
  family_id       UUID         NOT NULL,
  activity_id     UUID         NOT NULL REFERENCES planning.activity (id),
  day             DATE         NOT NULL,
  reason          VARCHAR(20)  NOT NULL
                  CHECK (reason IN ('ILLNESS', 'HOSPITALISATION', 'PERSONAL', 'FAMILY_EVENT', 'OTHER')),
  comment         VARCHAR(500) NOT NULL DEFAULT '',
  certificate_id  UUID,
  status          VARCHAR(10)  NOT NULL CHECK (status IN ('PENDING', 'EXCUSED', 'BILLED')),
  declared_at     TIMESTAMPTZ  NOT NULL,
  decided_at      TIMESTAMPTZ,
  UNIQUE (child_id, activity_id, day),
  CHECK ((status = 'PENDING') = (decided_at IS NULL)),
  CHECK (reason NOT IN ('ILLNESS', 'HOSPITALISATION') OR certificate_id IS NOT NULL)
);
CREATE INDEX absence_child_idx ON planning.absence (child_id, day);
CREATE INDEX absence_day_idx ON planning.absence (activity_id, day);
CREATE INDEX absence_pending_idx ON planning.absence (day) WHERE status = 'PENDING';

--changeset portal:planning-007-attendance
-- The daily register: one line per child, activity and day; outcome is what the mark means for the family and
-- for billing.
CREATE TABLE planning.attendance (
  child_id     UUID         NOT NULL,
  family_id    UUID         NOT NULL,
  activity_id  UUID         NOT NULL REFERENCES planning.activity (id),
  day          DATE         NOT NULL,
  mark         VARCHAR(10)  NOT NULL CHECK (mark IN ('PRESENT', 'ABSENT')),
  booked       BOOLEAN      NOT NULL,
  outcome      VARCHAR(30)  NOT NULL
               CHECK (outcome IN ('PRESENT_ON_BOOKING', 'PRESENT_WITHOUT_BOOKING', 'ABSENT_EXCUSED', 'ABSENT_BILLED')),
  recorded_by  VARCHAR(100) NOT NULL,
  recorded_at  TIMESTAMPTZ  NOT NULL,
  PRIMARY KEY (activity_id, day, child_id)
);
CREATE INDEX attendance_child_idx ON planning.attendance (child_id, day);
