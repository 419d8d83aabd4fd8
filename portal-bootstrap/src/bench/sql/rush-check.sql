-- After the rush (RushSimulation): capacity and waiting lists of next month's holiday activities.
-- psql -h localhost -p 15480 -U postgres -f portal-bootstrap/src/bench/sql/rush-check.sql
\echo 'Bookings of the rush (reservations on days of the booking periods):'
SELECT a.name, r.status, count(*) FROM planning.reservation r JOIN planning.activity a ON a.id = r.activity_id
 JOIN planning.booking_period p ON p.activity_id = r.activity_id AND r.day BETWEEN p.first_day AND p.last_day
 GROUP BY a.name, r.status ORDER BY 1, 2;
\echo 'Activity-days over capacity (active bookings > places, or taken <> active bookings): must be none'
SELECT d.activity_id, d.day, d.places, d.taken, count(r.id) AS active
  FROM planning.activity_day d
  LEFT JOIN planning.reservation r ON r.activity_id = d.activity_id AND r.day = d.day
       AND r.status IN ('CONFIRMED', 'AWAITING_VALIDATION')
 GROUP BY d.activity_id, d.day, d.places, d.taken
HAVING count(r.id) > d.places OR count(r.id) <> d.taken;
\echo 'Children waiting on a day that still has a free place (a waiting list out of order): must be none'
SELECT w.activity_id, w.day, count(*) AS waiting, d.places, d.taken
  FROM planning.waiting_entry w JOIN planning.activity_day d ON d.activity_id = w.activity_id AND d.day = w.day
 WHERE d.taken < d.places GROUP BY w.activity_id, w.day, d.places, d.taken;
\echo 'Waiting entries whose arrival order contradicts their arrival time: must be none'
SELECT count(*) AS out_of_order FROM planning.waiting_entry w1 JOIN planning.waiting_entry w2
    ON w1.activity_id = w2.activity_id AND w1.day = w2.day AND w1.arrival < w2.arrival AND w1.arrived_at > w2.arrived_at;
\echo 'A child both booked and waiting for the same day: must be none'
SELECT count(*) AS booked_and_waiting FROM planning.waiting_entry w JOIN planning.reservation r
    ON r.activity_id = w.activity_id AND r.day = w.day AND r.child_id = w.child_id
   AND r.status IN ('CONFIRMED', 'AWAITING_VALIDATION');
\echo 'Summary: full days, waiting entries'
SELECT count(*) FILTER (WHERE d.taken = d.places) AS full_days, count(*) AS days_with_bookings,
       (SELECT count(*) FROM planning.waiting_entry) AS waiting_entries
  FROM planning.activity_day d JOIN planning.booking_period p ON p.activity_id = d.activity_id
   AND d.day BETWEEN p.first_day AND p.last_day;
