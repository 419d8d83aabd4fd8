--liquibase formatted sql

--changeset portal:billing-004-sepa-mandate
-- SEPA direct-debit mandates; at most one active per family.
CREATE TABLE billing.sepa_mandate (
  rum             VARCHAR(35)  PRIMARY KEY,
  family_id       UUID         NOT NULL,
  account_holder  VARCHAR(100) NOT NULL,
  iban            VARCHAR(34)  NOT NULL,
  bic             VARCHAR(11)  NOT NULL,
  signed_on       DATE         NOT NULL,
  next_sequence   VARCHAR(4)   NOT NULL CHECK (next_sequence IN ('FRST', 'RCUR')),
  revoked_on      DATE
);
CREATE UNIQUE INDEX sepa_mandate_one_active_idx ON billing.sepa_mandate (family_id) WHERE revoked_on IS NULL;
