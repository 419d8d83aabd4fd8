--liquibase formatted sql

--changeset invoicing:planning-invoicing-001-family-indexes
-- Issue 14 (ADR 0041): billing's invoicing run reads the facts of a chunk of families for a month; attendance and
-- absences had no index led by the family, so each chunk scanned the month's whole register (a city's run: 100
-- chunks of the month's 270,000 attendance rows).
CREATE INDEX attendance_family_idx ON planning.attendance (family_id, day);
CREATE INDEX absence_family_idx ON planning.absence (family_id, day);
