-- The registry admits applicants and monitored households (issue 11 §1). An ordinary rural household (type 00
-- 一般农户) may carry no poverty status and no main cause: it is registered to apply for identification or to
-- be monitored. The monitoring facts (防止返贫动态监测) are kept per household and year beside the status, and
-- the year a household exited beside the year it was identified. These facts change only by the procedures
-- (src/modules/registry/standing.ts) and the import of decisions taken before the system.
ALTER TABLE household_years
  ALTER COLUMN status DROP NOT NULL,
  ALTER COLUMN main_cause DROP NOT NULL,
  ADD COLUMN monitoring_type    text,
  ADD COLUMN risk_types         text[] NOT NULL DEFAULT '{}',
  ADD COLUMN monitoring_state   text,
  ADD COLUMN monitored_on       date,
  ADD COLUMN risk_eliminated_on date,
  ADD CONSTRAINT household_years_status_ordinary CHECK (status IS NOT NULL OR household_type = '00'),
  ADD CONSTRAINT household_years_cause_ordinary CHECK (main_cause IS NOT NULL OR household_type = '00'),
  -- A monitored household has both a type and a state; an unmonitored one neither.
  ADD CONSTRAINT household_years_monitoring CHECK ((monitoring_type IS NULL) = (monitoring_state IS NULL));

ALTER TABLE households ADD COLUMN exit_year smallint CHECK (exit_year BETWEEN 2013 AND 2100);

-- The change history says which case wrote a standing (source 'procedure').
ALTER TABLE change_history ADD COLUMN case_id bigint;

-- A new dimension of the statistics: monitored households by type and state, key 'type:state' (e.g. '2:1').
-- A household without a status (an applicant, a monitored ordinary household) is not a registered poor
-- household (在册户): it is in no total, status, cause or type figure, only in 'monitoring' when monitored.
-- Cancelled households (04) are monitored no more.
ALTER TABLE region_stats DROP CONSTRAINT region_stats_dimension_check;
ALTER TABLE region_stats ADD CONSTRAINT region_stats_dimension_check
  CHECK (dimension IN ('total', 'status', 'cause', 'type', 'monitoring'));

-- The expansion of 0016 with the monitoring dimension.
CREATE OR REPLACE FUNCTION region_stats_expand(rows jsonb)
RETURNS TABLE (region_code text, year smallint, dimension text, key text, households bigint, persons bigint)
LANGUAGE sql IMMUTABLE AS $$
  SELECT a.code, (r->>'year')::smallint, d.dimension, d.key, sum((r->>'h')::bigint), sum((r->>'p')::bigint)
  FROM jsonb_array_elements(rows) r
  CROSS JOIN LATERAL (
    SELECT DISTINCT c AS code FROM unnest(ARRAY[
      rpad(left(r->>'region', 6), 12, '0'), rpad(left(r->>'region', 9), 12, '0'), r->>'region']) c
  ) a
  CROSS JOIN LATERAL (VALUES ('total', ''), ('status', r->>'status'), ('cause', r->>'cause'),
                             ('type', r->>'type'), ('monitoring', r->>'monitoring')) d (dimension, key)
  WHERE d.key IS NOT NULL
    AND CASE d.dimension
          WHEN 'status' THEN true
          WHEN 'monitoring' THEN r->>'status' IS DISTINCT FROM '04'
          ELSE r->>'status' IS NOT NULL AND r->>'status' <> '04'
        END
  GROUP BY 1, 2, 3, 4
  HAVING sum((r->>'h')::bigint) <> 0 OR sum((r->>'p')::bigint) <> 0
$$;

-- The monitoring key of a year row: 'type:state', NULL when not monitored.
CREATE FUNCTION monitoring_key(monitoring_type text, monitoring_state text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT monitoring_type || ':' || monitoring_state $$;

CREATE OR REPLACE FUNCTION household_years_stats() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  plus jsonb;
  minus jsonb;
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    SELECT jsonb_agg(g) INTO plus FROM (
      SELECT region_code AS region, year, status, main_cause AS cause, household_type AS type,
             monitoring_key(monitoring_type, monitoring_state) AS monitoring, count(*) AS h, sum(size) AS p
      FROM new_rows GROUP BY 1, 2, 3, 4, 5, 6) g;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    SELECT jsonb_agg(g) INTO minus FROM (
      SELECT region_code AS region, year, status, main_cause AS cause, household_type AS type,
             monitoring_key(monitoring_type, monitoring_state) AS monitoring, -count(*) AS h, -sum(size) AS p
      FROM old_rows GROUP BY 1, 2, 3, 4, 5, 6) g;
  END IF;
  PERFORM region_stats_apply(coalesce(plus, '[]'::jsonb) || coalesce(minus, '[]'::jsonb));
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION region_stats_recompute() RETURNS TABLE (
  region_code text, year smallint, dimension text, key text, households bigint, persons bigint)
LANGUAGE sql STABLE AS $$
  SELECT * FROM region_stats_expand((
    SELECT coalesce(jsonb_agg(g), '[]'::jsonb) FROM (
      SELECT region_code AS region, year, status, main_cause AS cause, household_type AS type,
             monitoring_key(monitoring_type, monitoring_state) AS monitoring, count(*) AS h, sum(size) AS p
      FROM household_years GROUP BY 1, 2, 3, 4, 5, 6) g))
$$;
