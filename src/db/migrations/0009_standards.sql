-- Poverty standards (贫困标准) as configuration: the national income line per year, provincial lines that
-- override it for a province and year, and the monitoring range multiplier (监测范围 = line × multiplier).
--
-- Rows are versions and are never changed in place: a change for the current or a future year appends a new
-- version (who, when, why), the latest version of a (year, province) is the one in force, and households keep
-- a reference to the exact version they were identified under. province NULL is the national line.
CREATE TABLE poverty_standards (
  id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  year                  smallint NOT NULL CHECK (year BETWEEN 2013 AND 2100),
  province              text CHECK (province ~ '^[0-9]{2}$'),
  version               integer NOT NULL CHECK (version > 0),
  line                  numeric(10, 2) NOT NULL CHECK (line > 0),
  monitoring_multiplier numeric(4, 2) NOT NULL DEFAULT 1.5 CHECK (monitoring_multiplier BETWEEN 1 AND 3),
  reason                text NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
  changed_by            text NOT NULL,
  changed_by_id         bigint,
  changed_at            timestamptz NOT NULL DEFAULT now()
);
-- coalesce: one sequence of versions for the national line too (NULLs would never collide in a unique index).
CREATE UNIQUE INDEX poverty_standards_version ON poverty_standards (year, coalesce(province, ''), version);

-- Refuses UPDATE, DELETE and TRUNCATE on tables whose rows are history: the past is appended to, never rewritten.
CREATE FUNCTION refuse_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'rows of % are history: append a new row instead of changing one', TG_TABLE_NAME
    USING ERRCODE = 'ZF002';
END $$;

CREATE TRIGGER poverty_standards_append_only BEFORE UPDATE OR DELETE ON poverty_standards
  FOR EACH ROW EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER poverty_standards_no_truncate BEFORE TRUNCATE ON poverty_standards
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER poverty_standards_audited AFTER INSERT OR UPDATE OR DELETE ON poverty_standards
  FOR EACH STATEMENT EXECUTE FUNCTION audit_require();

-- The standard in force for a household of village `p_region` in `p_year`: the province's own line when it has
-- one, else the national line, the latest version of either; NULL when no line is configured for the year.
-- The one definition of the rule, used by the registry's commands (resolveStandard) and usable in bulk SQL such
-- as the import: households.standard_id = poverty_standard_id(region_code, coalesce(identified_year, <this year>)).
CREATE FUNCTION poverty_standard_id(p_region text, p_year integer) RETURNS bigint LANGUAGE sql STABLE AS $$
  SELECT s.id FROM poverty_standards s
  WHERE s.year = p_year AND (s.province IS NULL OR s.province = left(p_region, 2))
  ORDER BY s.province IS NULL, s.version DESC
  LIMIT 1
$$;

-- The standard each household was identified under (NULL: unknown, or no line configured for that year).
ALTER TABLE households ADD COLUMN standard_id bigint REFERENCES poverty_standards (id);
CREATE INDEX households_standard ON households (standard_id) WHERE standard_id IS NOT NULL;

-- The national lines published by the National Bureau of Statistics (2,300 yuan at 2010 prices, re-priced);
-- other years and provincial lines are configured by administrators.
INSERT INTO poverty_standards (year, province, version, line, monitoring_multiplier, reason, changed_by) VALUES
  (2014, NULL, 1, 2800, 1.5, '国家农村贫困标准（2010年不变价2300元）/ national rural poverty line', 'system:migration'),
  (2015, NULL, 1, 2855, 1.5, '国家农村贫困标准（2010年不变价2300元）/ national rural poverty line', 'system:migration'),
  (2019, NULL, 1, 3218, 1.5, '国家农村贫困标准（2010年不变价2300元）/ national rural poverty line', 'system:migration'),
  (2020, NULL, 1, 4000, 1.5, '国家农村贫困标准（2010年不变价2300元）/ national rural poverty line', 'system:migration');

-- Households already registered with a year of identification get the standard of that year, and the seed
-- and this backfill are audited like any other write (the guard of 0006 would refuse the migration otherwise).
WITH backfilled AS (
  UPDATE households h SET standard_id = poverty_standard_id(h.region_code, h.identified_year)
  WHERE h.identified_year IS NOT NULL AND h.standard_id IS NULL
  RETURNING h.id)
INSERT INTO audit_log (actor, source, region_code, action, entity, entity_id, after)
SELECT 'system:migration', 'system', NULL, 'standard.seed', 'poverty_standard', NULL,
       jsonb_build_object(
         'lines', (SELECT jsonb_agg(jsonb_build_object('year', year, 'line', line) ORDER BY year) FROM poverty_standards),
         'householdsBackfilled', (SELECT count(*) FROM backfilled));
