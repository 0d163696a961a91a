-- The database itself refuses a write that has no audit row in its transaction. Each audited table marks its
-- transaction with a statement-level trigger (one tiny row per transaction, cheap even for a bulk import);
-- a deferred constraint trigger checks at commit that the transaction wrote an audit row.
ALTER TABLE audit_log ADD COLUMN txid bigint NOT NULL DEFAULT txid_current();
CREATE INDEX audit_txid ON audit_log (txid);

CREATE TABLE audit_required (txid bigint PRIMARY KEY);

CREATE FUNCTION audit_require() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO audit_required VALUES (txid_current()) ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

CREATE FUNCTION audit_check() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM audit_log WHERE txid = NEW.txid) THEN
    RAISE EXCEPTION 'write without an audit row (table %)', TG_TABLE_NAME USING ERRCODE = 'ZF001';
  END IF;
  DELETE FROM audit_required WHERE txid = NEW.txid;
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER audit_required_check AFTER INSERT ON audit_required
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_check();

CREATE TRIGGER households_audited AFTER INSERT OR UPDATE OR DELETE ON households
  FOR EACH STATEMENT EXECUTE FUNCTION audit_require();
CREATE TRIGGER household_years_audited AFTER INSERT OR UPDATE OR DELETE ON household_years
  FOR EACH STATEMENT EXECUTE FUNCTION audit_require();
CREATE TRIGGER members_audited AFTER INSERT OR UPDATE OR DELETE ON members
  FOR EACH STATEMENT EXECUTE FUNCTION audit_require();
CREATE TRIGGER member_events_audited AFTER INSERT OR UPDATE OR DELETE ON member_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_require();
CREATE TRIGGER users_audited AFTER INSERT OR UPDATE OR DELETE ON users
  FOR EACH STATEMENT EXECUTE FUNCTION audit_require();
CREATE TRIGGER role_grants_audited AFTER INSERT OR UPDATE OR DELETE ON role_grants
  FOR EACH STATEMENT EXECUTE FUNCTION audit_require();
