--liquibase formatted sql

--changeset portal:messaging-003-conversation
-- A conversation between a family and the staff of a facility (facility_id null: the municipality's own desk).
-- Existing messages become conversations of one message (same id); messages from the family were FAMILY ones.
CREATE TABLE messaging.conversation (
  id                 UUID PRIMARY KEY,
  family_id          UUID          NOT NULL,
  facility_id        UUID,         -- planning.facility, referenced by id only
  subject            VARCHAR(200)  NOT NULL,
  origin             VARCHAR(10)   NOT NULL CHECK (origin IN ('FAMILY', 'STAFF', 'NOTICE')),
  link               VARCHAR(500)  CHECK (link LIKE '/%' AND link NOT LIKE '//%'),
  started_at         TIMESTAMPTZ   NOT NULL,
  last_message_at    TIMESTAMPTZ   NOT NULL,
  family_deleted_at  TIMESTAMPTZ,
  assigned_to        VARCHAR(100),
  assigned_name      VARCHAR(200),
  handled_at         TIMESTAMPTZ
);
CREATE INDEX conversation_family_idx ON messaging.conversation (family_id, last_message_at DESC);
CREATE INDEX conversation_desk_idx ON messaging.conversation (facility_id, handled_at, last_message_at DESC);

INSERT INTO messaging.conversation (id, family_id, facility_id, subject, origin, started_at, last_message_at,
                                    handled_at)
SELECT id, family_id, NULL, subject, CASE direction WHEN 'FROM_FAMILY' THEN 'FAMILY' ELSE 'NOTICE' END, sent_at,
       sent_at, CASE direction WHEN 'FROM_FAMILY' THEN NULL ELSE sent_at END
FROM messaging.message;

ALTER TABLE messaging.message ADD COLUMN conversation_id UUID REFERENCES messaging.conversation (id);
UPDATE messaging.message SET conversation_id = id;
ALTER TABLE messaging.message ALTER COLUMN conversation_id SET NOT NULL;
CREATE INDEX message_conversation_idx ON messaging.message (conversation_id, sent_at);
-- read_at: when the recipient read it (the family for TO_FAMILY, the staff for FROM_FAMILY).

--changeset portal:messaging-004-attachment
-- Files joined to messages; the content is a file named by the id, outside the web folder.
CREATE TABLE messaging.attachment (
  id           UUID PRIMARY KEY,
  message_id   UUID          NOT NULL REFERENCES messaging.message (id),
  file_name    VARCHAR(200)  NOT NULL,
  media_type   VARCHAR(50)   NOT NULL CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
  size         BIGINT        NOT NULL CHECK (size BETWEEN 1 AND 5242880),
  sha256       CHAR(64)      NOT NULL,
  uploaded_at  TIMESTAMPTZ   NOT NULL
);
CREATE INDEX attachment_message_idx ON messaging.attachment (message_id);

--changeset portal:messaging-005-notification-preference
-- An adult's choice of e-mail and SMS per kind of event; no row: the consents of the family file apply.
CREATE TABLE messaging.notification_preference (
  family_id  UUID         NOT NULL,
  adult      VARCHAR(10)  NOT NULL CHECK (adult IN ('GUARDIAN', 'PARTNER')),
  kind       VARCHAR(30)  NOT NULL CHECK (kind IN ('REQUEST_DECIDED', 'PLACE_OFFERED', 'BOOKING_DEADLINE_TOMORROW',
                                                   'NEW_INVOICE', 'NEW_MESSAGE')),
  email      BOOLEAN      NOT NULL,
  sms        BOOLEAN      NOT NULL,
  PRIMARY KEY (family_id, adult, kind)
);

--changeset portal:messaging-006-contact-details
-- How to reach the municipality (desk 'MUNICIPALITY') or a facility (desk = its id as text).
CREATE TABLE messaging.contact_details (
  desk        VARCHAR(40)   PRIMARY KEY,
  address     VARCHAR(500)  NOT NULL DEFAULT '',
  phone       VARCHAR(30)   NOT NULL DEFAULT '',
  email       VARCHAR(254)  NOT NULL DEFAULT '',
  updated_at  TIMESTAMPTZ   NOT NULL
);
