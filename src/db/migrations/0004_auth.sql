-- Login throttling. failed_logins counts consecutive unsuccessful attempts; last_failed_at is when the last
-- one was counted, and the back-off window (2^(failed_logins-3) seconds) runs from it. All of it is compared
-- with the database clock, now().
ALTER TABLE users ADD COLUMN last_failed_at timestamptz;

-- Only the roles the code knows (src/modules/auth/actor.ts).
ALTER TABLE role_grants ADD CONSTRAINT role_grants_role_check
  CHECK (role IN ('system_admin', 'county_admin', 'town_official', 'village_cadre', 'inspector'));

-- Scoped user lists ask "which users hold a grant in this code range".
CREATE INDEX role_grants_region ON role_grants (region_code, user_id);
