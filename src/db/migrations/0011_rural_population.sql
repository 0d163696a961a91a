-- Rural population per region and year: the denominator of poverty incidence (贫困发生率 = poor persons ÷
-- rural population). Figures come from statistics offices (imported) or are entered by hand, at any level. A
-- region and year without a figure falls back to the registry's own count of persons, and every read says
-- which of the two it used. Entries are replaced, never summed: a county's figure does not come from its
-- villages' figures, because the offices publish each level on its own.
CREATE TABLE rural_population (
  region_code text NOT NULL REFERENCES regions (code),
  year        smallint NOT NULL CHECK (year BETWEEN 2013 AND 2100),
  population  integer NOT NULL CHECK (population >= 0),
  source      text NOT NULL CHECK (source IN ('import', 'entry')),
  note        text CHECK (length(note) <= 200),
  updated_by  text NOT NULL,
  updated_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, year)
);

CREATE TRIGGER rural_population_audited AFTER INSERT OR UPDATE OR DELETE ON rural_population
  FOR EACH STATEMENT EXECUTE FUNCTION audit_require();
