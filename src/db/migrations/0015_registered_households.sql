-- One definition of each number (issue 10 §4, docs/glossary.md "Figures"). The registered households
-- (在册户) are those not cancelled (status 04): the 'total', 'cause' and 'type' dimensions count only them, so
-- a cause or type breakdown sums to the total it breaks down. The 'status' dimension keeps every status, 04
-- included, so the cancelled households are still counted — apart. Replaces the expansion of 0008 (the
-- triggers and region_stats_recompute() call it) and rebuilds the figures once.
CREATE OR REPLACE FUNCTION region_stats_expand(rows jsonb)
RETURNS TABLE (region_code text, year smallint, dimension text, key text, households bigint, persons bigint)
LANGUAGE sql IMMUTABLE AS $$
  SELECT a.code, (r->>'year')::smallint, d.dimension, d.key, sum((r->>'h')::bigint), sum((r->>'p')::bigint)
  FROM jsonb_array_elements(rows) r
  CROSS JOIN LATERAL (
    SELECT DISTINCT c AS code FROM unnest(ARRAY['000000000000',
      rpad(left(r->>'region', 2), 12, '0'), rpad(left(r->>'region', 4), 12, '0'),
      rpad(left(r->>'region', 6), 12, '0'), rpad(left(r->>'region', 9), 12, '0'), r->>'region']) c
  ) a
  CROSS JOIN LATERAL (VALUES ('total', ''), ('status', r->>'status'), ('cause', r->>'cause'),
                             ('type', r->>'type')) d (dimension, key)
  WHERE d.dimension = 'status' OR r->>'status' IS DISTINCT FROM '04'
  GROUP BY 1, 2, 3, 4
  HAVING sum((r->>'h')::bigint) <> 0 OR sum((r->>'p')::bigint) <> 0
$$;

DELETE FROM region_stats;
INSERT INTO region_stats (region_code, year, dimension, key, households, persons)
SELECT region_code, year, dimension, key, households, persons FROM region_stats_recompute();

-- An income component may be unknown (NULL), and then so is the per-capita net income generated from them:
-- an empty cell is not 0 yuan. Writers that give no value still get the default 0.
ALTER TABLE household_years
  ALTER COLUMN wage_income DROP NOT NULL,
  ALTER COLUMN business_income DROP NOT NULL,
  ALTER COLUMN property_income DROP NOT NULL,
  ALTER COLUMN transfer_income DROP NOT NULL,
  ALTER COLUMN business_costs DROP NOT NULL;
