--liquibase formatted sql

--changeset portal:accounts-006-children
-- The children of a family (Mes enfants), the persons authorised around each, and its health record.
CREATE TABLE accounts.child (
  id                    UUID PRIMARY KEY,
  family_id             UUID         NOT NULL REFERENCES accounts.family (id),
  first_name            VARCHAR(100) NOT NULL,
  last_name             VARCHAR(100) NOT NULL,
  birth_date            DATE         NOT NULL,
  sex                   VARCHAR(10)  NOT NULL CHECK (sex IN ('FEMALE', 'MALE')),
  school                VARCHAR(100) NOT NULL,
  school_class          VARCHAR(50)  NOT NULL,
  image_authorisation   BOOLEAN      NOT NULL,
  outing_authorisation  BOOLEAN      NOT NULL
);
CREATE INDEX child_family_idx ON accounts.child (family_id);

CREATE TABLE accounts.authorised_person (
  child_id           UUID         NOT NULL REFERENCES accounts.child (id) ON DELETE CASCADE,
  position           INT          NOT NULL,
  name               VARCHAR(100) NOT NULL,
  relationship       VARCHAR(50)  NOT NULL,
  phone              VARCHAR(20)  NOT NULL,
  may_pick_up        BOOLEAN      NOT NULL,
  emergency_contact  BOOLEAN      NOT NULL,
  PRIMARY KEY (child_id, position)
);

CREATE TABLE accounts.health_record (
  child_id                UUID PRIMARY KEY REFERENCES accounts.child (id) ON DELETE CASCADE,
  doctor_name             VARCHAR(100)  NOT NULL,
  doctor_phone            VARCHAR(20)   NOT NULL,
  allergies               VARCHAR(500)  NOT NULL,
  diet                    VARCHAR(100)  NOT NULL,
  pai                     BOOLEAN       NOT NULL,
  vaccinations_up_to_date BOOLEAN       NOT NULL,
  glasses                 BOOLEAN       NOT NULL,
  remarks                 VARCHAR(1000) NOT NULL
);
