-- page: 32s file des demandes
-- GET /gestion/demandes (agent01, a member of staff of every facility): the statements QueriesPerPageTest captures:
-- the count of pending requests, the first page of them (50, oldest first), their changes and payloads, then the
-- families of the page in one statement (ADR 0044; before, one lookup per pending request).
-- The request ids the page binds (IN (?, …)) are written as the subquery that gives them.
-- What every request also pays: Spring Session's read of the session (a random id: the same index lookup), then
-- the lookup of the login by username stands in for the PortalUser the session holds; the footer is kept in memory.
\set s random(1, 1000000000)
SELECT s.primary_id, s.session_id, s.creation_time, s.last_access_time, s.max_inactive_interval, sa.attribute_name, sa.attribute_bytes FROM spring_session s LEFT JOIN spring_session_attributes sa ON s.primary_id = sa.session_primary_id WHERE s.session_id = md5(:s::text);
SELECT id FROM accounts.login WHERE username = 'agent01' \gset
select count(*) from requests.request where requests.request.status = 'PENDING';
select requests.request.id, requests.request.type, requests.request.area, requests.request.family_id, requests.request.child_id, requests.request.submitted_by, requests.request.submitted_at, requests.request.status, requests.request.decided_by, requests.request.decided_at, requests.request.refusal_reason, requests.request.version from requests.request where requests.request.status = 'PENDING' order by requests.request.submitted_at, requests.request.id limit 50 offset 0;
select requests.request_change.request_id, requests.request_change.position, requests.request_change.label_key, requests.request_change.old_value, requests.request_change.new_value, requests.request_change.coded from requests.request_change where requests.request_change.request_id in (select id from requests.request where status = 'PENDING' order by submitted_at, id limit 50) order by requests.request_change.request_id, requests.request_change.position;
select requests.request_payload.request_id, requests.request_payload.key, requests.request_payload.value from requests.request_payload where requests.request_payload.request_id in (select id from requests.request where status = 'PENDING' order by submitted_at, id limit 50);
select accounts.family.*, accounts.partner.* from accounts.family left outer join accounts.partner on accounts.partner.family_id = accounts.family.id where accounts.family.id in (select family_id from requests.request where id in (select id from requests.request where status = 'PENDING' order by submitted_at, id limit 50));
