--liquibase formatted sql

--changeset portal:planning-008-late-bookings
-- A day staff booked for a family after the families' booking deadline of that day had passed (families cannot):
-- a late booking, which billing may surcharge. Earlier rows cannot be told apart and stay not late.
ALTER TABLE planning.reservation ADD COLUMN late BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE planning.reservation ADD CONSTRAINT reservation_late_by_staff_check CHECK (NOT late OR origin = 'STAFF');
