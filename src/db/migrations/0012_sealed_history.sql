-- Personal data at rest (see src/modules/privacy/seal.ts): the change history keeps a personal field's value
-- as its masked text, and the keyed hash of the value beside it, so "was this the ID number recorded?" can be
-- answered without the history holding the number. JSON snapshots keep their hashes in `<key>#hmac` keys.
ALTER TABLE change_history ADD COLUMN old_hash text, ADD COLUMN new_hash text;

-- The masks of src/modules/privacy/seal.ts (id, phone; bank and cert keep the last 4), for the import, which writes its history snapshots in SQL.
-- test/at-rest.test.ts checks that both give the same text.
CREATE FUNCTION zf_mask(kind text, v text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN v IS NULL OR v = '' THEN v
    WHEN kind = 'id' THEN
      CASE WHEN length(btrim(v)) = 18
           THEN left(btrim(v), 6) || '********' || regexp_replace(right(btrim(v), 4), 'x$', 'X')
           ELSE repeat('*', length(btrim(v))) END
    WHEN kind = 'phone' AND btrim(v) ~ '^1[0-9]{10}$' THEN left(btrim(v), 3) || '****' || right(btrim(v), 4)
    WHEN length(btrim(v)) <= 4 THEN repeat('*', length(btrim(v)))
    ELSE repeat('*', length(btrim(v)) - 4) || right(btrim(v), 4)
  END
$$;

-- HMAC-SHA256 (RFC 2104) from core sha256, given the key's inner and outer pads (sealPads() in seal.ts): the
-- secret itself never reaches the database, only what the statement needs, as parameters.
CREATE FUNCTION zf_hmac(ipad bytea, opad bytea, v text) RETURNS text LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT encode(sha256(opad || sha256(ipad || convert_to(v, 'UTF8'))), 'hex')
$$;
