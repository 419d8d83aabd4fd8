--liquibase formatted sql

--changeset pay-online:billing-pay-online-001-operations
-- Online payment operations (ADR 0027): one invoice per operation, several chained in a journey. The database decides
-- what must happen once: at most one open operation per invoice (the invoice is "en cours" meanwhile), one provider
-- operation id, one payment per operation; state changes are conditional updates on the expected state.
CREATE TABLE billing.online_payment (
  id                     UUID PRIMARY KEY,
  journey_id             UUID          NOT NULL,
  position               INT           NOT NULL CHECK (position >= 0),
  family_id              UUID          NOT NULL,
  regie_id               UUID          NOT NULL REFERENCES billing.regie (id),
  invoice_id             UUID          NOT NULL REFERENCES billing.invoice (id),
  invoice_number         VARCHAR(30)   NOT NULL,
  amount                 NUMERIC(12,2) NOT NULL CHECK (amount > 0),
  state                  VARCHAR(10)   NOT NULL
    CHECK (state IN ('CREATED', 'PENDING', 'PAID', 'REFUSED', 'ABANDONED', 'EXPIRED')),
  provider_operation_id  VARCHAR(64)   UNIQUE,
  created_at             TIMESTAMPTZ   NOT NULL,
  updated_at             TIMESTAMPTZ   NOT NULL,
  payment_id             UUID          UNIQUE REFERENCES billing.payment (id),
  transaction_number     VARCHAR(64),
  UNIQUE (journey_id, position),
  CHECK ((state = 'PAID') = (payment_id IS NOT NULL)),
  CHECK (state IN ('CREATED', 'EXPIRED') OR provider_operation_id IS NOT NULL)
);
CREATE UNIQUE INDEX online_payment_one_open_per_invoice_idx ON billing.online_payment (invoice_id)
  WHERE state IN ('CREATED', 'PENDING');
CREATE INDEX online_payment_family_idx ON billing.online_payment (family_id, created_at);
CREATE INDEX online_payment_open_idx ON billing.online_payment (created_at) WHERE state IN ('CREATED', 'PENDING');
