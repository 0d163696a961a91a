-- Background jobs (imports now; exports, scans and rebuilds later) and the bookkeeping of registry imports.

-- One row per job. A worker claims a queued job with FOR UPDATE SKIP LOCKED, so several processes can share
-- the queue; a running job whose heartbeat stopped (its process died) is claimed again. `actor` is the
-- enqueuing actor as it was then (user, grants), so a job acts with the rights its creator had.
CREATE TABLE jobs (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind          text NOT NULL,
  status        text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed')),
  payload       jsonb NOT NULL DEFAULT '{}',
  actor         jsonb NOT NULL,
  created_by    bigint,
  region_code   text,
  progress_done bigint NOT NULL DEFAULT 0,
  progress_total bigint NOT NULL DEFAULT 0,
  result        jsonb,
  error         jsonb,
  attempts      integer NOT NULL DEFAULT 0,
  worker        text,
  heartbeat_at  timestamptz,
  created_at    timestamptz NOT NULL DEFAULT now(),
  started_at    timestamptz,
  finished_at   timestamptz
);
CREATE INDEX jobs_open ON jobs (id) WHERE status IN ('queued', 'running');
CREATE INDEX jobs_creator ON jobs (created_by, id);

-- One row per run of an import (from the shell, an upload or the demo generator). The rows of a run are
-- staged in an UNLOGGED table named in `staging_table`, dropped when the run ends; a run that stopped
-- (crash) leaves its table, which a later run drops once the heartbeat is old.
CREATE TABLE import_runs (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  job_id        bigint REFERENCES jobs (id),
  actor         text NOT NULL,
  source        text NOT NULL,
  year          smallint NOT NULL,
  staging_table text,
  summary       jsonb,
  started_at    timestamptz NOT NULL DEFAULT now(),
  heartbeat_at  timestamptz NOT NULL DEFAULT now(),
  finished_at   timestamptz
);
CREATE INDEX import_runs_job ON import_runs (job_id, id) WHERE job_id IS NOT NULL;

-- The bad rows of a run, for the summary and the downloadable report (CSV/XLSX).
CREATE TABLE import_errors (
  run_id       bigint NOT NULL REFERENCES import_runs (id) ON DELETE CASCADE,
  seq          integer NOT NULL,
  row_no       integer NOT NULL,
  column_name  text NOT NULL,
  household_no text NOT NULL,
  code         text NOT NULL,
  message      text NOT NULL,
  PRIMARY KEY (run_id, seq)
);
CREATE INDEX import_errors_row ON import_errors (run_id, row_no, seq);
