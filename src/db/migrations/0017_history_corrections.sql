-- A correction of a closed year (src/modules/registry/years.ts) carries its reason in the change history, and
-- every history row says where the write came from (api, cli, import, demo — the audit's `source`), so what an
-- import wrote into a past year is told apart from an edit. Rows written before this have neither.
ALTER TABLE change_history ADD COLUMN source text, ADD COLUMN reason text;
