-- page: réserver (POST)
-- The booking transaction of BookDayService (a parent books a day of a holiday activity, RushSimulation's
-- "réserver"), rolled back so that the city is unchanged: the same reads (activity, its closures and booking
-- period, the enrolment, an active booking of the child that day) and the same writes (reservation INSERT ... ON
-- CONFLICT DO NOTHING, the activity-day row ensured, the capacity UPDATE ... taken < places). The request record and
-- the session's write are left out (pgbench measures what PostgreSQL alone needs for the booking's own SQL).
-- Targets come from bench_booking_target (child, family, activity, weekday of next month), made by city-bench.sh:
--   pgbench -n -M prepared -f booking.sql -D targets=N -c 8 -j 2 -T 20 ...
\set n random(1, :targets)
SELECT child_id, family_id, activity_id, day FROM bench_booking_target WHERE n = :n \gset
BEGIN;
SELECT id, facility_id, name, weekdays, places, booking_mode, booking_rule, booking_count, booking_cut_off
  FROM planning.activity WHERE id = :activity_id;
SELECT id, first_day, last_day FROM planning.closure WHERE facility_id = (SELECT facility_id FROM planning.activity
 WHERE id = :activity_id) AND last_day >= :day AND first_day <= :day;
SELECT id, first_day, last_day, opens_at FROM planning.booking_period WHERE activity_id = :activity_id;
SELECT id, first_day, last_day, regular_weekdays FROM planning.enrolment
 WHERE child_id = :child_id AND activity_id = :activity_id AND first_day <= :day
   AND last_day >= :day;
SELECT id, status FROM planning.reservation WHERE child_id = :child_id AND activity_id = :activity_id
   AND day = :day AND status IN ('CONFIRMED', 'AWAITING_VALIDATION');
INSERT INTO planning.reservation (id, child_id, family_id, activity_id, day, status, origin, created_at, late)
VALUES (gen_random_uuid(), :child_id, :family_id, :activity_id, :day, 'CONFIRMED', 'REQUESTED', now(), false)
ON CONFLICT DO NOTHING;
INSERT INTO planning.activity_day (activity_id, day, places, taken)
SELECT id, CAST(:day AS date), places, 0 FROM planning.activity WHERE id = :activity_id ON CONFLICT DO NOTHING;
UPDATE planning.activity_day SET taken = taken + 1
 WHERE activity_id = :activity_id AND day = :day AND taken < places;
ROLLBACK;
