--liquibase formatted sql

--changeset portal:requests-001-schema
-- The requests module's tables come with the requests-workflow issue.
CREATE SCHEMA requests;
