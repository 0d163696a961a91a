-- The public portal (issue 12): one site per region that has one, its columns, the articles editors publish
-- (every revision kept), the images they carry, structured fund disclosures, complaints from the public with
-- their trail, the working-day calendar the complaint deadlines are counted on, and the one-use tokens of the
-- human check. New roles: contributor and editor (portal only; they read nothing of the registry).

ALTER TABLE role_grants DROP CONSTRAINT role_grants_role_check;
ALTER TABLE role_grants ADD CONSTRAINT role_grants_role_check
  CHECK (role IN ('system_admin', 'county_admin', 'town_official', 'village_cadre', 'inspector',
                  'contributor', 'editor'));

-- A site per county or town. The primary site answers at `/`; every site also at /s/{region_code}/.
-- footer: {sponsor 主办单位, organizer 承办单位, siteId 网站标识码, icp ICP备案号, police 公安机关备案号, contact,
-- supervision 监督电话, errorReportUrl 找错}.
CREATE TABLE portal_sites (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  region_code  text NOT NULL UNIQUE REFERENCES regions (code),
  name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
  logo_image_id bigint,
  footer       jsonb NOT NULL DEFAULT '{}',
  is_primary   boolean NOT NULL DEFAULT false,
  version      integer NOT NULL DEFAULT 1,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX portal_sites_one_primary ON portal_sites (is_primary) WHERE is_primary;

-- kind: what a column lists besides its articles — `notices` (the procedures' notices of the site's region),
-- `disclosures` (fund and project disclosures), `complaints` (the complaint form and published replies).
-- stale_days: the self-inspection flags a column with nothing new for longer (NULL: never).
CREATE TABLE portal_columns (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  site_id      bigint NOT NULL REFERENCES portal_sites (id),
  slug         text NOT NULL CHECK (slug ~ '^[a-z][a-z0-9-]{0,39}$'),
  name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 30),
  kind         text NOT NULL DEFAULT 'articles' CHECK (kind IN ('articles', 'notices', 'disclosures', 'complaints')),
  position     integer NOT NULL DEFAULT 0,
  stale_days   integer CHECK (stale_days BETWEEN 1 AND 3650),
  version      integer NOT NULL DEFAULT 1,
  created_at   timestamptz NOT NULL DEFAULT now(),
  UNIQUE (site_id, slug)
);

CREATE TABLE portal_images (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  site_id      bigint NOT NULL REFERENCES portal_sites (id),
  file_name    text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
  content_type text NOT NULL CHECK (content_type IN ('image/png', 'image/jpeg', 'image/gif', 'image/webp')),
  size         integer NOT NULL CHECK (size BETWEEN 1 AND 5242880),
  width        integer,
  height       integer,
  sha256       text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  content      bytea NOT NULL CHECK (octet_length(content) = size),
  alt          text NOT NULL DEFAULT '' CHECK (length(alt) <= 200),
  uploaded_by  bigint REFERENCES users (id),
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX portal_images_site ON portal_images (site_id, id);
ALTER TABLE portal_sites ADD FOREIGN KEY (logo_image_id) REFERENCES portal_images (id);

-- An article (kind article) or a fund and project disclosure (kind disclosure, its fields in `disclosure`).
-- draft → in_review → scheduled → published → withdrawn (and back to draft from review). body_html is
-- sanitised on write (and again on render); body_text is its text, for search and summaries.
-- min_days: the least days it stays published (a disclosure: 10), withdrawal refused before.
CREATE TABLE portal_articles (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  site_id      bigint NOT NULL REFERENCES portal_sites (id),
  column_id    bigint NOT NULL REFERENCES portal_columns (id),
  kind         text NOT NULL DEFAULT 'article' CHECK (kind IN ('article', 'disclosure')),
  state        text NOT NULL DEFAULT 'draft'
               CHECK (state IN ('draft', 'in_review', 'scheduled', 'published', 'withdrawn')),
  title        text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  body_html    text NOT NULL DEFAULT '' CHECK (length(body_html) <= 200000),
  body_text    text NOT NULL DEFAULT '',
  source       text CHECK (length(source) <= 100),
  author       text CHECK (length(author) <= 100),
  organisation text CHECK (length(organisation) <= 100),
  disclosure   jsonb,
  min_days     integer CHECK (min_days BETWEEN 1 AND 3650),
  publish_at   timestamptz,
  published_at timestamptz,
  withdrawn_at timestamptz,
  withdrawn_reason text CHECK (length(withdrawn_reason) <= 500),
  revision     integer NOT NULL DEFAULT 1,
  version      integer NOT NULL DEFAULT 1,
  created_by   bigint REFERENCES users (id),
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  CHECK ((kind = 'disclosure') = (disclosure IS NOT NULL)),
  CHECK (state <> 'published' OR published_at IS NOT NULL),
  CHECK (state <> 'scheduled' OR publish_at IS NOT NULL)
);
CREATE INDEX portal_articles_column ON portal_articles (column_id, published_at DESC, id DESC)
  WHERE state = 'published';
CREATE INDEX portal_articles_site ON portal_articles (site_id, state, id);
CREATE INDEX portal_articles_due ON portal_articles (publish_at) WHERE state = 'scheduled';

-- Every revision as written, never changed: diffable in the console.
CREATE TABLE portal_article_revisions (
  article_id   bigint NOT NULL REFERENCES portal_articles (id),
  revision     integer NOT NULL,
  title        text NOT NULL,
  body_html    text NOT NULL,
  fields       jsonb NOT NULL DEFAULT '{}',
  note         text CHECK (length(note) <= 500),
  edited_by    bigint REFERENCES users (id),
  edited_by_name text NOT NULL,
  edited_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (article_id, revision)
);

-- A complaint from the public. region_code: the region it concerns; handler_region_code: the inbox it sits
-- in (the concerned region's town, or the county; one level up at each escalation). The query code is kept
-- only as a keyed hash; the contact is shown to its handlers only (never on a page, in the audit only masked).
CREATE TABLE complaints (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tracking_no  text NOT NULL UNIQUE CHECK (tracking_no ~ '^[A-Z0-9]{8,24}$'),
  query_code_hash text NOT NULL,
  site_id      bigint REFERENCES portal_sites (id),
  region_code  text NOT NULL REFERENCES regions (code),
  county_code  text NOT NULL CHECK (county_code = left(region_code, 6)),
  handler_region_code text NOT NULL,
  title        text NOT NULL CHECK (length(title) BETWEEN 1 AND 100),
  content      text NOT NULL CHECK (length(content) BETWEEN 1 AND 5000),
  contact      text CHECK (length(contact) <= 500),
  anonymous    boolean NOT NULL DEFAULT false,
  consent_publish boolean NOT NULL DEFAULT false,
  state        text NOT NULL DEFAULT 'received'
               CHECK (state IN ('received', 'in_progress', 'answered', 'closed')),
  received_on  date NOT NULL,
  due_on       date NOT NULL,
  escalation_level integer NOT NULL DEFAULT 0,
  overdue      boolean NOT NULL DEFAULT false,
  reply        text CHECK (length(reply) <= 5000),
  replied_on   date,
  public_reply text CHECK (length(public_reply) <= 5000),
  published    boolean NOT NULL DEFAULT false,
  version      integer NOT NULL DEFAULT 1,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX complaints_inbox ON complaints (handler_region_code, state, due_on);
CREATE INDEX complaints_open_due ON complaints (due_on) WHERE state IN ('received', 'in_progress');

CREATE TABLE complaint_events (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  complaint_id bigint NOT NULL REFERENCES complaints (id),
  action       text NOT NULL,
  from_state   text,
  to_state     text NOT NULL,
  from_region  text,
  to_region    text,
  actor_id     bigint,
  actor        text NOT NULL,
  note         text CHECK (length(note) <= 5000),
  date         date NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX complaint_events_complaint ON complaint_events (complaint_id, id);

CREATE TABLE complaint_attachments (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  complaint_id bigint NOT NULL REFERENCES complaints (id),
  file_name    text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
  content_type text NOT NULL,
  size         integer NOT NULL CHECK (size BETWEEN 1 AND 5242880),
  sha256       text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  content      bytea NOT NULL CHECK (octet_length(content) = size),
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX complaint_attachments_complaint ON complaint_attachments (complaint_id, id);

-- The working-day calendar: days that differ from the rule "Monday to Friday" — holidays (workday false) and
-- the weekend days worked in their place (调休, workday true).
CREATE TABLE calendar_days (
  day          date PRIMARY KEY,
  workday      boolean NOT NULL,
  name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 40)
);

-- Human-check tokens already used (a token answers once); rows past their expiry are swept.
CREATE TABLE human_check_used (
  nonce        text PRIMARY KEY,
  expires_at   timestamptz NOT NULL
);
CREATE INDEX human_check_used_expiry ON human_check_used (expires_at);

CREATE TRIGGER portal_sites_audited AFTER INSERT OR UPDATE OR DELETE ON portal_sites
  FOR EACH STATEMENT EXECUTE FUNCTION audit_require();
CREATE TRIGGER portal_columns_audited AFTER INSERT OR UPDATE OR DELETE ON portal_columns
  FOR EACH STATEMENT EXECUTE FUNCTION audit_require();
CREATE TRIGGER portal_images_audited AFTER INSERT OR UPDATE OR DELETE ON portal_images
  FOR EACH STATEMENT EXECUTE FUNCTION audit_require();
CREATE TRIGGER portal_articles_audited AFTER INSERT OR UPDATE OR DELETE ON portal_articles
  FOR EACH STATEMENT EXECUTE FUNCTION audit_require();
CREATE TRIGGER portal_article_revisions_audited AFTER INSERT OR UPDATE OR DELETE ON portal_article_revisions
  FOR EACH STATEMENT EXECUTE FUNCTION audit_require();
CREATE TRIGGER complaints_audited AFTER INSERT OR UPDATE OR DELETE ON complaints
  FOR EACH STATEMENT EXECUTE FUNCTION audit_require();
CREATE TRIGGER complaint_events_audited AFTER INSERT OR UPDATE OR DELETE ON complaint_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_require();
CREATE TRIGGER complaint_attachments_audited AFTER INSERT OR UPDATE OR DELETE ON complaint_attachments
  FOR EACH STATEMENT EXECUTE FUNCTION audit_require();
CREATE TRIGGER calendar_days_audited AFTER INSERT OR UPDATE OR DELETE ON calendar_days
  FOR EACH STATEMENT EXECUTE FUNCTION audit_require();

CREATE TRIGGER portal_article_revisions_append_only BEFORE UPDATE OR DELETE ON portal_article_revisions
  FOR EACH ROW EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER portal_article_revisions_no_truncate BEFORE TRUNCATE ON portal_article_revisions
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER complaint_events_append_only BEFORE UPDATE OR DELETE ON complaint_events
  FOR EACH ROW EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER complaint_events_no_truncate BEFORE TRUNCATE ON complaint_events
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewrite();
