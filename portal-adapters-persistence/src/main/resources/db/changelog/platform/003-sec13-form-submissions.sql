--liquibase formatted sql

--changeset sec13:platform-004-form-submissions
-- Issue 13, finding 2: one row per submitted form (its submission key, a random id put in every rendered form). The
-- first request of a key inserts it and runs; a second one (double click, concurrent retry) finds it and is sent to
-- the first one's result (location) instead of doing the work again. Rows older than a day are removed.
CREATE TABLE platform.form_submission (
  submission_key  VARCHAR(64)   PRIMARY KEY,
  owner           VARCHAR(320)  NOT NULL,
  location        VARCHAR(2000),
  created_at      TIMESTAMPTZ   NOT NULL
);
CREATE INDEX form_submission_created_at ON platform.form_submission (created_at);
