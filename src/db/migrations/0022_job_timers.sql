-- Timers on the job queue (issue 11 §5): a job may wait for a moment (`run_at`) and carry a unique `key`, so
-- a deadline scheduled twice is one timer and two processes never both create the same day's sweep.

-- `-infinity` is "as soon as possible" (every job queued before this migration, and every `enqueue`). A real
-- time is compared with the application's clock, not the database's now(), so tests can move time.
ALTER TABLE jobs ADD COLUMN run_at timestamptz NOT NULL DEFAULT '-infinity';
ALTER TABLE jobs ADD COLUMN key text;
CREATE UNIQUE INDEX jobs_key ON jobs (key) WHERE key IS NOT NULL;

-- The claim reads queued jobs in the order they fall due and stops at the first that is not due yet, however
-- many timers wait for later; the running jobs (one per worker at most) are looked at apart for dead workers.
-- jobs_open served the old claim (queued or running, by id), which a queue full of future timers would make
-- a long scan.
CREATE INDEX jobs_due ON jobs (run_at, id) WHERE status = 'queued';
CREATE INDEX jobs_running ON jobs (id) WHERE status = 'running';
DROP INDEX jobs_open;
