--liquibase formatted sql

--changeset portal:accounts-001-schema
CREATE SCHEMA accounts;

--changeset portal:accounts-002-family
CREATE TABLE accounts.family (
  id                 UUID PRIMARY KEY,
  family_number      VARCHAR(20)  NOT NULL UNIQUE,
  civility           VARCHAR(20)  NOT NULL,
  last_name          VARCHAR(100) NOT NULL,
  first_name         VARCHAR(100) NOT NULL,
  guardian_role      VARCHAR(20)  NOT NULL,
  marital_status     VARCHAR(20)  NOT NULL,
  address_line       VARCHAR(200) NOT NULL,
  postcode           CHAR(5)      NOT NULL,
  city               VARCHAR(100) NOT NULL,
  home_phone         VARCHAR(30)  NOT NULL DEFAULT '',
  work_phone         VARCHAR(30)  NOT NULL DEFAULT '',
  mobile_phone       VARCHAR(30)  NOT NULL DEFAULT '',
  email              VARCHAR(254) NOT NULL DEFAULT '',
  email_consent      BOOLEAN      NOT NULL,
  sms_consent        BOOLEAN      NOT NULL,
  profession         VARCHAR(100) NOT NULL DEFAULT '',
  socio_professional_category VARCHAR(100) NOT NULL DEFAULT '',
  employer           VARCHAR(200) NOT NULL DEFAULT '',
  employer_address   VARCHAR(300) NOT NULL DEFAULT '',
  version            BIGINT       NOT NULL DEFAULT 0,
  created_at         TIMESTAMPTZ  NOT NULL
);
CREATE INDEX family_email_idx ON accounts.family (lower(email));

CREATE TABLE accounts.partner (
  family_id          UUID PRIMARY KEY REFERENCES accounts.family (id),
  civility           VARCHAR(20)  NOT NULL,
  last_name          VARCHAR(100) NOT NULL,
  first_name         VARCHAR(100) NOT NULL,
  address_line       VARCHAR(200) NOT NULL,
  postcode           CHAR(5)      NOT NULL,
  city               VARCHAR(100) NOT NULL,
  home_phone         VARCHAR(30)  NOT NULL DEFAULT '',
  work_phone         VARCHAR(30)  NOT NULL DEFAULT '',
  mobile_phone       VARCHAR(30)  NOT NULL DEFAULT '',
  email              VARCHAR(254) NOT NULL DEFAULT '',
  email_consent      BOOLEAN      NOT NULL,
  sms_consent        BOOLEAN      NOT NULL,
  profession         VARCHAR(100) NOT NULL DEFAULT '',
  socio_professional_category VARCHAR(100) NOT NULL DEFAULT '',
  employer           VARCHAR(200) NOT NULL DEFAULT '',
  employer_address   VARCHAR(300) NOT NULL DEFAULT ''
);

--changeset portal:accounts-003-login
CREATE TABLE accounts.login (
  id                  UUID PRIMARY KEY,
  username            VARCHAR(64)  NOT NULL UNIQUE,
  role                VARCHAR(10)  NOT NULL CHECK (role IN ('PARENT', 'STAFF')),
  family_id           UUID REFERENCES accounts.family (id),
  display_name        VARCHAR(200) NOT NULL,
  password_hash       VARCHAR(255) NOT NULL,
  password_temporary  BOOLEAN      NOT NULL,
  password_changed_at TIMESTAMPTZ  NOT NULL,
  CHECK ((role = 'PARENT') = (family_id IS NOT NULL))
);
CREATE INDEX login_family_idx ON accounts.login (family_id);

-- Failed login attempts per key ("login:<name>" or "address:<ip>"); the delay is derived from them.
CREATE TABLE accounts.login_throttle (
  throttle_key       VARCHAR(200) PRIMARY KEY,
  failures           INT          NOT NULL,
  last_failure_at    TIMESTAMPTZ  NOT NULL
);

-- "Mot de passe oublié" links: only the SHA-256 of the secret is stored.
CREATE TABLE accounts.password_reset_token (
  token_hash         CHAR(64)     PRIMARY KEY,
  login_id           UUID         NOT NULL REFERENCES accounts.login (id),
  created_at         TIMESTAMPTZ  NOT NULL,
  expires_at         TIMESTAMPTZ  NOT NULL,
  used_at            TIMESTAMPTZ
);
CREATE INDEX password_reset_token_login_idx ON accounts.password_reset_token (login_id);
