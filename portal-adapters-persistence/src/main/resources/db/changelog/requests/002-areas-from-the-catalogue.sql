--liquibase formatted sql

--changeset portal:requests-003-areas-from-the-catalogue
-- The areas of "Liste des demandes" are declared by the modules owning request types (the request-type catalogue,
-- ADR 0019), not fixed here: the submit use case checks a request's area against the catalogue.
ALTER TABLE requests.request DROP CONSTRAINT request_area_check;
