-- Presence and visits (issue 13, helper B): the codes sent to a household's phone to confirm a visit. Only a
-- keyed hash of the code is kept (privacy/seal.ts), with its expiry; a code confirms one visit, once.
CREATE TABLE visit_codes (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  household_id  bigint NOT NULL REFERENCES households (id),
  code_hash     text NOT NULL,
  expires_at    timestamptz NOT NULL,
  used_at       timestamptz,
  created_by    bigint REFERENCES users (id),
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX visit_codes_household ON visit_codes (household_id, id DESC) WHERE used_at IS NULL;

CREATE TRIGGER visit_codes_audited AFTER INSERT OR UPDATE OR DELETE ON visit_codes
  FOR EACH STATEMENT EXECUTE FUNCTION audit_require();
