import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { nastyValue, objectValue, value, type Schema } from './fuzz-values.ts';
import { multipartBody } from './fuzz-multipart.ts';

/**
 * A request fuzzer generated from the committed OpenAPI document: every operation, with random and boundary
 * values for its path, query and body, and malformed paths, headers and encodings. Used by test/fuzz.test.ts
 * (bounded, fixed seed) and bench/fuzz.ts (long runs).
 */
export interface FuzzRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
}

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: Schema;
}

export interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  body?: Schema;
  multipart: boolean;
}

interface OpenApi {
  paths: Record<
    string,
    Record<string, { parameters?: Parameter[]; description?: string; requestBody?: Body }>
  >;
}
interface Body {
  content?: Record<string, { schema?: Schema }>;
}

export function loadOperations(file = new URL('../../openapi.json', import.meta.url)): Operation[] {
  const doc = JSON.parse(readFileSync(file, 'utf8')) as OpenApi;
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      parameters: op.parameters ?? [],
      ...(op.requestBody?.content?.['application/json']?.schema
        ? { body: op.requestBody.content['application/json'].schema }
        : {}),
      // The document describes uploads in words (multipart bodies are not in the zod contracts).
      multipart: /multipart\/form-data/.test(op.description ?? ''),
    })),
  );
}

/**
 * Ids that exist in the seeded database, by path parameter name (or `path:name` for one operation), so
 * existing rows get fuzzed too.
 */
export type KnownIds = Record<string, string[]>;

/** Percent-encodes the UTF-8 bytes of any string (a lone surrogate becomes U+FFFD, as a browser sends it). */
function encode(v: unknown): string {
  return [...Buffer.from(String(v), 'utf8')]
    .map((b) =>
      /[A-Za-z0-9._~-]/.test(String.fromCharCode(b))
        ? String.fromCharCode(b)
        : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');
}

/** A path or query value: encoded properly, or sent raw with broken percent-encoding. */
const brokenEncoding = fc.constantFrom(
  '%',
  '%E0%A4%A',
  '%FF',
  '%C0%80',
  '%00',
  '%2e%2e%2f',
  '%u0041',
  '%%',
  ';',
);

function pathValue(op: Operation, p: Parameter, known: KnownIds): fc.Arbitrary<string> {
  const existing = known[`${op.path}:${p.name}`] ?? known[p.name] ?? [];
  return fc.oneof(
    ...(existing.length ? [{ weight: 4, arbitrary: fc.constantFrom(...existing) }] : []),
    { weight: 3, arbitrary: value(p.schema ?? {}).map((v) => encode(v)) },
    { weight: 1, arbitrary: brokenEncoding },
    { weight: 1, arbitrary: fc.constantFrom('x'.repeat(500), '1'.repeat(40), '..', '-0', '+1', '1e3') },
  );
}

function queryPart(p: Parameter): fc.Arbitrary<string[]> {
  const key = encodeURIComponent(p.name);
  const one = fc.oneof(
    { weight: 4, arbitrary: value(p.schema ?? {}).map((v) => `${key}=${encode(v)}`) },
    { weight: 1, arbitrary: brokenEncoding.map((b) => `${key}=${b}`) },
    { weight: 1, arbitrary: fc.constant(key) },
  );
  // Mostly one value; sometimes none, sometimes the key twice (an array where a scalar is expected).
  return fc.oneof(
    { weight: 5, arbitrary: one.map((s) => [s]) },
    { weight: 3, arbitrary: fc.constant<string[]>([]) },
    { weight: 1, arbitrary: fc.tuple(one, one) },
  );
}

const contentTypes = fc.constantFrom(
  'application/json',
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=latin1',
  'application/json; charset=utf-16',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'application/xml',
  'application/json, text/html',
  '',
);

/** JSON that JSON.stringify would never write: syntax errors, huge literals, deep nesting, bad bytes. */
const rawJson = fc.constantFrom<string | Buffer>(
  '{',
  '{"year": 1e999}',
  '{"year": 99999999999999999999999}',
  '{"a":"\\ud800"}',
  '{"a":"\\u0000"}',
  'null',
  '"text"',
  '[]',
  '['.repeat(5000) + ']'.repeat(5000),
  '{"__proto__": {"admin": true}}',
  Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc0, 0x80, 0x22, 0x7d]),
  '',
);

function jsonBody(op: Operation): fc.Arbitrary<string | Buffer> {
  const schema = op.body ?? {};
  return fc.oneof(
    { weight: 6, arbitrary: objectValue(schema).map((o) => JSON.stringify(o)) },
    { weight: 1, arbitrary: nastyValue.map((v) => JSON.stringify(v) ?? '') },
    { weight: 1, arbitrary: rawJson },
  );
}

/** Cookies: the actor's session, or a broken one. */
function cookieFor(session: string | undefined): fc.Arbitrary<string | undefined> {
  const broken = fc.constantFrom(
    'zhenfu_session=%',
    'zhenfu_session=' + 'A'.repeat(43),
    '%%%;;==',
    'zhenfu_session=\u00ff',
  );
  return session
    ? fc.oneof({ weight: 9, arbitrary: fc.constant(session) }, { weight: 1, arbitrary: broken })
    : fc.option(broken, { freq: 3 }).map((c) => c ?? undefined);
}

const acceptLanguage = fc.constantFrom(
  'zh-CN',
  'en-US,en;q=0.9',
  '*',
  ';;;q=x',
  'x'.repeat(3000),
  '\u00ff\u00fe',
);

/** One request for `op` as the caller with `session` (a cookie header value, or none for anonymous). */
export function operationRequest(
  op: Operation,
  known: KnownIds,
  session?: string,
): fc.Arbitrary<FuzzRequest> {
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const queryParams = op.parameters.filter((p) => p.in === 'query');
  const path = fc.tuple(...pathParams.map((p) => pathValue(op, p, known))).map((values) => {
    let url = op.path;
    pathParams.forEach((p, i) => (url = url.replace(`{${p.name}}`, values[i] ?? '')));
    return url;
  });
  const query = fc.tuple(...queryParams.map(queryPart)).map((parts) => parts.flat().join('&'));
  const body: fc.Arbitrary<{ payload?: string | Buffer; type?: string }> = op.multipart
    ? fc.oneof(
        {
          weight: 4,
          arbitrary: multipartBody(op.body).map(({ payload, contentType }) => ({
            payload,
            type: contentType,
          })),
        },
        {
          weight: 1,
          arbitrary: fc.tuple(jsonBody(op), contentTypes).map(([payload, type]) => ({ payload, type })),
        },
      )
    : op.body || op.method !== 'GET'
      ? fc.tuple(jsonBody(op), contentTypes).map(([payload, type]) => ({ payload, type }))
      : fc.constant({});
  return fc
    .record({ path, query, body, cookie: cookieFor(session), lang: fc.option(acceptLanguage, { freq: 4 }) })
    .map(({ path: p, query: q, body: b, cookie, lang }) => {
      const headers: Record<string, string> = {};
      if (cookie) headers.cookie = cookie;
      if (lang) headers['accept-language'] = lang;
      if (b.type) headers['content-type'] = b.type;
      return {
        method: op.method,
        url: q ? `${p}?${q}` : p,
        headers,
        ...(b.payload === undefined ? {} : { payload: b.payload }),
      };
    });
}

/** Requests no operation describes: broken paths, odd methods, headers that should not matter. */
export function malformedRequest(session?: string): fc.Arbitrary<FuzzRequest> {
  const paths = fc.constantFrom(
    '/api/v1/households/%',
    '/%E0%A4%A',
    '/api/v1/regions/%00',
    '/api/v1/regions/%C0%AF',
    '/api/v1/households/1%2F..%2F..',
    `/api/v1/${'a'.repeat(20_000)}`,
    '/api/v1/households?q=%',
    '/api/v1/households?region=%FF%FE',
    '/api/v1/households?' + 'a=1&'.repeat(2000),
    '/api/v1//households',
    '/api/v1/households/1;jsessionid=1',
    '/docs/%',
    '/assets/%FF.js',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/api/health?%',
    '/\u00e4\u00f6',
  );
  const methods = fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD');
  return fc
    .record({
      url: paths,
      method: methods,
      cookie: cookieFor(session),
      body: fc.option(rawJson),
      type: contentTypes,
    })
    .map((r) => ({
      method: r.method,
      url: r.url,
      headers: {
        ...(r.cookie ? { cookie: r.cookie } : {}),
        ...(r.body !== null && r.method !== 'GET' && r.method !== 'HEAD' ? { 'content-type': r.type } : {}),
      },
      ...(r.body !== null && r.method !== 'GET' && r.method !== 'HEAD' ? { payload: r.body } : {}),
    }));
}
