-- No hot rows (issue 10 §6). Until now every registry write anywhere upserted the country's row of
-- region_stats, and every write in a province its province's row, so at a year-end peak all counties queued
-- behind each other on those rows. The maintained rows now stop at the county — the unit that writes: an
-- import locks per county, a county office edits its own households — and the city, province and country are
-- read as the sum of their counties' rows by region_figures(), the one reader of region_stats. Sums of
-- integers are exact, and a county's rows are few (about 25 per year), so the country's figures of one year
-- sum some 75,000 rows at national scale while a write touches only rows of its own county.

-- The expansion of 0015 without the three levels above the county: the county (6 digits), the town (9) and
-- the village itself. A city without counties (东莞 441900) keeps one row under its own code, as before.
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
                             ('type', r->>'type')) d (dimension, key)
  WHERE d.dimension = 'status' OR r->>'status' IS DISTINCT FROM '04'
  GROUP BY 1, 2, 3, 4
  HAVING sum((r->>'h')::bigint) <> 0 OR sum((r->>'p')::bigint) <> 0
$$;

-- The county rows are those whose last six digits are zero (towns and villages never are). This index holds
-- only them, so summing a province reads its counties' rows, not the rows of its tens of thousands of villages.
-- No counts in the index: an update that changes no indexed column stays a HOT update (see 0007).
CREATE INDEX region_stats_counties ON region_stats (region_code, year, dimension, key)
  WHERE right(region_code, 6) = '000000';

-- The significant prefix of a code at or above the county, as regions/region-code.ts prefixOf.
CREATE FUNCTION region_prefix(code text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN substr(code, 5, 2) <> '00' THEN left(code, 6)
              WHEN substr(code, 3, 2) <> '00' THEN left(code, 4)
              WHEN code <> '000000000000' THEN left(code, 2)
              ELSE '' END
$$;

-- The figures of any region, every year: a town's or village's maintained rows as they are; for a county
-- and above, the sum of the county rows in its code range (a county is the sum of its one row). Readers put
-- their year and dimension in their own WHERE: the function is inlined, so those conditions reach the index
-- scan and the branch that does not apply to the code is dropped at planning or start-up.
CREATE FUNCTION region_figures(of_region text)
RETURNS TABLE (region_code text, year smallint, dimension text, key text, households bigint, persons bigint)
LANGUAGE sql STABLE AS $$
  SELECT s.region_code, s.year, s.dimension, s.key, s.households::bigint, s.persons::bigint
  FROM region_stats s
  WHERE right(of_region, 6) <> '000000' AND s.region_code = of_region
  UNION ALL
  SELECT of_region, s.year, s.dimension, s.key, sum(s.households), sum(s.persons)
  FROM region_stats s
  WHERE right(of_region, 6) = '000000' AND right(s.region_code, 6) = '000000'
    AND s.region_code BETWEEN rpad(region_prefix(of_region), 12, '0') AND rpad(region_prefix(of_region), 12, '9')
  GROUP BY s.year, s.dimension, s.key
$$;

DELETE FROM region_stats;
INSERT INTO region_stats (region_code, year, dimension, key, households, persons)
SELECT region_code, year, dimension, key, households, persons FROM region_stats_recompute();
