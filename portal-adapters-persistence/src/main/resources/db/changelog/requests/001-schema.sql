--liquibase formatted sql

--changeset portal:requests-001-schema
-- The requests module's tables come with the requests-workflow issue.
CREATE SCHEMA requests;

--changeset portal:requests-002-request
-- A parent's demand and its decision. changes are for display, payload for the owning module.
CREATE TABLE requests.request (
  id              UUID PRIMARY KEY,
  type            VARCHAR(60)   NOT NULL,
  area            VARCHAR(20)   NOT NULL CHECK (area IN ('ACCOUNT', 'CHILDREN')),
  family_id       UUID,
  child_id        UUID,
  submitted_by    VARCHAR(64)   NOT NULL,
  submitted_at    TIMESTAMPTZ   NOT NULL,
  status          VARCHAR(10)   NOT NULL CHECK (status IN ('PENDING', 'ACCEPTED', 'REFUSED')),
  decided_by      VARCHAR(64),
  decided_at      TIMESTAMPTZ,
  refusal_reason  VARCHAR(1000),
  version         BIGINT        NOT NULL DEFAULT 0,
  CHECK ((status = 'PENDING') = (decided_at IS NULL)),
  CHECK ((status = 'REFUSED') = (refusal_reason IS NOT NULL))
);
CREATE INDEX request_pending_idx ON requests.request (submitted_at) WHERE status = 'PENDING';
CREATE INDEX request_family_idx ON requests.request (family_id, area, submitted_at DESC);

CREATE TABLE requests.request_change (
  request_id  UUID         NOT NULL REFERENCES requests.request (id),
  position    INT          NOT NULL,
  label_key   VARCHAR(100) NOT NULL,
  old_value   TEXT         NOT NULL,
  new_value   TEXT         NOT NULL,
  coded       BOOLEAN      NOT NULL,
  PRIMARY KEY (request_id, position)
);

CREATE TABLE requests.request_payload (
  request_id  UUID         NOT NULL REFERENCES requests.request (id),
  key         VARCHAR(100) NOT NULL,
  value       TEXT         NOT NULL,
  PRIMARY KEY (request_id, key)
);
