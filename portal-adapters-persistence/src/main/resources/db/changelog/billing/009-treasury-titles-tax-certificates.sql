--liquibase formatted sql

--changeset titles-attest:billing-009-care-kind
-- What a tariff prices, for the attestation fiscale: CHILDCARE (eligible), MEAL or OTHER (excluded). Invoice lines
-- keep the kind they were billed with. Rows older than this: a MEAL unit is a meal, anything else childcare.
ALTER TABLE billing.tariff ADD COLUMN care_kind VARCHAR(10) NOT NULL DEFAULT 'CHILDCARE'
  CHECK (care_kind IN ('CHILDCARE', 'MEAL', 'OTHER'));
UPDATE billing.tariff SET care_kind = 'MEAL' WHERE unit = 'MEAL';
ALTER TABLE billing.invoice_line ADD COLUMN care_kind VARCHAR(10) NOT NULL DEFAULT 'CHILDCARE'
  CHECK (care_kind IN ('CHILDCARE', 'MEAL', 'OTHER'));
UPDATE billing.invoice_line SET care_kind = 'MEAL' WHERE unit = 'MEAL';

--changeset titles-attest:billing-010-treasury-titles
-- Titles handed to the treasury ("Titre émis (ORMC n°X)"): numbered per régie and year without gaps (the counter
-- row is locked by the issuing transaction until it ends), one live title per invoice. The title is recorded for
-- the ledger as a payment of method TREASURY_TITLE allocated to the invoice (payment_id).
CREATE TABLE billing.treasury_title_counter (
  regie_id     UUID    NOT NULL REFERENCES billing.regie (id),
  year         INT     NOT NULL CHECK (year BETWEEN 2000 AND 2999),
  next_number  BIGINT  NOT NULL CHECK (next_number > 0),
  PRIMARY KEY (regie_id, year)
);

CREATE TABLE billing.treasury_title (
  id          UUID PRIMARY KEY,
  regie_id    UUID          NOT NULL REFERENCES billing.regie (id),
  year        INT           NOT NULL,
  number      BIGINT        NOT NULL CHECK (number > 0),
  invoice_id  UUID          NOT NULL UNIQUE REFERENCES billing.invoice (id),
  family_id   UUID          NOT NULL,
  payment_id  UUID          NOT NULL UNIQUE REFERENCES billing.payment (id),
  amount      NUMERIC(12,2) NOT NULL CHECK (amount > 0),
  issued_on   DATE          NOT NULL,
  issued_by   VARCHAR(100)  NOT NULL,
  UNIQUE (regie_id, year, number)
);
CREATE INDEX treasury_title_issued_idx ON billing.treasury_title (issued_on);

--changeset titles-attest:billing-011-tax-certificates
-- Attestations fiscales (frais de garde) produced by staff for a tax year: one per child under 6 on 1 January with
-- an amount paid; a new run of the year replaces the year's rows. The names are those of the day it was produced.
CREATE TABLE billing.tax_certificate (
  id                 UUID PRIMARY KEY,
  tax_year           INT           NOT NULL CHECK (tax_year BETWEEN 2000 AND 2999),
  family_id          UUID          NOT NULL,
  family_number      VARCHAR(40)   NOT NULL,
  guardian_name      VARCHAR(250)  NOT NULL,
  child_id           UUID          NOT NULL,
  child_first_name   VARCHAR(100)  NOT NULL,
  child_last_name    VARCHAR(100)  NOT NULL,
  child_birth_date   DATE          NOT NULL,
  amount             NUMERIC(12,2) NOT NULL CHECK (amount > 0),
  produced_on        DATE          NOT NULL,
  produced_by        VARCHAR(100)  NOT NULL,
  UNIQUE (tax_year, child_id)
);
CREATE INDEX tax_certificate_family_idx ON billing.tax_certificate (family_id, tax_year);
