--liquibase formatted sql

--changeset pay-sepa:billing-direct-debit-files
-- SEPA direct-debit files (pain.008, kept to be downloaded again) and the invoices each collects.
CREATE TABLE billing.direct_debit_file (
  id                UUID          PRIMARY KEY,
  regie_id          UUID          NOT NULL REFERENCES billing.regie (id),
  billing_month     DATE          NOT NULL,
  message_id        VARCHAR(35)   NOT NULL UNIQUE,
  collection_date   DATE          NOT NULL,
  created_at        TIMESTAMP     NOT NULL,
  created_by        VARCHAR(100)  NOT NULL,
  transaction_count INTEGER       NOT NULL CHECK (transaction_count > 0),
  control_sum       NUMERIC(12,2) NOT NULL CHECK (control_sum > 0),
  content           BYTEA         NOT NULL
);

CREATE TABLE billing.direct_debit_collection (
  id               UUID          PRIMARY KEY,
  file_id          UUID          NOT NULL REFERENCES billing.direct_debit_file (id),
  invoice_id       UUID          NOT NULL REFERENCES billing.invoice (id),
  invoice_number   VARCHAR(30)   NOT NULL,
  family_id        UUID          NOT NULL,
  regie_id         UUID          NOT NULL REFERENCES billing.regie (id),
  rum              VARCHAR(35)   NOT NULL,
  sequence_type    VARCHAR(4)    NOT NULL CHECK (sequence_type IN ('FRST', 'RCUR')),
  amount           NUMERIC(12,2) NOT NULL CHECK (amount > 0),
  end_to_end_id    VARCHAR(35)   NOT NULL UNIQUE,
  payment_id       UUID          NOT NULL UNIQUE REFERENCES billing.payment (id),
  collection_date  DATE          NOT NULL,
  rejected_on      DATE,
  reject_reason    VARCHAR(4),
  CHECK ((rejected_on IS NULL) = (reject_reason IS NULL))
);
-- an invoice is in at most one collection that was not rejected: it is never exported twice
CREATE UNIQUE INDEX direct_debit_collection_open_idx ON billing.direct_debit_collection (invoice_id)
  WHERE rejected_on IS NULL;
CREATE INDEX direct_debit_collection_file_idx ON billing.direct_debit_collection (file_id);
