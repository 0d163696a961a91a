-- The people who do the work (issue 13): assistance units, Party branches, work teams and their members, the
-- cadres and their pairings with households; check-ins and visits; problems solved one by one; assistance
-- measures; projects and their funds; and what each write cost its typist (the burden meter). New roles:
-- first_secretary and work_team (their villages), paired_cadre (their paired households only).
--
-- Region columns say whom a row answers to in the access layer (access/repo.ts): a unit, a cadre, a project by
-- the region that keeps it (a county or town office); a branch, a team, a check-in by its village; a pairing, a
-- visit, a measure by its household (the household's village now); a problem by its household, or by its
-- village when it has none.

ALTER TABLE role_grants DROP CONSTRAINT role_grants_role_check;
ALTER TABLE role_grants ADD CONSTRAINT role_grants_role_check
  CHECK (role IN ('system_admin', 'county_admin', 'town_official', 'village_cadre', 'inspector',
                  'contributor', 'editor', 'first_secretary', 'work_team', 'paired_cadre'));

-- 帮扶单位. level: the administrative level of the unit (central … village); kind: 党政机关 party_government,
-- 国有企业 state_enterprise, 事业单位 institution, other.
CREATE TABLE org_units (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  region_code  text NOT NULL REFERENCES regions (code),
  name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  level        text NOT NULL CHECK (level IN ('central', 'province', 'city', 'county', 'town', 'village')),
  kind         text NOT NULL CHECK (kind IN ('party_government', 'state_enterprise', 'institution', 'other')),
  version      integer NOT NULL DEFAULT 1,
  created_at   timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_code, name)
);

-- 帮扶责任人 and every other person of the organisation (work-team members, first secretaries). user_id: the
-- login of a cadre who uses the system (a cadre who logs in is a user with a cadre record). The phone is
-- personal data: masked for roles without personal data like a household's.
CREATE TABLE cadres (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  region_code  text NOT NULL REFERENCES regions (code),
  name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
  unit_id      bigint REFERENCES org_units (id),
  post         text CHECK (length(post) <= 50),
  phone        text CHECK (length(phone) <= 20),
  user_id      bigint UNIQUE REFERENCES users (id),
  active       boolean NOT NULL DEFAULT true,
  version      integer NOT NULL DEFAULT 1,
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX cadres_region ON cadres (region_code, id);
CREATE INDEX cadres_unit ON cadres (unit_id);

-- 村党支部: one per village (a merged village may keep several, named apart).
CREATE TABLE party_branches (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  village_code   text NOT NULL REFERENCES regions (code),
  name           text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  secretary_name text CHECK (length(secretary_name) <= 50),
  secretary_cadre_id bigint REFERENCES cadres (id),
  members_count  integer NOT NULL DEFAULT 0 CHECK (members_count BETWEEN 0 AND 10000),
  version        integer NOT NULL DEFAULT 1,
  created_at     timestamptz NOT NULL DEFAULT now(),
  UNIQUE (village_code, name)
);

-- 驻村工作队: at least 3 members and a term of at least 2 years (configurable; the commands check both).
CREATE TABLE work_teams (
  id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  village_code      text NOT NULL REFERENCES regions (code),
  sending_unit_id   bigint REFERENCES org_units (id),
  term_from         date NOT NULL,
  term_to           date NOT NULL CHECK (term_to > term_from),
  version           integer NOT NULL DEFAULT 1,
  created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX work_teams_village ON work_teams (village_code, id);

-- A team's members with their role in it: one leader (队长) and one first secretary (第一书记) at a time.
CREATE TABLE work_team_members (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  team_id      bigint NOT NULL REFERENCES work_teams (id),
  cadre_id     bigint NOT NULL REFERENCES cadres (id),
  role         text NOT NULL CHECK (role IN ('leader', 'first_secretary', 'member')),
  from_date    date NOT NULL,
  to_date      date CHECK (to_date >= from_date),
  UNIQUE (team_id, cadre_id, from_date)
);
CREATE INDEX work_team_members_cadre ON work_team_members (cadre_id);

-- A cadre responsible for a household from a date; one open pairing per household at a time (ended_at NULL),
-- the history kept. Ending a pairing ends the paired cadre's access to the household.
CREATE TABLE pairings (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  cadre_id      bigint NOT NULL REFERENCES cadres (id),
  household_id  bigint NOT NULL REFERENCES households (id),
  from_date     date NOT NULL,
  to_date       date CHECK (to_date >= from_date),
  end_reason    text CHECK (length(end_reason) <= 500),
  ended_at      timestamptz,
  created_at    timestamptz NOT NULL DEFAULT now(),
  CHECK ((ended_at IS NULL) = (to_date IS NULL))
);
CREATE UNIQUE INDEX pairings_one_open ON pairings (household_id) WHERE ended_at IS NULL;
CREATE INDEX pairings_cadre_open ON pairings (cadre_id, household_id) WHERE ended_at IS NULL;
CREATE INDEX pairings_household ON pairings (household_id, id);

-- 驻村考勤: a work-team member in the village, with the phone's position. client_id: made on the phone, so a
-- check-in sent twice is stored once.
CREATE TABLE checkins (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  client_id    text NOT NULL UNIQUE CHECK (length(client_id) BETWEEN 8 AND 64),
  cadre_id     bigint NOT NULL REFERENCES cadres (id),
  team_id      bigint REFERENCES work_teams (id),
  village_code text NOT NULL REFERENCES regions (code),
  at           timestamptz NOT NULL,
  day          date NOT NULL,
  lat          double precision CHECK (lat BETWEEN -90 AND 90),
  lng          double precision CHECK (lng BETWEEN -180 AND 180),
  accuracy     double precision CHECK (accuracy >= 0),
  created_by   bigint REFERENCES users (id),
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX checkins_cadre_day ON checkins (cadre_id, day);
CREATE INDEX checkins_village_day ON checkins (village_code, day);

-- 走访. client_id: made on the phone, so a visit sent twice (an offline queue retrying) is stored once.
-- region_code: the household's village at the visit. checks: the 两不愁三保障 + water items as seen
-- ({food, clothing, education, medical, housing, water}: true met, false unmet); confirmation: how the
-- household confirmed (a drawn signature, or a code sent to its phone).
CREATE TABLE visits (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  client_id     text NOT NULL UNIQUE CHECK (length(client_id) BETWEEN 8 AND 64),
  household_id  bigint NOT NULL REFERENCES households (id),
  region_code   text NOT NULL,
  cadre_id      bigint REFERENCES cadres (id),
  user_id       bigint REFERENCES users (id),
  at            timestamptz NOT NULL,
  lat           double precision CHECK (lat BETWEEN -90 AND 90),
  lng           double precision CHECK (lng BETWEEN -180 AND 180),
  accuracy      double precision CHECK (accuracy >= 0),
  notes         text CHECK (length(notes) <= 4000),
  checks        jsonb NOT NULL DEFAULT '{}',
  income_change text CHECK (length(income_change) <= 500),
  member_changes text CHECK (length(member_changes) <= 500),
  confirmation  jsonb,
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX visits_household ON visits (household_id, at DESC);
CREATE INDEX visits_cadre ON visits (cadre_id, at DESC);
CREATE INDEX visits_region ON visits (region_code, at DESC);

-- A visit's photos: the bytes (typed by their content), and what their EXIF says of time and place, compared
-- with the visit (time_gap_seconds, distance_m; NULL when the photo says nothing).
CREATE TABLE visit_photos (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  visit_id         bigint NOT NULL REFERENCES visits (id),
  mime             text NOT NULL CHECK (mime IN ('image/jpeg', 'image/png')),
  bytes            bytea NOT NULL,
  sha256           text NOT NULL,
  taken_at         timestamptz,
  lat              double precision,
  lng              double precision,
  time_gap_seconds integer,
  distance_m       double precision,
  created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX visit_photos_visit ON visit_photos (visit_id, id);

-- 问题清单. A problem of a household (or of a village: household_id NULL). source_key: what opened it
-- automatically ('assessment:<household>/<year>/<guarantee>', 'case:<id>/<criterion>'), so it opens once.
-- handler_region_code: whose inbox holds it — the village, then the town and the county as it escalates.
CREATE TABLE problems (
  id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  household_id        bigint REFERENCES households (id),
  region_code         text NOT NULL REFERENCES regions (code),
  category            text NOT NULL CHECK (category IN ('food', 'clothing', 'education', 'medical', 'housing',
                                                       'water', 'income', 'documents', 'other')),
  description         text NOT NULL CHECK (length(description) BETWEEN 1 AND 2000),
  source              text NOT NULL CHECK (source IN ('visit', 'assessment', 'procedure', 'complaint',
                                                      'inspection', 'manual')),
  source_key          text UNIQUE,
  visit_id            bigint REFERENCES visits (id),
  owner_cadre_id      bigint REFERENCES cadres (id),
  owner_unit_id       bigint REFERENCES org_units (id),
  due                 date NOT NULL,
  state               text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'in_progress', 'solved', 'confirmed')),
  overdue             boolean NOT NULL DEFAULT false,
  handler_region_code text NOT NULL,
  version             integer NOT NULL DEFAULT 1,
  opened_on           date NOT NULL,
  solved_on           date,
  confirmed_on        date,
  created_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX problems_household ON problems (household_id, id);
CREATE INDEX problems_region ON problems (region_code, state, id);
CREATE INDEX problems_handler ON problems (handler_region_code, state, id);
CREATE INDEX problems_owner ON problems (owner_cadre_id, state);

-- A problem's trail, append-only: every action with its actor, date, reason and evidence.
CREATE TABLE problem_events (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  problem_id   bigint NOT NULL REFERENCES problems (id),
  action       text NOT NULL,
  actor_user_id bigint REFERENCES users (id),
  actor_name   text NOT NULL,
  actor_role   text,
  region_code  text,
  date         date NOT NULL,
  reason       text,
  evidence     jsonb,
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX problem_events_problem ON problem_events (problem_id, id);

-- 帮扶措施 per household and year. development: development-type assistance (产业、就业、小额信贷…).
CREATE TABLE assistance_measures (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  household_id  bigint NOT NULL REFERENCES households (id),
  year          smallint NOT NULL CHECK (year BETWEEN 2013 AND 2100),
  category      text NOT NULL CHECK (category IN ('industry', 'employment', 'micro_credit', 'welfare_job',
                  'health', 'compulsory_education', 'other_education', 'social_protection', 'housing_safety',
                  'drinking_water', 'social_assistance', 'relocation', 'living_conditions', 'infrastructure')),
  description   text NOT NULL CHECK (length(description) BETWEEN 1 AND 1000),
  amount        numeric(14, 2) CHECK (amount >= 0),
  provider      text CHECK (length(provider) <= 100),
  start_on      date NOT NULL,
  end_on        date CHECK (end_on >= start_on),
  development   boolean NOT NULL DEFAULT false,
  project_id    bigint,
  version       integer NOT NULL DEFAULT 1,
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX assistance_measures_household ON assistance_measures (household_id, year, id);

-- 项目资金. region_code: the office that keeps the project (county or town); villages and beneficiary households
-- in their own tables. Funds by source in yuan.
CREATE TABLE projects (
  id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  region_code       text NOT NULL REFERENCES regions (code),
  name              text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  type              text NOT NULL CHECK (type IN ('industry', 'infrastructure', 'employment', 'education',
                      'health', 'housing', 'water', 'relocation', 'other')),
  content_scale     text NOT NULL CHECK (length(content_scale) BETWEEN 1 AND 2000),
  fund_central      numeric(14, 2) NOT NULL DEFAULT 0 CHECK (fund_central >= 0),
  fund_provincial   numeric(14, 2) NOT NULL DEFAULT 0 CHECK (fund_provincial >= 0),
  fund_city         numeric(14, 2) NOT NULL DEFAULT 0 CHECK (fund_city >= 0),
  fund_county       numeric(14, 2) NOT NULL DEFAULT 0 CHECK (fund_county >= 0),
  fund_other        numeric(14, 2) NOT NULL DEFAULT 0 CHECK (fund_other >= 0),
  period_from       date NOT NULL,
  period_to         date NOT NULL CHECK (period_to >= period_from),
  responsible_unit  text NOT NULL CHECK (length(responsible_unit) BETWEEN 1 AND 100),
  contractor        text CHECK (length(contractor) <= 100),
  expected_benefit  text CHECK (length(expected_benefit) <= 1000),
  state             text NOT NULL DEFAULT 'planned' CHECK (state IN ('planned', 'in_progress', 'completed',
                      'accepted', 'cancelled')),
  disclosure_article_id bigint REFERENCES portal_articles (id),
  version           integer NOT NULL DEFAULT 1,
  created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX projects_region ON projects (region_code, id);

CREATE TABLE project_villages (
  project_id    bigint NOT NULL REFERENCES projects (id),
  village_code  text NOT NULL REFERENCES regions (code),
  PRIMARY KEY (project_id, village_code)
);
CREATE INDEX project_villages_village ON project_villages (village_code);

CREATE TABLE project_beneficiaries (
  project_id    bigint NOT NULL REFERENCES projects (id),
  household_id  bigint NOT NULL REFERENCES households (id),
  PRIMARY KEY (project_id, household_id)
);
CREATE INDEX project_beneficiaries_household ON project_beneficiaries (household_id);

-- Money paid out of a project, with its voucher (凭证号).
CREATE TABLE disbursements (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  project_id    bigint NOT NULL REFERENCES projects (id),
  paid_on       date NOT NULL,
  amount        numeric(14, 2) NOT NULL CHECK (amount > 0),
  source        text NOT NULL CHECK (source IN ('central', 'provincial', 'city', 'county', 'other')),
  voucher_no    text NOT NULL CHECK (length(voucher_no) BETWEEN 1 AND 50),
  payee         text CHECK (length(payee) <= 100),
  note          text CHECK (length(note) <= 500),
  created_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (project_id, voucher_no)
);

-- 减轻基层负担: what each write cost the person who typed it — the fields typed and those the system filled in.
-- A log, like the audit: written in the write's transaction, never changed.
CREATE TABLE burden_entries (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id      bigint REFERENCES users (id),
  username     text NOT NULL,
  region_code  text NOT NULL,
  action       text NOT NULL,
  typed        integer NOT NULL CHECK (typed >= 0),
  prefilled    integer NOT NULL CHECK (prefilled >= 0),
  at           timestamptz NOT NULL,
  week         date NOT NULL
);
CREATE INDEX burden_entries_region_week ON burden_entries (region_code, week);
CREATE INDEX burden_entries_user_week ON burden_entries (user_id, week);

CREATE TRIGGER org_units_audited AFTER INSERT OR UPDATE OR DELETE ON org_units
  FOR EACH STATEMENT EXECUTE FUNCTION audit_require();
CREATE TRIGGER cadres_audited AFTER INSERT OR UPDATE OR DELETE ON cadres
  FOR EACH STATEMENT EXECUTE FUNCTION audit_require();
CREATE TRIGGER party_branches_audited AFTER INSERT OR UPDATE OR DELETE ON party_branches
  FOR EACH STATEMENT EXECUTE FUNCTION audit_require();
CREATE TRIGGER work_teams_audited AFTER INSERT OR UPDATE OR DELETE ON work_teams
  FOR EACH STATEMENT EXECUTE FUNCTION audit_require();
CREATE TRIGGER work_team_members_audited AFTER INSERT OR UPDATE OR DELETE ON work_team_members
  FOR EACH STATEMENT EXECUTE FUNCTION audit_require();
CREATE TRIGGER pairings_audited AFTER INSERT OR UPDATE OR DELETE ON pairings
  FOR EACH STATEMENT EXECUTE FUNCTION audit_require();
CREATE TRIGGER checkins_audited AFTER INSERT OR UPDATE OR DELETE ON checkins
  FOR EACH STATEMENT EXECUTE FUNCTION audit_require();
CREATE TRIGGER visits_audited AFTER INSERT OR UPDATE OR DELETE ON visits
  FOR EACH STATEMENT EXECUTE FUNCTION audit_require();
CREATE TRIGGER visit_photos_audited AFTER INSERT OR UPDATE OR DELETE ON visit_photos
  FOR EACH STATEMENT EXECUTE FUNCTION audit_require();
CREATE TRIGGER problems_audited AFTER INSERT OR UPDATE OR DELETE ON problems
  FOR EACH STATEMENT EXECUTE FUNCTION audit_require();
CREATE TRIGGER problem_events_audited AFTER INSERT OR UPDATE OR DELETE ON problem_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_require();
CREATE TRIGGER assistance_measures_audited AFTER INSERT OR UPDATE OR DELETE ON assistance_measures
  FOR EACH STATEMENT EXECUTE FUNCTION audit_require();
CREATE TRIGGER projects_audited AFTER INSERT OR UPDATE OR DELETE ON projects
  FOR EACH STATEMENT EXECUTE FUNCTION audit_require();
CREATE TRIGGER project_villages_audited AFTER INSERT OR UPDATE OR DELETE ON project_villages
  FOR EACH STATEMENT EXECUTE FUNCTION audit_require();
CREATE TRIGGER project_beneficiaries_audited AFTER INSERT OR UPDATE OR DELETE ON project_beneficiaries
  FOR EACH STATEMENT EXECUTE FUNCTION audit_require();
CREATE TRIGGER disbursements_audited AFTER INSERT OR UPDATE OR DELETE ON disbursements
  FOR EACH STATEMENT EXECUTE FUNCTION audit_require();

CREATE TRIGGER problem_events_append_only BEFORE UPDATE OR DELETE ON problem_events
  FOR EACH ROW EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER problem_events_no_truncate BEFORE TRUNCATE ON problem_events
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER burden_entries_append_only BEFORE UPDATE OR DELETE ON burden_entries
  FOR EACH ROW EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER burden_entries_no_truncate BEFORE TRUNCATE ON burden_entries
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewrite();
