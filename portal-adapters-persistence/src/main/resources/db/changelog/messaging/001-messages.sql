--liquibase formatted sql

--changeset portal:messaging-001-schema
CREATE SCHEMA messaging;

--changeset portal:messaging-002-message
CREATE TABLE messaging.message (
  id           UUID PRIMARY KEY,
  family_id    UUID          NOT NULL,
  direction    VARCHAR(20)   NOT NULL CHECK (direction IN ('TO_FAMILY', 'FROM_FAMILY')),
  sender_name  VARCHAR(200)  NOT NULL,
  subject      VARCHAR(200)  NOT NULL,
  body         TEXT          NOT NULL,
  sent_at      TIMESTAMPTZ   NOT NULL,
  read_at      TIMESTAMPTZ
);
CREATE INDEX message_family_idx ON messaging.message (family_id, sent_at DESC);
