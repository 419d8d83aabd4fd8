--liquibase formatted sql

--changeset portal:platform-003-outbox
-- The persistent outbox (ADR 0020): every e-mail and SMS is a row written in the transaction of the event that
-- causes it, sent after commit by the outbox worker. idempotency_key makes a replayed event enqueue nothing twice.
-- status: PENDING (due at next_attempt_at), SENDING (claimed by a worker until claimed_until: a crashed worker's
-- claim expires and the row is retried), SENT, FAILED (gave up after max attempts or a permanent error).
CREATE SCHEMA platform;
CREATE TABLE platform.outbox (
  id               UUID PRIMARY KEY,
  idempotency_key  VARCHAR(200)  NOT NULL UNIQUE,
  channel          VARCHAR(10)   NOT NULL CHECK (channel IN ('EMAIL', 'SMS')),
  recipient        VARCHAR(320)  NOT NULL,
  subject          VARCHAR(300)  NOT NULL DEFAULT '',
  body             TEXT          NOT NULL,
  reference        VARCHAR(200)  NOT NULL DEFAULT '',
  status           VARCHAR(10)   NOT NULL CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED')),
  attempts         INT           NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  next_attempt_at  TIMESTAMPTZ   NOT NULL,
  claimed_by       VARCHAR(100),
  claimed_until    TIMESTAMPTZ,
  last_error       VARCHAR(1000),
  provider_id      VARCHAR(200),
  created_at       TIMESTAMPTZ   NOT NULL,
  sent_at          TIMESTAMPTZ,
  failed_at        TIMESTAMPTZ,
  CHECK ((status = 'SENDING') = (claimed_until IS NOT NULL))
);
CREATE INDEX outbox_due_idx ON platform.outbox (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX outbox_claimed_idx ON platform.outbox (claimed_until) WHERE status = 'SENDING';
CREATE INDEX outbox_failed_idx ON platform.outbox (failed_at DESC) WHERE status = 'FAILED';
