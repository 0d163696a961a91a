-- Manual assessments of 两不愁三保障 + safe water: per household, year and guarantee, a judgement with its
-- reason and evidence. A manual assessment overrides what the registry data derive for that guarantee and year;
-- earlier ones are kept (history) and the latest wins. The resulting flag is also written to
-- household_years.<guarantee>_secure, which stays the one column later code reads.

-- Uploaded evidence (a photo or a scanned form) kept in the database, so a backup holds it with the record.
CREATE TABLE assessment_evidence (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  household_id bigint NOT NULL REFERENCES households (id),
  file_name    text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
  content_type text NOT NULL,
  size         integer NOT NULL CHECK (size BETWEEN 1 AND 5242880),
  sha256       text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  content      bytea NOT NULL CHECK (octet_length(content) = size),
  uploaded_by  text NOT NULL,
  uploaded_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX assessment_evidence_household ON assessment_evidence (household_id, id);

CREATE TABLE guarantee_assessments (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  household_id    bigint NOT NULL REFERENCES households (id),
  county_code     text NOT NULL CHECK (county_code ~ '^[0-9]{6}$'),
  year            smallint NOT NULL CHECK (year BETWEEN 2013 AND 2100),
  guarantee       text NOT NULL
                  CHECK (guarantee IN ('food', 'clothing', 'education', 'medical', 'housing', 'water')),
  secure          boolean NOT NULL,
  reason          text NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
  evidence_id     bigint REFERENCES assessment_evidence (id),
  -- A field visit: the reference of its record (visit log number, form number) and its date.
  visit_reference text CHECK (length(visit_reference) BETWEEN 1 AND 200),
  visit_date      date,
  assessed_by     text NOT NULL,
  assessed_by_id  bigint,
  assessed_at     timestamptz NOT NULL DEFAULT now(),
  CHECK ((visit_reference IS NULL) = (visit_date IS NULL)),
  -- No judgement without evidence: a file, a visit, or both.
  CHECK (evidence_id IS NOT NULL OR visit_reference IS NOT NULL)
);
CREATE INDEX guarantee_assessments_latest ON guarantee_assessments (household_id, year, guarantee, id);

CREATE TRIGGER assessment_evidence_append_only BEFORE UPDATE OR DELETE ON assessment_evidence
  FOR EACH ROW EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER guarantee_assessments_append_only BEFORE UPDATE OR DELETE ON guarantee_assessments
  FOR EACH ROW EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER assessment_evidence_audited AFTER INSERT OR UPDATE OR DELETE ON assessment_evidence
  FOR EACH STATEMENT EXECUTE FUNCTION audit_require();
CREATE TRIGGER guarantee_assessments_audited AFTER INSERT OR UPDATE OR DELETE ON guarantee_assessments
  FOR EACH STATEMENT EXECUTE FUNCTION audit_require();
