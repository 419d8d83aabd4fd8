--liquibase formatted sql

--changeset portal:billing-005-tariffs
-- Tariffs of planning activities (referenced by id only): unit, quantity a day counts, validity, surcharges.
-- Brackets: from quotient_from (included) to the next one; a flat tariff has one bracket from 0.
CREATE TABLE billing.tariff (
  id                    UUID PRIMARY KEY,
  activity_id           UUID          NOT NULL,
  label                 VARCHAR(200)  NOT NULL,
  unit                  VARCHAR(10)   NOT NULL CHECK (unit IN ('DAY', 'HALF_DAY', 'MEAL', 'HOUR')),
  quantity_per_day      NUMERIC(6,2)  NOT NULL CHECK (quantity_per_day > 0),
  valid_from            DATE          NOT NULL,
  valid_to              DATE,
  late_booking_percent  NUMERIC(6,2)  NOT NULL DEFAULT 0 CHECK (late_booking_percent >= 0),
  no_booking_surcharge  NUMERIC(12,2) NOT NULL DEFAULT 0 CHECK (no_booking_surcharge >= 0),
  CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX tariff_activity_idx ON billing.tariff (activity_id, valid_from);

CREATE TABLE billing.tariff_bracket (
  tariff_id      UUID          NOT NULL REFERENCES billing.tariff (id),
  quotient_from  NUMERIC(10,2) NOT NULL CHECK (quotient_from >= 0),
  price          NUMERIC(12,2) NOT NULL CHECK (price >= 0),
  PRIMARY KEY (tariff_id, quotient_from)
);

-- The billing effect of an absence or presence reason (a reason not listed is billed).
CREATE TABLE billing.tariff_reason_effect (
  tariff_id    UUID          NOT NULL REFERENCES billing.tariff (id),
  reason_code  VARCHAR(30)   NOT NULL,
  effect       VARCHAR(15)   NOT NULL CHECK (effect IN ('NOT_BILLED', 'BILLED', 'FIXED_AMOUNT')),
  amount       NUMERIC(12,2) NOT NULL DEFAULT 0 CHECK (amount >= 0),
  PRIMARY KEY (tariff_id, reason_code)
);

--changeset portal:billing-006-invoicing-runs
-- An invoicing run of a régie for a month: DRAFT (preview) → ISSUING (the background job works it, chunk by chunk,
-- holding the row with FOR UPDATE SKIP LOCKED) → ISSUED; or DISCARDED. At most one open run per régie and month.
CREATE TABLE billing.invoicing_run (
  id                   UUID PRIMARY KEY,
  regie_id             UUID          NOT NULL REFERENCES billing.regie (id),
  month                DATE          NOT NULL CHECK (EXTRACT(DAY FROM month) = 1),
  status               VARCHAR(10)   NOT NULL CHECK (status IN ('DRAFT', 'ISSUING', 'ISSUED', 'DISCARDED')),
  created_by           VARCHAR(100)  NOT NULL,
  created_at           TIMESTAMPTZ   NOT NULL,
  issue_date           DATE,
  due_date             DATE,
  families_total       INT           NOT NULL DEFAULT 0,
  families_done        INT           NOT NULL DEFAULT 0,
  invoices_issued      INT           NOT NULL DEFAULT 0,
  credit_notes_issued  INT           NOT NULL DEFAULT 0,
  total_invoiced       NUMERIC(14,2) NOT NULL DEFAULT 0,
  total_credited       NUMERIC(14,2) NOT NULL DEFAULT 0,
  CHECK ((status IN ('ISSUING', 'ISSUED')) = (issue_date IS NOT NULL AND due_date IS NOT NULL)),
  CHECK (families_done <= families_total)
);
CREATE UNIQUE INDEX invoicing_run_one_open_idx ON billing.invoicing_run (regie_id, month)
  WHERE status IN ('DRAFT', 'ISSUING');
CREATE INDEX invoicing_run_issuing_idx ON billing.invoicing_run (created_at) WHERE status = 'ISSUING';

-- The families of a run: the draft's totals and anomalies (codes "CODE|child|activity|day" separated by ';'),
-- then done = true once the family's invoice and credit notes are issued.
CREATE TABLE billing.invoicing_run_family (
  run_id      UUID          NOT NULL REFERENCES billing.invoicing_run (id),
  family_id   UUID          NOT NULL,
  line_count  INT           NOT NULL,
  to_invoice  NUMERIC(12,2) NOT NULL,
  to_credit   NUMERIC(12,2) NOT NULL,
  anomalies   TEXT          NOT NULL DEFAULT '',
  done        BOOLEAN       NOT NULL DEFAULT FALSE,
  PRIMARY KEY (run_id, family_id)
);
CREATE INDEX invoicing_run_family_todo_idx ON billing.invoicing_run_family (run_id) WHERE NOT done;

--changeset portal:billing-007-invoice-lines-credit-notes-allocations
-- Credit notes are rows of billing.invoice (same numbering) that credit another invoice.
ALTER TABLE billing.invoice ADD COLUMN credited_invoice_id UUID REFERENCES billing.invoice (id);
ALTER TABLE billing.invoice ADD COLUMN run_id UUID REFERENCES billing.invoicing_run (id);
CREATE INDEX invoice_credited_idx ON billing.invoice (credited_invoice_id) WHERE credited_invoice_id IS NOT NULL;

-- An invoice line bills a child's day of an activity (component: the day or a surcharge). A key is billed at most
-- once per round: round n+1 exists only after the line of round n was credited. Two runs billing the same key at
-- once: the unique constraint lets one through.
CREATE TABLE billing.invoice_line (
  id              UUID PRIMARY KEY,
  invoice_id      UUID          NOT NULL REFERENCES billing.invoice (id),
  child_id        UUID          NOT NULL,
  activity_id     UUID          NOT NULL,
  activity_name   VARCHAR(200)  NOT NULL,
  day             DATE          NOT NULL,
  component       VARCHAR(30)   NOT NULL CHECK (component IN ('DAY', 'LATE_BOOKING_SURCHARGE', 'NO_BOOKING_SURCHARGE')),
  usage           VARCHAR(30)   NOT NULL,
  unit            VARCHAR(10)   NOT NULL,
  quantity        NUMERIC(6,2)  NOT NULL CHECK (quantity > 0),
  unit_price      NUMERIC(12,2) NOT NULL,
  amount          NUMERIC(12,2) NOT NULL CHECK (amount > 0),
  basis           VARCHAR(20)   NOT NULL,
  quotient_from   NUMERIC(10,2),
  quotient_to     NUMERIC(10,2),
  percent         NUMERIC(6,2),
  reason_code     VARCHAR(30),
  round           INT           NOT NULL CHECK (round >= 1),
  UNIQUE (child_id, activity_id, day, component, round)
);
CREATE INDEX invoice_line_invoice_idx ON billing.invoice_line (invoice_id);

-- A credit-note line credits one invoice line, once.
CREATE TABLE billing.credit_note_line (
  id               UUID PRIMARY KEY,
  credit_note_id   UUID          NOT NULL REFERENCES billing.invoice (id),
  credited_line_id UUID          NOT NULL UNIQUE REFERENCES billing.invoice_line (id),
  amount           NUMERIC(12,2) NOT NULL CHECK (amount > 0)
);
CREATE INDEX credit_note_line_note_idx ON billing.credit_note_line (credit_note_id);

-- Payments may be recorded without an invoice (allocated afterwards, or left as a credit); treasury titles carry
-- their ORMC number.
ALTER TABLE billing.payment ALTER COLUMN invoice_id DROP NOT NULL;
ALTER TABLE billing.payment ADD COLUMN reference VARCHAR(50);
ALTER TABLE billing.payment ADD CONSTRAINT payment_title_reference_check
  CHECK (method <> 'TREASURY_TITLE' OR reference IS NOT NULL);

-- The counter-entry of a cancelled payment (at most one per payment).
CREATE TABLE billing.payment_cancellation (
  id            UUID PRIMARY KEY,
  payment_id    UUID          NOT NULL UNIQUE REFERENCES billing.payment (id),
  number        VARCHAR(30)   NOT NULL UNIQUE,
  cancel_date   DATE          NOT NULL,
  reason        VARCHAR(500)  NOT NULL
);

-- Allocations of credits (payments, credit notes) to invoices; append-only, a cancellation adds negative rows.
CREATE TABLE billing.allocation (
  id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  credit_id   UUID          NOT NULL,
  invoice_id  UUID          NOT NULL REFERENCES billing.invoice (id),
  amount      NUMERIC(12,2) NOT NULL CHECK (amount <> 0),
  created_at  TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX allocation_invoice_idx ON billing.allocation (invoice_id);
CREATE INDEX allocation_credit_idx ON billing.allocation (credit_id);

-- What each ledger entry records and the document behind it (older rows: kind from debit/credit).
ALTER TABLE billing.ledger_entry ADD COLUMN kind VARCHAR(25) NOT NULL DEFAULT 'INVOICE'
  CHECK (kind IN ('INVOICE', 'CREDIT_NOTE', 'PAYMENT', 'PAYMENT_CANCELLATION'));
ALTER TABLE billing.ledger_entry ADD COLUMN document_id UUID;
