-- Statistics for the whole country too (region 000000000000), so a national grant sees its totals and its
-- provinces like any other region. Replaces the expansion of 0002 and recomputes the figures once.
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
  GROUP BY 1, 2, 3, 4
  HAVING sum((r->>'h')::bigint) <> 0 OR sum((r->>'p')::bigint) <> 0
$$;

DELETE FROM region_stats;
INSERT INTO region_stats (region_code, year, dimension, key, households, persons)
SELECT region_code, year, dimension, key, households, persons FROM region_stats_recompute();
