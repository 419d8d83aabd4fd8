--liquibase formatted sql

--changeset portal:accounts-007-health-data-read
-- Health data is special-category data: every staff read of a child's health data leaves a row here
-- (who, when, which child, where or why). Append-only.
CREATE TABLE accounts.health_data_read (
  id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  read_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  reader    VARCHAR(100) NOT NULL,
  child_id  UUID         NOT NULL,
  purpose   VARCHAR(200) NOT NULL
);
CREATE INDEX health_data_read_child_idx ON accounts.health_data_read (child_id, read_at);
