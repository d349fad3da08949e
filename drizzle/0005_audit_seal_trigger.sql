-- The audit trail is sealed after commit instead of hashed under a global lock (docs/audit.md).
-- Rows written before this migration carry an unkeyed SHA-256 chain: they become unsealed and the
-- sealer chains them again, keyed, on the first start.
DROP TRIGGER audit_event_no_update_or_delete ON audit_event;
--> statement-breakpoint
UPDATE audit_event SET prev_hash = NULL, hash = NULL;
--> statement-breakpoint
SELECT setval(pg_get_serial_sequence('audit_event', 'seq'), coalesce(max(seq), 0) + 1, false) FROM audit_event;
--> statement-breakpoint
ALTER TABLE audit_event ADD CONSTRAINT audit_event_seal_check
  CHECK ((chain_position IS NULL) = (hash IS NULL) AND (hash IS NULL) = (prev_hash IS NULL));
--> statement-breakpoint
-- A row is written unsealed; only the sealer's one step, from no seal to a seal, may follow.
CREATE FUNCTION audit_event_insert_unsealed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.chain_position IS NOT NULL OR NEW.prev_hash IS NOT NULL OR NEW.hash IS NOT NULL THEN
    RAISE EXCEPTION 'audit_event rows are written unsealed' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_event_insert_unsealed BEFORE INSERT ON audit_event
  FOR EACH ROW EXECUTE FUNCTION audit_event_insert_unsealed();
--> statement-breakpoint
CREATE FUNCTION audit_event_seal_only() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  unsealed audit_event;
BEGIN
  unsealed := NEW;
  unsealed.chain_position := NULL;
  unsealed.prev_hash := NULL;
  unsealed.hash := NULL;
  IF OLD.hash IS NULL AND OLD.prev_hash IS NULL AND OLD.chain_position IS NULL
     AND NEW.hash IS NOT NULL AND NEW.prev_hash IS NOT NULL AND NEW.chain_position IS NOT NULL
     AND unsealed IS NOT DISTINCT FROM OLD THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit_event is append-only (UPDATE refused: only a first seal may be set)'
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_event_seal_only BEFORE UPDATE ON audit_event
  FOR EACH ROW EXECUTE FUNCTION audit_event_seal_only();
--> statement-breakpoint
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
  FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change();
