-- A visit's problems (its read-back, its page, every list of visits) were found by reading the whole problem
-- list: at a county's 20,000 open problems that scan was half of a visit submit's database time.
CREATE INDEX problems_visit ON problems (visit_id) WHERE visit_id IS NOT NULL;
