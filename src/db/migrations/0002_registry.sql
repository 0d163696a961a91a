-- The registry (建档立卡): households, their yearly facts, members and their change events, the field-level
-- change history, and the per-region statistics maintained by triggers.

CREATE TABLE households (
  id                      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  household_no            text NOT NULL UNIQUE CHECK (household_no ~ '^[0-9A-Za-z-]{1,40}$'),
  county_code             text NOT NULL CHECK (county_code ~ '^[0-9]{6}$'),
  region_code             text NOT NULL REFERENCES regions (code),
  natural_village         text,
  group_name              text,
  phone                   text,
  bank_account            text,
  identification_standard text NOT NULL DEFAULT '1',
  identified_year         smallint,
  land_area               numeric(10, 2),
  housing_area            numeric(10, 2),
  housing_rating          text,
  safe_water              boolean,
  road_access             boolean,
  relocated               boolean NOT NULL DEFAULT false,
  cadre_name              text,
  cadre_unit              text,
  cadre_phone             text,
  reason_not_exited       text,
  version                 integer NOT NULL DEFAULT 1,
  created_at              timestamptz NOT NULL DEFAULT now(),
  updated_at              timestamptz NOT NULL DEFAULT now(),
  CHECK (left(region_code, 6) = county_code)
);
CREATE INDEX households_region ON households (region_code, id);

-- The facts that change every year. region_code is where the household was registered that year, so last
-- year's figures stay as they were when a household moves.
CREATE TABLE household_years (
  household_id      bigint NOT NULL REFERENCES households (id),
  year              smallint NOT NULL CHECK (year BETWEEN 2013 AND 2100),
  region_code       text NOT NULL,
  status            text NOT NULL,
  household_type    text NOT NULL,
  main_cause        text NOT NULL,
  secondary_causes  text[] NOT NULL DEFAULT '{}',
  size              integer NOT NULL CHECK (size >= 0),
  wage_income       numeric(12, 2) NOT NULL DEFAULT 0,
  business_income   numeric(12, 2) NOT NULL DEFAULT 0,
  property_income   numeric(12, 2) NOT NULL DEFAULT 0,
  transfer_income   numeric(12, 2) NOT NULL DEFAULT 0,
  business_costs    numeric(12, 2) NOT NULL DEFAULT 0,
  -- 人均纯收入 = (wages + business + property + transfers − business costs) ÷ household size
  per_capita_income numeric(12, 2) GENERATED ALWAYS AS (
    round((wage_income + business_income + property_income + transfer_income - business_costs) / nullif(size, 0), 2)
  ) STORED,
  -- 两不愁三保障 + safe water; NULL = not yet assessed.
  food_secure       boolean,
  clothing_secure   boolean,
  education_secure  boolean,
  medical_secure    boolean,
  housing_secure    boolean,
  water_secure      boolean,
  PRIMARY KEY (household_id, year)
);
CREATE INDEX household_years_list ON household_years (year, region_code, household_id);

CREATE TABLE members (
  id                        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  household_id              bigint NOT NULL REFERENCES households (id),
  county_code               text NOT NULL,
  name                      text NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
  id_number                 text NOT NULL CHECK (id_number ~ '^[0-9]{17}[0-9X]$'),
  sex                       text NOT NULL,
  birth_date                date NOT NULL,
  relation                  text NOT NULL,
  education                 text,
  student_status            text,
  health                    text,
  disability_cert           text,
  labour                    text,
  migrant_work_place        text,
  migrant_work_months       smallint CHECK (migrant_work_months BETWEEN 0 AND 12),
  medical_insurance         boolean,
  serious_illness_insurance boolean,
  pension_insurance         boolean,
  dibao                     boolean,
  tekun                     boolean,
  welfare_job               boolean,
  phone                     text,
  -- A member leaves a household by a change event (death, marriage out, moving), never by deletion.
  active                    boolean NOT NULL DEFAULT true,
  left_event                text,
  left_on                   date,
  version                   integer NOT NULL DEFAULT 1,
  created_at                timestamptz NOT NULL DEFAULT now(),
  updated_at                timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX members_household ON members (household_id, id);
-- One person in at most one household at a time; at most one head per household.
CREATE UNIQUE INDEX members_one_active_id ON members (id_number) WHERE active;
CREATE UNIQUE INDEX members_one_head ON members (household_id) WHERE active AND relation = '01';
CREATE INDEX members_name ON members (county_code, name);

CREATE TABLE member_events (
  id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  member_id         bigint NOT NULL REFERENCES members (id),
  household_id      bigint NOT NULL REFERENCES households (id),
  event             text NOT NULL,
  event_date        date NOT NULL,
  other_household_id bigint REFERENCES households (id),
  note              text,
  at                timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX member_events_household ON member_events (household_id, id);

-- Field-level history: one row per changed field of a household, its yearly facts or a member.
CREATE TABLE change_history (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  household_id bigint NOT NULL,
  member_id    bigint,
  year         smallint,
  field        text NOT NULL,
  old_value    text,
  new_value    text,
  action       text NOT NULL,
  actor        text NOT NULL,
  request_id   text,
  at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX change_history_household ON change_history (household_id, id);

-- Statistics per region (all five levels) and year: households and persons in total and by status, main
-- cause and household type. Maintained by the triggers below in the transaction of every write, so reading
-- them never scans the registry. dimension 'total' has key ''.
CREATE TABLE region_stats (
  region_code text NOT NULL,
  year        smallint NOT NULL,
  dimension   text NOT NULL CHECK (dimension IN ('total', 'status', 'cause', 'type')),
  key         text NOT NULL,
  households  integer NOT NULL,
  persons     integer NOT NULL,
  PRIMARY KEY (region_code, year, dimension, key)
);

-- Expands yearly rows, already grouped by village and categories, to the village's ancestors and the four
-- dimensions. Grouping first keeps a bulk import of 300,000 households to a few thousand rows here.
CREATE FUNCTION region_stats_expand(rows jsonb)
RETURNS TABLE (region_code text, year smallint, dimension text, key text, households bigint, persons bigint)
LANGUAGE sql IMMUTABLE AS $$
  SELECT a.code, (r->>'year')::smallint, d.dimension, d.key, sum((r->>'h')::bigint), sum((r->>'p')::bigint)
  FROM jsonb_array_elements(rows) r
  CROSS JOIN LATERAL (
    SELECT DISTINCT c AS code FROM unnest(ARRAY[
      rpad(left(r->>'region', 2), 12, '0'), rpad(left(r->>'region', 4), 12, '0'),
      rpad(left(r->>'region', 6), 12, '0'), rpad(left(r->>'region', 9), 12, '0'), r->>'region']) c
  ) a
  CROSS JOIN LATERAL (VALUES ('total', ''), ('status', r->>'status'), ('cause', r->>'cause'),
                             ('type', r->>'type')) d (dimension, key)
  GROUP BY 1, 2, 3, 4
  HAVING sum((r->>'h')::bigint) <> 0 OR sum((r->>'p')::bigint) <> 0
$$;

CREATE FUNCTION region_stats_apply(delta jsonb) RETURNS void LANGUAGE sql AS $$
  INSERT INTO region_stats AS s (region_code, year, dimension, key, households, persons)
  SELECT region_code, year, dimension, key, households, persons FROM region_stats_expand(delta)
  ON CONFLICT (region_code, year, dimension, key)
  DO UPDATE SET households = s.households + EXCLUDED.households, persons = s.persons + EXCLUDED.persons
$$;

-- Statement-level: one aggregated update per statement, whether it touched one row or a whole import. The
-- branches read only the transition tables their operation has.
CREATE FUNCTION household_years_stats() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  plus jsonb;
  minus jsonb;
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    SELECT jsonb_agg(g) INTO plus FROM (
      SELECT region_code AS region, year, status, main_cause AS cause, household_type AS type,
             count(*) AS h, sum(size) AS p
      FROM new_rows GROUP BY 1, 2, 3, 4, 5) g;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    SELECT jsonb_agg(g) INTO minus FROM (
      SELECT region_code AS region, year, status, main_cause AS cause, household_type AS type,
             -count(*) AS h, -sum(size) AS p
      FROM old_rows GROUP BY 1, 2, 3, 4, 5) g;
  END IF;
  PERFORM region_stats_apply(coalesce(plus, '[]'::jsonb) || coalesce(minus, '[]'::jsonb));
  RETURN NULL;
END $$;

CREATE TRIGGER household_years_stats_insert AFTER INSERT ON household_years
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION household_years_stats();
CREATE TRIGGER household_years_stats_update AFTER UPDATE ON household_years
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION household_years_stats();
CREATE TRIGGER household_years_stats_delete AFTER DELETE ON household_years
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION household_years_stats();

-- The same figures computed from scratch; the rebuild command and the property test compare against this.
CREATE FUNCTION region_stats_recompute() RETURNS TABLE (
  region_code text, year smallint, dimension text, key text, households bigint, persons bigint)
LANGUAGE sql STABLE AS $$
  SELECT * FROM region_stats_expand((
    SELECT coalesce(jsonb_agg(g), '[]'::jsonb) FROM (
      SELECT region_code AS region, year, status, main_cause AS cause, household_type AS type,
             count(*) AS h, sum(size) AS p
      FROM household_years GROUP BY 1, 2, 3, 4, 5) g))
$$;
