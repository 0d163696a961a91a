import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { generateApiTypes, SCHEMA_FILE } from '../scripts/gen-api.mjs';

describe('generated API types', () => {
  it('web/src/api/schema.d.ts matches openapi.json (run `npm run gen:api` after `npm run openapi`)', async () => {
    expect(await readFile(SCHEMA_FILE, 'utf8')).toBe(await generateApiTypes());
  }, 30_000);
});
