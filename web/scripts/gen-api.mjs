// Generates web/src/api/schema.d.ts from the committed openapi.json (npm run gen:api). The text is formatted
// with the project's Prettier settings, so the committed file passes `prettier --check` and the staleness test
// (web/test/api-schema.test.ts) compares like with like.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';

const ROOT = new URL('../../', import.meta.url);
export const SCHEMA_FILE = fileURLToPath(new URL('web/src/api/schema.d.ts', ROOT));
const OPENAPI_FILE = fileURLToPath(new URL('openapi.json', ROOT));

const HEADER = `/**
 * Generated from openapi.json by web/scripts/gen-api.mjs (npm run gen:api). Do not edit by hand:
 * change the API, run \`npm run openapi\`, then \`npm run gen:api\`.
 */
`;

/** The text schema.d.ts should have for the current openapi.json. */
export async function generateApiTypes() {
  const document = JSON.parse(await readFile(OPENAPI_FILE, 'utf8'));
  const text = HEADER + astToString(await openapiTS(document));
  const options = (await resolveConfig(SCHEMA_FILE)) ?? {};
  return format(text, { ...options, parser: 'typescript' });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeFile(SCHEMA_FILE, await generateApiTypes());
  process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
}
