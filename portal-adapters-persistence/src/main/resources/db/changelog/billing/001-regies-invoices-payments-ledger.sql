--liquibase formatted sql

--changeset portal:billing-001-schema
CREATE SCHEMA billing;

--changeset portal:billing-002-tables
CREATE TABLE billing.regie (
  id                   UUID PRIMARY KEY,
  name                 VARCHAR(200) NOT NULL,
  prefix               VARCHAR(6)   NOT NULL UNIQUE,
  next_invoice_number  BIGINT       NOT NULL CHECK (next_invoice_number > 0),
  next_payment_number  BIGINT       NOT NULL CHECK (next_payment_number > 0)
);

CREATE TABLE billing.invoice (
  id             UUID PRIMARY KEY,
  regie_id       UUID          NOT NULL REFERENCES billing.regie (id),
  family_id      UUID          NOT NULL,
  number         VARCHAR(30)   NOT NULL UNIQUE,
  issue_date     DATE          NOT NULL,
  due_date       DATE          NOT NULL,
  period_start   DATE          NOT NULL,
  period_end     DATE          NOT NULL,
  amount         NUMERIC(12,2) NOT NULL CHECK (amount > 0),
  CHECK (due_date >= issue_date),
  CHECK (period_end >= period_start)
);
CREATE INDEX invoice_family_idx ON billing.invoice (family_id, issue_date);

CREATE TABLE billing.payment (
  id             UUID PRIMARY KEY,
  regie_id       UUID          NOT NULL REFERENCES billing.regie (id),
  family_id      UUID          NOT NULL,
  number         VARCHAR(30)   NOT NULL UNIQUE,
  payment_date   DATE          NOT NULL,
  method         VARCHAR(20)   NOT NULL,
  amount         NUMERIC(12,2) NOT NULL CHECK (amount > 0),
  invoice_id     UUID          NOT NULL REFERENCES billing.invoice (id)
);
CREATE INDEX payment_invoice_idx ON billing.payment (invoice_id);
CREATE INDEX payment_family_idx ON billing.payment (family_id, payment_date);

-- The family ledger: append-only, one debit or one credit per line; balances are sums over it.
CREATE TABLE billing.ledger_entry (
  id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  family_id        UUID          NOT NULL,
  regie_id         UUID          NOT NULL REFERENCES billing.regie (id),
  entry_date       DATE          NOT NULL,
  operation_number VARCHAR(30)   NOT NULL,
  debit            NUMERIC(12,2) NOT NULL DEFAULT 0 CHECK (debit >= 0),
  credit           NUMERIC(12,2) NOT NULL DEFAULT 0 CHECK (credit >= 0),
  recorded_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
  CHECK ((debit > 0) <> (credit > 0))
);
CREATE INDEX ledger_entry_family_idx ON billing.ledger_entry (family_id, entry_date);

--changeset portal:billing-003-ledger-append-only splitStatements:false
CREATE FUNCTION billing.forbid_ledger_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'billing.ledger_entry is append-only';
END;
$$;
CREATE TRIGGER ledger_entry_append_only
  BEFORE UPDATE OR DELETE ON billing.ledger_entry
  FOR EACH ROW EXECUTE FUNCTION billing.forbid_ledger_change();
