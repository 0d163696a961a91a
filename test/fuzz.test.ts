import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createTestDb, type TestDb } from './support/db.ts';
import { loadOperations } from './support/fuzz.ts';
import { callerRequest, describeRequest, newTally, tryRequest } from './support/fuzz-run.ts';
import { createFuzzWorld, type FuzzWorld } from './support/fuzz-setup.ts';

/**
 * Every operation of the committed openapi.json, as anonymous and as a user of each role on a seeded county,
 * with random and boundary values in its path, query and body, plus malformed paths, headers and encodings
 * (test/support/fuzz.ts). No answer may be a 5xx, show a stack trace, a file path or a database error, lack the
 * security headers, or be an error outside the house shape. The seed is fixed, so a failure comes back on the
 * next run; the failing request is printed whole. bench/fuzz.ts runs the same generator for much longer.
 */
const SEED = 20_260_630;
/** Requests per operation and caller: about 48 × 12 × 6 ≈ 3,500 requests, a few seconds per caller on PGlite. */
const RUNS_PER_OPERATION = 12;

const operations = loadOperations();
let db: TestDb;
let world: FuzzWorld;

beforeAll(async () => {
  db = await createTestDb();
  world = await createFuzzWorld(db);
});
afterAll(async () => {
  await world.close();
  await db.dispose();
});

describe('fuzzing the HTTP API from its OpenAPI document', () => {
  it.each(['anonymous', 'system_admin', 'county_admin', 'town_official', 'village_cadre', 'inspector'])(
    'as %s: no 5xx, no leak, the headers and the error shape on every answer',
    async (role) => {
      const caller = world.callers.find((c) => c.role === role);
      if (!caller) throw new Error(`no caller ${role}`);
      const tally = newTally();
      await fc.assert(
        fc.asyncProperty(callerRequest(operations, world.known, caller), async (request) => {
          const problem = await tryRequest(world.app, request, tally);
          if (problem)
            throw new Error(
              `${problem}\n  request: ${describeRequest(request)}\n  answer: ${tally.failures.at(-1)?.body}`,
            );
        }),
        { seed: SEED, numRuns: operations.length * RUNS_PER_OPERATION, endOnFailure: true },
      );
    },
  );
});
