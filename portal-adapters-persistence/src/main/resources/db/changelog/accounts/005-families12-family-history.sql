--liquibase formatted sql

--changeset families12:accounts-family-history
-- What staff changed in a family's file (a field corrected, a child added or corrected, children created from an
-- accepted registration): who, when, why, and each field's old and new value as shown. Append-only.
CREATE TABLE accounts.family_history (
  id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  family_id   UUID          NOT NULL,
  child_id    UUID,
  changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  actor       VARCHAR(100)  NOT NULL,
  reason      VARCHAR(500)  NOT NULL,
  subject     VARCHAR(200)  NOT NULL,
  field       VARCHAR(100)  NOT NULL,
  old_value   VARCHAR(2000) NOT NULL,
  new_value   VARCHAR(2000) NOT NULL,
  coded       BOOLEAN       NOT NULL DEFAULT FALSE
);
CREATE INDEX family_history_family_idx ON accounts.family_history (family_id, changed_at);
