--liquibase formatted sql

--changeset portal:planning-absence-certificates-001
-- The medical certificates uploaded with absences: what is known of each file. The file itself is kept outside the
-- web folder (portal.storage.certificates), named by the id; only its family and staff may read it.
CREATE TABLE planning.certificate (
  id           UUID PRIMARY KEY,
  family_id    UUID         NOT NULL,
  child_id     UUID         NOT NULL,
  media_type   VARCHAR(40)  NOT NULL CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
  size         BIGINT       NOT NULL CHECK (size > 0 AND size <= 5242880),
  sha256       CHAR(64)     NOT NULL,
  uploaded_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX certificate_family_idx ON planning.certificate (family_id);
