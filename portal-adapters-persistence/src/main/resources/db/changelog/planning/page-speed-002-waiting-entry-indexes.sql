--liquibase formatted sql

--changeset page-speed:planning-page-speed-002-waiting-entry-indexes
-- Issue 14: the planning grid reads a child's waiting days of its activities for a month, and "Listes d'attente"
-- a family's entries; the only index led by (activity_id, day), so both scanned every child waiting on those days
-- (a booking rush fills the lists) or the whole table.
CREATE INDEX waiting_entry_child_idx ON planning.waiting_entry (child_id, activity_id, day);
CREATE INDEX waiting_entry_family_idx ON planning.waiting_entry (family_id, day);
