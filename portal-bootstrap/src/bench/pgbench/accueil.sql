-- page: 32s Accueil
-- GET /famille/accueil: the 7 statements QueriesPerPageTest captures (family, balance, unpaid invoices, banner).
-- Family: \set n random(1, 2500) picks one of the city's parents with a login (CityFiller: parent00001…parent02500,
-- ADR 0035); its family (and child) are looked up from the login (the nearest login at or below parent<n>, so
-- that a smaller city, e.g. 300 families, works too: there the picks crowd on its last parent), no setup table.
-- What every request also pays, written here as the portal runs it: Spring Session's read of the session row and
-- its attributes (a random id: the same index lookup, no row), then the lookup of the family by login stands in
-- for the logged-in PortalUser the session holds. The footer's contacts are kept in memory (ADR 0036): not run.
-- Dates: the page binds today / the month in Java; here current_date (same plans).
-- Lists of ids the page binds from a previous result (IN (?, ?, …)) are written as the subquery that gives them
-- (pgbench keeps one row per \gset).
\set s random(1, 1000000000)
SELECT s.primary_id, s.session_id, s.creation_time, s.last_access_time, s.max_inactive_interval, sa.attribute_name, sa.attribute_bytes FROM spring_session s LEFT JOIN spring_session_attributes sa ON s.primary_id = sa.session_primary_id WHERE s.session_id = md5(:s::text);
\set n random(1, 2500)
SELECT family_id FROM accounts.login WHERE username BETWEEN 'parent00001' AND 'parent' || lpad(CAST(:n AS text), 5, '0') ORDER BY username DESC LIMIT 1 \gset
select accounts.family.*, accounts.partner.* from accounts.family left outer join accounts.partner on accounts.partner.family_id = accounts.family.id where accounts.family.id = cast(:family_id as uuid);
select billing.invoice.id, billing.invoice.regie_id, billing.invoice.family_id, billing.invoice.number, billing.invoice.issue_date, billing.invoice.due_date, billing.invoice.period_start, billing.invoice.period_end, billing.invoice.amount, billing.invoice.credited_invoice_id, billing.invoice.run_id from billing.invoice where billing.invoice.family_id = cast(:family_id as uuid) order by billing.invoice.issue_date, billing.invoice.id;
select billing.payment.id, billing.payment.regie_id, billing.payment.family_id, billing.payment.number, billing.payment.payment_date, billing.payment.method, billing.payment.amount, billing.payment.invoice_id, billing.payment.reference from billing.payment where billing.payment.family_id = cast(:family_id as uuid) order by billing.payment.payment_date, billing.payment.id;
select billing.payment_cancellation.id, billing.payment_cancellation.payment_id, billing.payment_cancellation.number, billing.payment_cancellation.cancel_date, billing.payment_cancellation.reason from billing.payment_cancellation where billing.payment_cancellation.payment_id in (select id from billing.payment where family_id = cast(:family_id as uuid));
select billing.allocation.id, billing.allocation.credit_id, billing.allocation.invoice_id, billing.allocation.amount, billing.allocation.created_at from billing.allocation where billing.allocation.invoice_id in (select id from billing.invoice where family_id = cast(:family_id as uuid)) order by billing.allocation.id;
select coalesce(sum((billing.ledger_entry.debit - billing.ledger_entry.credit)), 0) from billing.ledger_entry where (billing.ledger_entry.family_id = cast(:family_id as uuid) and billing.ledger_entry.entry_date <= current_date);
-- the banner's unread messages (layout)
select count(*) as c from (select messaging.message.id from messaging.message join messaging.conversation on messaging.conversation.id = messaging.message.conversation_id where (messaging.message.family_id = cast(:family_id as uuid) and messaging.message.direction = 'TO_FAMILY' and messaging.message.read_at is null and messaging.conversation.family_deleted_at is null)) as t (v0);
