--liquibase formatted sql

--changeset invoicing:billing-invoicing-001-run-family-to-do
-- Issue 14 (ADR 0041): each chunk of an invoicing run takes the next families not done; the primary key made it
-- walk past every family already done.
CREATE INDEX invoicing_run_family_to_do_idx ON billing.invoicing_run_family (run_id, family_id) WHERE NOT done;
