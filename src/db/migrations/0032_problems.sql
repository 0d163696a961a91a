-- The problem board (issue 13 §3): counts of problems per region maintained by the database, like
-- region_stats (0002, 0016) — statement-level triggers on problems read the transition tables, group the
-- changed rows by village and apply the deltas to the village, its town and its county in one upsert. Like
-- region_stats the rows stop at the county (no hot row shared by two counties); a city, a province and the
-- country are the sum of their counties' rows (problem_figures). `overdue` counts the problems overdue now:
-- a problem solved is no longer overdue (the command clears the flag).
CREATE TABLE problem_stats (
  region_code text PRIMARY KEY,
  open        integer NOT NULL DEFAULT 0,
  in_progress integer NOT NULL DEFAULT 0,
  solved      integer NOT NULL DEFAULT 0,
  confirmed   integer NOT NULL DEFAULT 0,
  overdue     integer NOT NULL DEFAULT 0
);

-- Rows grouped by village ({region, open, inProgress, solved, confirmed, overdue}) to the village, its town
-- and its county, summed.
CREATE FUNCTION problem_stats_expand(rows jsonb)
RETURNS TABLE (region_code text, open bigint, in_progress bigint, solved bigint, confirmed bigint, overdue bigint)
LANGUAGE sql IMMUTABLE AS $$
  SELECT a.code, sum((r->>'open')::bigint), sum((r->>'inProgress')::bigint), sum((r->>'solved')::bigint),
         sum((r->>'confirmed')::bigint), sum((r->>'overdue')::bigint)
  FROM jsonb_array_elements(rows) r
  CROSS JOIN LATERAL (
    SELECT DISTINCT c AS code FROM unnest(ARRAY[
      rpad(left(r->>'region', 6), 12, '0'), rpad(left(r->>'region', 9), 12, '0'), r->>'region']) c
  ) a
  GROUP BY 1
$$;

-- The counts of a set of problem rows (a transition table or the whole table) grouped by village, as JSON.
CREATE FUNCTION problem_stats_group(sign integer) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT format($f$SELECT region_code AS region,
      %1$s * count(*) FILTER (WHERE state = 'open') AS open,
      %1$s * count(*) FILTER (WHERE state = 'in_progress') AS "inProgress",
      %1$s * count(*) FILTER (WHERE state = 'solved') AS solved,
      %1$s * count(*) FILTER (WHERE state = 'confirmed') AS confirmed,
      %1$s * count(*) FILTER (WHERE overdue) AS overdue$f$, sign)
$$;

CREATE FUNCTION problem_stats_apply(delta jsonb) RETURNS void LANGUAGE sql AS $$
  INSERT INTO problem_stats AS s (region_code, open, in_progress, solved, confirmed, overdue)
  SELECT * FROM problem_stats_expand(delta)
  ON CONFLICT (region_code) DO UPDATE SET
    open = s.open + EXCLUDED.open, in_progress = s.in_progress + EXCLUDED.in_progress,
    solved = s.solved + EXCLUDED.solved, confirmed = s.confirmed + EXCLUDED.confirmed,
    overdue = s.overdue + EXCLUDED.overdue
$$;

-- One grouped upsert per statement, however many problems it touched (a sweep flags thousands at once).
CREATE FUNCTION problems_stats() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  plus jsonb;
  minus jsonb;
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    EXECUTE format('SELECT jsonb_agg(g) FROM (%s FROM new_rows GROUP BY 1) g', problem_stats_group(1)) INTO plus;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    EXECUTE format('SELECT jsonb_agg(g) FROM (%s FROM old_rows GROUP BY 1) g', problem_stats_group(-1)) INTO minus;
  END IF;
  PERFORM problem_stats_apply(coalesce(plus, '[]'::jsonb) || coalesce(minus, '[]'::jsonb));
  RETURN NULL;
END $$;

CREATE TRIGGER problems_stats_insert AFTER INSERT ON problems
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION problems_stats();
CREATE TRIGGER problems_stats_update AFTER UPDATE ON problems
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION problems_stats();
CREATE TRIGGER problems_stats_delete AFTER DELETE ON problems
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION problems_stats();

-- The same counts from scratch: the property test (and a rebuild) compare against this. Regions whose counts
-- are all zero have no row here, while a maintained row may have fallen back to zeros.
CREATE FUNCTION problem_stats_recompute()
RETURNS TABLE (region_code text, open bigint, in_progress bigint, solved bigint, confirmed bigint, overdue bigint)
LANGUAGE plpgsql STABLE AS $$
DECLARE
  counts jsonb;
BEGIN
  EXECUTE format('SELECT coalesce(jsonb_agg(g), ''[]'') FROM (%s FROM problems GROUP BY 1) g', problem_stats_group(1))
    INTO counts;
  RETURN QUERY SELECT * FROM problem_stats_expand(counts);
END $$;

-- The counts of any region: a county's, town's or village's row as it is; above the county, the sum of the
-- county rows in its code range (region_prefix of 0016).
CREATE FUNCTION problem_figures(of_region text)
RETURNS TABLE (open bigint, in_progress bigint, solved bigint, confirmed bigint, overdue bigint)
LANGUAGE sql STABLE AS $$
  SELECT coalesce(sum(s.open), 0), coalesce(sum(s.in_progress), 0), coalesce(sum(s.solved), 0),
         coalesce(sum(s.confirmed), 0), coalesce(sum(s.overdue), 0)
  FROM problem_stats s
  WHERE CASE WHEN right(of_region, 6) <> '000000' THEN s.region_code = of_region
             ELSE right(s.region_code, 6) = '000000'
                  AND s.region_code BETWEEN rpad(region_prefix(of_region), 12, '0')
                                        AND rpad(region_prefix(of_region), 12, '9') END
$$;

INSERT INTO problem_stats SELECT * FROM problem_stats_recompute();
