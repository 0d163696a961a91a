-- Regions: the five levels of the statistical division, every code padded to 12 digits
-- (province 11 → 110000000000, city 1101 → 110100000000, county 110101 → 110101000000,
--  town 110101001 → 110101001000, village 110101001001 as is). A subtree is the code range
-- [prefix padded with 0, prefix padded with 9], so scoping is one index range scan.
CREATE TABLE regions (
  code        text PRIMARY KEY CHECK (code ~ '^[0-9]{12}$'),
  level       smallint NOT NULL CHECK (level BETWEEN 1 AND 5),
  parent_code text CHECK (parent_code ~ '^[0-9]{12}$'),
  name        text NOT NULL
);
CREATE INDEX regions_parent ON regions (parent_code, code);

CREATE TABLE users (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  username       text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9_.-]{2,64}$'),
  display_name   text NOT NULL,
  password_hash  text NOT NULL,
  active         boolean NOT NULL DEFAULT true,
  failed_logins  integer NOT NULL DEFAULT 0,
  locked_until   timestamptz,
  created_at     timestamptz NOT NULL DEFAULT now(),
  version        integer NOT NULL DEFAULT 1
);

-- A role held on a region subtree.
CREATE TABLE role_grants (
  user_id     bigint NOT NULL REFERENCES users (id),
  role        text NOT NULL,
  region_code text NOT NULL CHECK (region_code ~ '^[0-9]{12}$'),
  PRIMARY KEY (user_id, role, region_code)
);

-- Sessions are looked up by the SHA-256 of the cookie token, so a leaked table cannot be replayed.
CREATE TABLE sessions (
  token_hash   text PRIMARY KEY,
  user_id      bigint NOT NULL REFERENCES users (id),
  created_at   timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sessions_user ON sessions (user_id);

-- One row per write, in the transaction of the write. region_code NULL = system-wide (users, configuration).
CREATE TABLE audit_log (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at          timestamptz NOT NULL DEFAULT now(),
  actor_id    bigint,
  actor       text NOT NULL,
  source      text NOT NULL,
  region_code text,
  action      text NOT NULL,
  entity      text NOT NULL,
  entity_id   text,
  before      jsonb,
  after       jsonb,
  request_id  text
);
CREATE INDEX audit_region ON audit_log (region_code, id);
CREATE INDEX audit_entity ON audit_log (entity, entity_id, id);
