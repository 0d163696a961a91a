import fc from 'fast-check';
import type { App } from '../../src/app/context.ts';
import {
  malformedRequest,
  operationRequest,
  type FuzzRequest,
  type KnownIds,
  type Operation,
} from './fuzz.ts';
import type { Caller } from './fuzz-setup.ts';

/** Text that only a leaked internal error would put in an answer: stack frames, file paths, SQL errors. */
const LEAKS: [RegExp, string][] = [
  [/\n\s+at /, 'a stack frame'],
  [/node_modules|\/src\/|\/work\/|file:\/\//, 'a file path'],
  [/\.ts:\d+/, 'a source position'],
  [
    /SQLSTATE|syntax error at|invalid input syntax|out of range for type|violates .* constraint|invalid byte sequence/i,
    'a database error',
  ],
];

interface Answer {
  statusCode: number;
  headers: Record<string, unknown>;
  body: string;
}

function header(answer: Answer, name: string): string {
  const v = answer.headers[name];
  return typeof v === 'string' ? v : '';
}

/** What is wrong with an answer, or undefined: a 5xx, a leak, an error not in the house shape, a missing header. */
export function problemWith(answer: Answer): string | undefined {
  // The one deliberate 5xx: a server started before `npm run build:web` says so for the console's pages
  // (a HEAD request gets the same answer without its body).
  const plain = header(answer, 'content-type').startsWith('text/plain');
  const unbuilt =
    answer.statusCode === 503 && plain && (answer.body === '' || answer.body.includes('npm run build:web'));
  if (answer.statusCode >= 500 && !unbuilt) return `status ${answer.statusCode}`;
  for (const [pattern, what] of LEAKS) if (pattern.test(answer.body)) return `the body shows ${what}`;
  if (answer.headers['x-content-type-options'] !== 'nosniff') return 'no X-Content-Type-Options: nosniff';
  if (!header(answer, 'content-security-policy').includes("frame-ancestors 'none'"))
    return "no Content-Security-Policy with frame-ancestors 'none'";
  const json = header(answer, 'content-type').startsWith('application/json');
  if (answer.statusCode >= 400 && json && answer.body) {
    const error = (
      JSON.parse(answer.body) as {
        error?: { code?: unknown; message?: { zh?: unknown; en?: unknown }; requestId?: unknown };
      }
    ).error;
    const shaped =
      typeof error?.code === 'string' &&
      typeof error.message?.zh === 'string' &&
      typeof error.message.en === 'string' &&
      typeof error.requestId === 'string';
    if (!shaped) return 'an error body without {error: {code, message: {zh, en}, requestId}}';
    if (error?.code === 'INVALID_VALUE') return 'the database refused a value the contract let through';
  }
  return undefined;
}

/** The request as one line, enough to send it again. */
export function describeRequest(r: FuzzRequest): string {
  const payload =
    r.payload === undefined
      ? ''
      : Buffer.isBuffer(r.payload)
        ? `0x${r.payload.toString('hex').slice(0, 2000)}`
        : JSON.stringify(r.payload.slice(0, 2000));
  return `${r.method} ${r.url.slice(0, 2000)} headers=${JSON.stringify(r.headers).slice(0, 500)} body=${payload}`;
}

export async function send(app: App, r: FuzzRequest): Promise<Answer> {
  const res = await app.inject({
    method: r.method as 'GET',
    url: r.url,
    headers: r.headers,
    ...(r.payload === undefined ? {} : { payload: r.payload }),
  });
  return { statusCode: res.statusCode, headers: res.headers, body: res.body };
}

/**
 * Any request a caller might send: one of the document's operations (logout without the caller's own session,
 * which it would end) or, one time in ten, a malformed one.
 */
export function callerRequest(ops: Operation[], known: KnownIds, caller: Caller): fc.Arbitrary<FuzzRequest> {
  const session = caller.cookie;
  const perOp = ops.map((op) =>
    operationRequest(op, known, op.path === '/api/v1/auth/logout' ? undefined : session),
  );
  return fc.oneof(
    { weight: 9, arbitrary: fc.oneof(...perOp) },
    { weight: 1, arbitrary: malformedRequest(session) },
  );
}

export interface FuzzTally {
  tried: number;
  byStatus: Map<number, number>;
  failures: { request: string; problem: string; body: string }[];
}

export function newTally(): FuzzTally {
  return { tried: 0, byStatus: new Map(), failures: [] };
}

/** Sends one request, counts its status, and records it when its answer has a problem. */
export async function tryRequest(app: App, r: FuzzRequest, tally: FuzzTally): Promise<string | undefined> {
  const answer = await send(app, r);
  tally.tried += 1;
  tally.byStatus.set(answer.statusCode, (tally.byStatus.get(answer.statusCode) ?? 0) + 1);
  const problem = problemWith(answer);
  if (problem) tally.failures.push({ request: describeRequest(r), problem, body: answer.body.slice(0, 500) });
  return problem;
}
