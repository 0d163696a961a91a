import fc from 'fast-check';

/** The part of an OpenAPI 3.0 schema object the fuzzer reads (what @fastify/swagger makes of our zod). */
export interface Schema {
  type?: string;
  format?: string;
  enum?: unknown[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  nullable?: boolean;
}

/** Values that have broken servers before: limits of the integer types, NUL, odd dates, wrong types. */
const NASTY: readonly unknown[] = [
  '',
  ' ',
  'x'.repeat(10_000),
  '真扶😀\u200b',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '%00',
  "' OR 1=1 --",
  '<script>alert(1)</script>',
  '../../etc/passwd',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  '0x1F',
  ' 42 ',
  '2031-02-30',
  '2026-13-01',
  '0000-00-00',
  '99999-01-01',
  '2026-06-30T25:00:00Z',
  -1,
  0,
  1,
  0.5,
  -2147483649,
  2147483647,
  2147483648,
  4294967296,
  2 ** 53,
  2 ** 63,
  -(2 ** 63),
  1e300,
  -1e300,
  Number.MIN_VALUE,
  true,
  false,
  null,
  [],
  {},
  [1, 2, 3],
  { a: 1 },
  ['\u0000'],
  '9223372036854775808',
  '-9223372036854775809',
  '1.5',
  '000000000000',
  '999999999999',
];

export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer() },
);

/** Real-looking region codes of the test county (兰陵县, 车辋镇), so scoped queries find rows. */
export const REGION_CODES = ['371324000000', '371324106000', '371324106202', '371300000000', '370000000000'];

function plausibleString(schema: Schema): fc.Arbitrary<string> {
  if (schema.format === 'date' || schema.pattern?.includes('\\d{4}-')) {
    return fc.constantFrom('2020-01-01', '2026-06-30', '2026-07-01', '2019-02-29', '2020-02-29');
  }
  if (schema.pattern) {
    const region = schema.pattern.includes('\\d{2}') ? [fc.constantFrom(...REGION_CODES)] : [];
    return fc.oneof(...region, fc.stringMatching(new RegExp(schema.pattern)));
  }
  return fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 20, 60) });
}

function plausibleNumber(schema: Schema, integer: boolean): fc.Arbitrary<number> {
  // Years and codes live in small ranges; the bounds themselves are the interesting values.
  const min = Math.max(schema.minimum ?? -1e6, -1e12);
  const max = Math.min(schema.maximum ?? 1e6, 1e12);
  const edges = fc.constantFrom(min, max, 2020, 2026, 1);
  const inside = integer
    ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
    : fc.double({ min, max, noNaN: true });
  return fc.oneof(edges, inside);
}

/** A value the schema probably accepts (so requests get past validation and reach the database). */
export function plausible(schema: Schema, depth = 0): fc.Arbitrary<unknown> {
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives?.length) return fc.oneof(...alternatives.map((s) => plausible(s, depth)));
  if (schema.allOf?.[0]) return plausible(schema.allOf[0], depth);
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  switch (schema.type ?? '') {
    case 'string':
      return plausibleString(schema);
    case 'integer':
      return plausibleNumber(schema, true);
    case 'number':
      return plausibleNumber(schema, false);
    case 'boolean':
      return fc.boolean();
    case 'array':
      return depth > 4 ? fc.constant([]) : fc.array(value(schema.items ?? {}, depth + 1), { maxLength: 4 });
    case 'object':
      return depth > 4 ? fc.constant({}) : objectValue(schema, depth + 1);
    default:
      return nastyValue;
  }
}

/** A plausible value most of the time, a nasty one otherwise. */
export function value(schema: Schema, depth = 0): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 3, arbitrary: plausible(schema, depth) }, { weight: 1, arbitrary: nastyValue });
}

/**
 * An object for the schema: required properties usually present, optional ones sometimes, now and then an
 * extra property or a required one missing.
 */
export function objectValue(schema: Schema, depth = 0): fc.Arbitrary<Record<string, unknown>> {
  const properties = Object.entries(schema.properties ?? {});
  const required = new Set(schema.required ?? []);
  const parts = properties.map(([name, s]) =>
    fc
      .tuple(fc.integer({ min: 0, max: 9 }), value(s, depth))
      .map(([dice, v]) => ((required.has(name) ? dice > 0 : dice > 4) ? [[name, v] as const] : [])),
  );
  const extra = fc.option(fc.tuple(fc.constantFrom('__proto__', 'constructor', 'extra', ''), nastyValue), {
    freq: 8,
  });
  return fc.tuple(fc.tuple(...parts), extra).map(([entries, more]) => {
    const out: Record<string, unknown> = {};
    for (const [name, v] of entries.flat()) out[name] = v;
    if (more) Object.defineProperty(out, more[0], { value: more[1], enumerable: true });
    return out;
  });
}
