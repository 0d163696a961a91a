import fc from 'fast-check';

/**
 * Generators of hostile public requests to the portal, shared by test/portal-fuzz.test.ts (a few hundred,
 * in-process) and bench/portal-fuzz.mjs (10,000 over HTTP): the forms (objections, complaints, the human
 * check, display preferences), the query strings (page, q, code), odd paths (encodings, long segments, `..`,
 * NUL) and odd headers (cookies, If-None-Match, Accept, huge values). Every request must answer below 500,
 * and no payload may come back as live markup.
 */
export interface FuzzTarget {
  /** Short codes of the sites (371324, 371324106). */
  sites: string[];
  /** Column slugs of the sites. */
  columns: string[];
  /** Ids of articles (published or not). */
  articles: number[];
  /** Serials of notices. */
  notices: string[];
}

export interface FuzzRequest {
  method: 'GET' | 'POST' | 'HEAD';
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}

const PAYLOADS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  'javascript:alert(1)',
  '<a href="javascript:alert(1)">点我</a>',
  '<iframe src="//evil.example/"></iframe>',
  "' OR 1=1 --",
  '\u0000',
  '\r\nSet-Cookie: a=1',
  '../../etc/passwd',
  '%00',
  '%c0%ae%c0%ae/',
  '{{7*7}}${7*7}',
  '扶贫 资金 公示',
  '\ud800',
  '🙂'.repeat(50),
];

/** Text a hostile visitor types: known payloads, random text (any Unicode), or very long runs. */
export const nasty = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PAYLOADS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 70_000 }).map((n) => 'a'.repeat(n)) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '0', '-1', '1e9', '99999999999999999999', 'NaN', 'null') },
);

/** Percent-encodes every byte but the unreserved ones (lone surrogates become U+FFFD, as a browser sends). */
export function encode(text: string): string {
  return [...Buffer.from(text, 'utf8')]
    .map((b) =>
      /[A-Za-z0-9\-._~]/.test(String.fromCharCode(b))
        ? String.fromCharCode(b)
        : `%${b.toString(16).padStart(2, '0')}`,
    )
    .join('');
}

/** A path segment as a fuzzer writes it: encoded text, raw odd encodings, dot segments, huge segments. */
const segment = fc.oneof(
  nasty.map(encode),
  fc.constantFrom(
    '..',
    '.',
    '%2e%2e',
    '%2f',
    '%00',
    '%',
    '%zz',
    '%c0%ae',
    '%ff%fe',
    '%e6%89',
    '..%2f..%2f',
    ';x=1',
    '~',
  ),
  fc.integer({ min: 200, max: 9000 }).map((n) => 'x'.repeat(n)),
);

const pick = <T>(items: readonly T[], fallback: T) =>
  items.length ? fc.constantFrom(...items) : fc.constant(fallback);

function pages(t: FuzzTarget) {
  const site = pick(t.sites, '371324');
  const column = pick(t.columns, 'work');
  const article = pick(t.articles, 1);
  const notice = pick(t.notices, '371324-2026-1');
  const known = fc.oneof(
    fc.constant('/'),
    site.map((s) => `/s/${s}/`),
    fc.tuple(site, column).map(([s, c]) => `/s/${s}/c/${c}/`),
    fc.tuple(site, column).map(([s, c]) => `/s/${s}/c/${c}/rss.xml`),
    fc.tuple(site, article).map(([s, a]) => `/s/${s}/a/${a}`),
    fc.tuple(site, notice).map(([s, n]) => `/s/${s}/notices/${n}`),
    site.map((s) => `/s/${s}/search`),
    site.map((s) => `/s/${s}/complaints/new`),
    site.map((s) => `/s/${s}/complaints/track`),
    fc.constant('/sitemap.xml'),
    fc.constant('/portal/assets/site.css'),
    fc.integer({ min: 1, max: 50 }).map((id) => `/media/${id}`),
  );
  // A known page with one segment swapped for a hostile one, or with hostile ones appended.
  const odd = fc.tuple(known, segment, fc.nat()).map(([path, seg, at]) => {
    const parts = path.split('/');
    parts[1 + (at % Math.max(1, parts.length - 1))] = seg;
    return parts.join('/');
  });
  return { known, odd, site, notice };
}

const query = (names: string[]) =>
  fc
    .array(fc.tuple(fc.constantFrom(...names), nasty), { minLength: 1, maxLength: 3 })
    .map((pairs) => pairs.map(([k, v]) => `${k}=${encode(v)}`).join('&'));

const headerValue = fc.oneof(
  fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 60 }),
  fc.integer({ min: 100, max: 12_000 }).map((n) => 'z'.repeat(n)),
  fc.constantFrom('*', '', '"', 'W/"x"', '"' + 'f'.repeat(64) + '"', '\t'),
);

const headers = fc.record(
  {
    cookie: fc.oneof(
      headerValue,
      fc.constantFrom(
        'zf_prefs=',
        'zf_prefs=%ff',
        'zf_prefs=elder:1;size:xl',
        'a=1; a=2; ;;',
        '=',
        'zf_prefs="',
      ),
    ),
    'if-none-match': headerValue,
    accept: fc.oneof(
      headerValue,
      fc.constantFrom('application/json', 'text/html;q=0', '*/*;q=abc', 'image/*'),
    ),
    'accept-language': headerValue,
  },
  { requiredKeys: [] },
);

const form = (fields: Record<string, fc.Arbitrary<string>>) =>
  fc.record(fields, { requiredKeys: [] }).map((values) =>
    Object.entries(values)
      .map(([k, v]) => `${encode(k)}=${encode(v ?? '')}`)
      .join('&'),
  );

const complaintFields = {
  title: nasty,
  content: nasty,
  regionCode: fc.oneof(nasty, fc.constantFrom('371324106203', '371324000000', '371302000000')),
  contact: nasty,
  anonymous: fc.constantFrom('on', 'true', '1', 'x'),
  consentPublish: fc.constantFrom('on', 'true', 'false'),
  humanToken: nasty,
  humanAnswer: nasty,
};

/** A multipart body with hostile field values and file names. */
const multipart = fc
  .tuple(
    fc.record(complaintFields, { requiredKeys: [] }),
    nasty,
    fc.constantFrom('application/pdf', 'image/png', 'text/html'),
  )
  .map(([fields, fileName, type]) => {
    const boundary = 'zfFuzzBoundary';
    const parts = Object.entries(fields).map(
      ([k, v]) => `--${boundary}\r\ncontent-disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`,
    );
    parts.push(
      `--${boundary}\r\ncontent-disposition: form-data; name="attachments"; filename="${fileName.replace(/["\r\n]/g, '_')}"\r\ncontent-type: ${type}\r\n\r\n<script>alert(1)</script>\r\n`,
    );
    return {
      body: Buffer.from(`${parts.join('')}--${boundary}--\r\n`),
      type: `multipart/form-data; boundary=${boundary}`,
    };
  });

const urlencoded = 'application/x-www-form-urlencoded';

/** One hostile public request against the sites, columns, articles and notices of `t`. */
export function fuzzRequest(t: FuzzTarget): fc.Arbitrary<FuzzRequest> {
  const { known, odd, site, notice } = pages(t);
  const get = (path: fc.Arbitrary<string>) =>
    fc
      .tuple(path, headers, fc.constantFrom('GET' as const, 'GET' as const, 'HEAD' as const))
      .map(([p, h, method]) => ({
        method,
        path: p,
        headers: h,
      }));
  const post = (
    path: fc.Arbitrary<string>,
    body: fc.Arbitrary<string | { body: Buffer; type: string }>,
    type = urlencoded,
  ) =>
    fc
      .tuple(path, body, headers)
      .map(([p, b, h]) =>
        typeof b === 'string'
          ? { method: 'POST' as const, path: p, headers: { ...h, 'content-type': type }, body: b }
          : { method: 'POST' as const, path: p, headers: { ...h, 'content-type': b.type }, body: b.body },
      );
  const withQuery = (path: fc.Arbitrary<string>, names: string[]) =>
    fc.tuple(path, query(names)).map(([p, q]) => `${p}?${q}`);
  return fc.oneof(
    get(known),
    get(odd),
    get(withQuery(known, ['page', 'q', 'no', 'code', 'elder', 'size', 'back'])),
    get(
      withQuery(
        site.map((s) => `/s/${s}/search`),
        ['q', 'page'],
      ),
    ),
    get(
      withQuery(
        site.map((s) => `/s/${s}/complaints/track`),
        ['no', 'code'],
      ),
    ),
    get(withQuery(fc.constant('/prefs'), ['elder', 'size', 'back'])),
    get(
      withQuery(
        nasty.map((n) => `/api/public/complaints/${encode(n)}`),
        ['code'],
      ),
    ),
    get(fc.constant('/api/public/human-check')),
    post(
      notice.map((n) => `/api/public/notices/${n}/objections`),
      fc
        .record(
          { content: nasty, name: nasty, phone: nasty, humanToken: nasty, humanAnswer: nasty },
          { requiredKeys: [] },
        )
        .map((o) => JSON.stringify(o)),
      'application/json',
    ),
    post(
      fc.tuple(site, notice).map(([s, n]) => `/s/${s}/notices/${n}/objection`),
      form({ content: nasty, name: nasty, phone: nasty, humanToken: nasty, humanAnswer: nasty }),
    ),
    post(
      site.map((s) => `/s/${s}/complaints`),
      form(complaintFields),
    ),
    post(
      site.map((s) => `/s/${s}/complaints`),
      multipart,
    ),
    post(
      fc.constant('/api/public/complaints'),
      fc.record(complaintFields, { requiredKeys: [] }).map((c) => JSON.stringify(c)),
      'application/json',
    ),
    post(fc.constant('/api/public/complaints'), multipart),
    post(fc.constant('/api/public/complaints'), nasty, 'application/json'),
  );
}
