--liquibase formatted sql

--changeset portal:billing-008-allocations-append-only splitStatements:false
CREATE FUNCTION billing.forbid_allocation_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'billing.allocation is append-only';
END;
$$;
CREATE TRIGGER allocation_append_only
  BEFORE UPDATE OR DELETE ON billing.allocation
  FOR EACH ROW EXECUTE FUNCTION billing.forbid_allocation_change();
