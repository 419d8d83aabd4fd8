-- page: 32s Boîte de réception
-- GET /famille/messages: the 4 statements QueriesPerPageTest captures (conversations, their messages and
-- attachments, banner).
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
select messaging.conversation.id, messaging.conversation.family_id, messaging.conversation.facility_id, messaging.conversation.subject, messaging.conversation.origin, messaging.conversation.link, messaging.conversation.started_at, messaging.conversation.last_message_at, messaging.conversation.family_deleted_at, messaging.conversation.assigned_to, messaging.conversation.assigned_name, messaging.conversation.handled_at from messaging.conversation where messaging.conversation.family_id = cast(:family_id as uuid) order by messaging.conversation.last_message_at desc;
select messaging.message.id, messaging.message.family_id, messaging.message.direction, messaging.message.sender_name, messaging.message.subject, messaging.message.body, messaging.message.sent_at, messaging.message.read_at, messaging.message.conversation_id from messaging.message where messaging.message.conversation_id in (select id from messaging.conversation where family_id = cast(:family_id as uuid)) order by messaging.message.sent_at, messaging.message.id;
select messaging.attachment.*, messaging.message.conversation_id from messaging.attachment join messaging.message on messaging.message.id = messaging.attachment.message_id where messaging.message.conversation_id in (select id from messaging.conversation where family_id = cast(:family_id as uuid)) order by messaging.attachment.uploaded_at, messaging.attachment.id;
-- the banner's unread messages (layout)
select count(*) as c from (select messaging.message.id from messaging.message join messaging.conversation on messaging.conversation.id = messaging.message.conversation_id where (messaging.message.family_id = cast(:family_id as uuid) and messaging.message.direction = 'TO_FAMILY' and messaging.message.read_at is null and messaging.conversation.family_deleted_at is null)) as t (v0);
