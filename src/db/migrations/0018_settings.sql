-- Deployment settings, one row per key (the first: the working year, 工作年度). Values are JSON so a new
-- setting needs no migration of its own; the code that owns a key checks its shape. Changed only with an
-- audit row in the same transaction, like every write (0006).
CREATE TABLE settings (
  key text PRIMARY KEY CHECK (key ~ '^[a-z][a-z_]{0,62}$'),
  value jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TRIGGER settings_audited AFTER INSERT OR UPDATE OR DELETE ON settings
  FOR EACH STATEMENT EXECUTE FUNCTION audit_require();
