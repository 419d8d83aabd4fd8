--liquibase formatted sql

--changeset portal:planning-001-schema
-- The planning module's tables come with the enrolment-planning issue.
CREATE SCHEMA planning;
