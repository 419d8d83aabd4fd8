--liquibase formatted sql

--changeset page-speed:planning-page-speed-001-set-up-version splitStatements:false
-- The version of the activities' set-up (issue 14, ADR 0036): every statement that changes a facility, an activity,
-- its sessions, a closure or a booking period adds one, in the same transaction. Pages keep the set-up in memory
-- while the version they read is the one they kept it under, so a change made by any instance shows at once.
CREATE TABLE planning.set_up_version (
    id      integer PRIMARY KEY CHECK (id = 1),
    version bigint  NOT NULL
);
INSERT INTO planning.set_up_version (id, version) VALUES (1, 0);

CREATE FUNCTION planning.bump_set_up_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE planning.set_up_version SET version = version + 1 WHERE id = 1;
    RETURN NULL;
END
$$;

CREATE TRIGGER facility_set_up_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON planning.facility
    FOR EACH STATEMENT EXECUTE FUNCTION planning.bump_set_up_version();
CREATE TRIGGER activity_set_up_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON planning.activity
    FOR EACH STATEMENT EXECUTE FUNCTION planning.bump_set_up_version();
CREATE TRIGGER activity_session_set_up_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON planning.activity_session
    FOR EACH STATEMENT EXECUTE FUNCTION planning.bump_set_up_version();
CREATE TRIGGER closure_set_up_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON planning.closure
    FOR EACH STATEMENT EXECUTE FUNCTION planning.bump_set_up_version();
CREATE TRIGGER booking_period_set_up_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON planning.booking_period
    FOR EACH STATEMENT EXECUTE FUNCTION planning.bump_set_up_version();
