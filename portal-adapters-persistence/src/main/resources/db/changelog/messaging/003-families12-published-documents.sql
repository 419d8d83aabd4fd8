--liquibase formatted sql

--changeset families12:messaging-published-documents
-- Documents staff publish for families (internal rules, menus, forms): PDF files checked by their content, for
-- every family (facility_id null) or the families of one facility. The file itself is in the uploaded-file store,
-- named by the document's id. Withdrawn documents are kept (withdrawn_at set) and no longer offered.
CREATE TABLE messaging.published_document (
  id            UUID          PRIMARY KEY,
  title         VARCHAR(150)  NOT NULL,
  category      VARCHAR(20)   NOT NULL,
  facility_id   UUID,
  file_name     VARCHAR(150)  NOT NULL,
  size_bytes    INTEGER       NOT NULL,
  published_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  published_by  VARCHAR(100)  NOT NULL,
  withdrawn_at  TIMESTAMP WITH TIME ZONE,
  withdrawn_by  VARCHAR(100)
);
CREATE INDEX published_document_facility_idx ON messaging.published_document (facility_id, published_at);
