-- The statutory procedures (issue 11): one case per run of a procedure, its append-only events, the evidence
-- its steps carry, the public notices made from it and the objections raised against them. A household's
-- standing changes only by the approval step of a case (registry/standing.ts), in the same transaction.

CREATE TABLE cases (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  type         text NOT NULL CHECK (type IN ('identification', 'return', 'exit', 'monitoring', 'risk_elimination',
                                             'village_exit', 'county_exit')),
  -- A household's case answers to the household's village now (the access layer joins it); the assessments of
  -- a village or a county answer to that region. region_code is the village (or region) when opened.
  household_id bigint REFERENCES households (id),
  region_code  text NOT NULL,
  county_code  text NOT NULL CHECK (county_code = left(region_code, 6)),
  year         smallint NOT NULL CHECK (year BETWEEN 2013 AND 2100),
  stage        text NOT NULL,
  -- NULL while open; how it ended otherwise. A closed case is never reopened: a new run is a new case.
  outcome      text CHECK (outcome IN ('completed', 'rejected', 'withdrawn')),
  version      integer NOT NULL DEFAULT 1,
  reason       text NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
  -- What the steps established and the approval writes (type and causes, monitoring type and risks, the
  -- county's 三率一度 figures), keyed as the transition table's inputs.
  facts        jsonb NOT NULL DEFAULT '{}',
  opened_on    date NOT NULL,
  stage_since  date NOT NULL,
  closed_on    date,
  -- Set by the deadline timers (cases/timers.ts): the notice may end; the stage ran past its limit and went
  -- up to the region above (escalated_to).
  notice_ready boolean NOT NULL DEFAULT false,
  overdue      boolean NOT NULL DEFAULT false,
  escalated_to text,
  created_by   bigint REFERENCES users (id),
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  CHECK ((household_id IS NULL) = (type IN ('village_exit', 'county_exit'))),
  CHECK ((outcome IS NULL) = (closed_on IS NULL))
);
-- One open case per household and type; one open assessment per region, type and year.
CREATE UNIQUE INDEX cases_one_open ON cases (household_id, type) WHERE outcome IS NULL AND household_id IS NOT NULL;
CREATE UNIQUE INDEX cases_one_open_region ON cases (region_code, type, year)
  WHERE outcome IS NULL AND household_id IS NULL;
CREATE INDEX cases_household ON cases (household_id, id);
CREATE INDEX cases_region ON cases (region_code, id);
CREATE INDEX cases_open_stage ON cases (county_code, type, stage, id) WHERE outcome IS NULL;

-- Every step taken, never changed or removed: who (and in which role and region), what, on which day.
CREATE TABLE case_events (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_id      bigint NOT NULL REFERENCES cases (id),
  action       text NOT NULL,
  from_stage   text,
  to_stage     text NOT NULL,
  actor_id     bigint,
  actor        text NOT NULL,
  actor_role   text NOT NULL,
  actor_region text NOT NULL,
  date         date NOT NULL,
  comment      text,
  reason       text,
  inputs       jsonb NOT NULL DEFAULT '{}',
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_events_case ON case_events (case_id, id);

-- Files a step relies on (minutes, signature, authorisation, the county's evaluation): kept, never replaced.
CREATE TABLE case_evidence (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_id      bigint NOT NULL REFERENCES cases (id),
  file_name    text NOT NULL,
  content_type text NOT NULL,
  size         integer NOT NULL,
  sha256       text NOT NULL,
  content      bytea NOT NULL,
  uploaded_by  bigint REFERENCES users (id),
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_evidence_case ON case_evidence (case_id);

-- A public notice made from a case: names, village and reason only — never an ID number, phone, bank account
-- or health detail (cases/notices.ts builds the body from the case, not from free text about people).
CREATE TABLE notices (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  serial       text NOT NULL UNIQUE,
  case_id      bigint NOT NULL REFERENCES cases (id),
  level        text NOT NULL CHECK (level IN ('village', 'town', 'county', 'announcement')),
  region_code  text NOT NULL,
  title        text NOT NULL,
  body         jsonb NOT NULL,
  posted_on    date NOT NULL,
  period_days  integer NOT NULL CHECK (period_days >= 0),
  ends_on      date NOT NULL,
  ended_on     date,
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX notices_case ON notices (case_id);
CREATE INDEX notices_region ON notices (region_code, posted_on);

-- An objection holds its case at the notice until it is answered on record. The objector's name and phone are
-- private: shown to staff who may see personal data, never on a notice or the portal.
CREATE TABLE objections (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_id      bigint NOT NULL REFERENCES cases (id),
  notice_id    bigint NOT NULL REFERENCES notices (id),
  source       text NOT NULL CHECK (source IN ('staff', 'public')),
  content      text NOT NULL CHECK (length(content) BETWEEN 1 AND 2000),
  name         text,
  phone        text,
  received_on  date NOT NULL,
  submitted_by bigint REFERENCES users (id),
  outcome      text CHECK (outcome IN ('upheld', 'dismissed')),
  answer       text,
  answered_on  date,
  answered_by  bigint REFERENCES users (id),
  version      integer NOT NULL DEFAULT 1,
  created_at   timestamptz NOT NULL DEFAULT now(),
  CHECK ((outcome IS NULL) = (answered_on IS NULL))
);
CREATE INDEX objections_case ON objections (case_id, id);
CREATE INDEX objections_open ON objections (case_id) WHERE outcome IS NULL;

CREATE TRIGGER cases_audited AFTER INSERT OR UPDATE OR DELETE ON cases
  FOR EACH STATEMENT EXECUTE FUNCTION audit_require();
CREATE TRIGGER case_events_audited AFTER INSERT OR UPDATE OR DELETE ON case_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_require();
CREATE TRIGGER case_evidence_audited AFTER INSERT OR UPDATE OR DELETE ON case_evidence
  FOR EACH STATEMENT EXECUTE FUNCTION audit_require();
CREATE TRIGGER notices_audited AFTER INSERT OR UPDATE OR DELETE ON notices
  FOR EACH STATEMENT EXECUTE FUNCTION audit_require();
CREATE TRIGGER objections_audited AFTER INSERT OR UPDATE OR DELETE ON objections
  FOR EACH STATEMENT EXECUTE FUNCTION audit_require();

-- Steps and evidence are history: the database refuses to rewrite them (as the audit log, 0014).
CREATE TRIGGER case_events_append_only BEFORE UPDATE OR DELETE ON case_events
  FOR EACH ROW EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER case_events_no_truncate BEFORE TRUNCATE ON case_events
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER case_evidence_append_only BEFORE UPDATE OR DELETE ON case_evidence
  FOR EACH ROW EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER case_evidence_no_truncate BEFORE TRUNCATE ON case_evidence
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewrite();
