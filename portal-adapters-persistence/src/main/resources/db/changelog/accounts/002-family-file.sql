--liquibase formatted sql

--changeset portal:accounts-004-family-file
-- Tax, benefit-fund and bank details of the family file (Mon compte).
ALTER TABLE accounts.family
  ADD COLUMN tax_reference_income NUMERIC(12,2) CHECK (tax_reference_income >= 0),
  ADD COLUMN tax_shares           NUMERIC(3,1)  CHECK (tax_shares BETWEEN 1 AND 10),
  ADD COLUMN tax_year             INT,
  ADD COLUMN caf_fund             VARCHAR(10),
  ADD COLUMN caf_number           VARCHAR(20),
  ADD COLUMN caf_quotient         NUMERIC(12,2),
  ADD COLUMN bank_holder          VARCHAR(100),
  ADD COLUMN bank_iban            VARCHAR(34),
  ADD COLUMN bank_bic             VARCHAR(11),
  ADD COLUMN bank_name            VARCHAR(100),
  ADD COLUMN direct_debit         BOOLEAN NOT NULL DEFAULT FALSE;

-- Accepted requests already applied to a family file: applying twice does nothing.
CREATE TABLE accounts.applied_request (
  request_id  UUID PRIMARY KEY,
  applied_at  TIMESTAMPTZ NOT NULL
);

--changeset portal:accounts-005-family-number-sequence
-- New N° Famille issued by the portal (the demo and imported families keep theirs).
CREATE SEQUENCE accounts.family_number_seq START WITH 1001001900001;
CREATE INDEX family_name_idx ON accounts.family (lower(last_name), lower(first_name));
