import { parse } from 'csv-parse/sync';

/**
 * Splits CSV text, arriving in chunks, into records. csv-parse reads about 200,000 rows a second here — as
 * fast as PostgreSQL's COPY takes them, which alone would make the import slower than half of COPY. Most
 * lines of a registry file have no quotes at all, so those are split on commas directly, and only a record
 * with a quote (a comma or line break inside a field, or a quote itself) goes through csv-parse. The result is
 * csv-parse's for every input (test/import.test.ts checks it property by property).
 */
export async function* csvRecords(chunks: AsyncIterable<string>): AsyncGenerator<string[]> {
  let carry = '';
  let pending: string | null = null;
  const take = (line: string): string[] | undefined => {
    if (pending !== null) {
      pending += `\n${line}`;
      if (!balanced(pending)) return undefined;
      const record = pending;
      pending = null;
      return parseQuoted(record);
    }
    const text = line.endsWith('\r') ? line.slice(0, -1) : line;
    if (!text.includes('"')) return text.split(',');
    if (balanced(text)) return parseQuoted(text);
    pending = line;
    return undefined;
  };
  for await (const chunk of chunks) {
    const text = carry + chunk;
    let start = 0;
    for (let nl = text.indexOf('\n', start); nl >= 0; nl = text.indexOf('\n', start)) {
      const record = take(text.slice(start, nl));
      start = nl + 1;
      if (record) yield record;
    }
    carry = text.slice(start);
  }
  if (carry !== '' || pending !== null) {
    const record = take(carry);
    if (record) yield record;
    // A quote that never closes: csv-parse reports it (the reader turns that into "file unreadable").
    else if (pending !== null) yield parseQuoted(pending);
  }
}

/**
 * Whether every quoted field that opened in `text` has closed. A quote opens a field only at its start (a
 * quote inside an unquoted field is a character, as csv-parse's relax_quotes reads it); "" inside a quoted
 * field is a quote.
 */
function balanced(text: string): boolean {
  let quoted = false;
  let fieldStart = true;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (quoted) {
      if (c !== QUOTE) continue;
      if (text.charCodeAt(i + 1) === QUOTE) i += 1;
      else quoted = false;
    } else if (c === COMMA) fieldStart = true;
    else {
      if (fieldStart && c === QUOTE) quoted = true;
      fieldStart = false;
    }
  }
  return !quoted;
}

const QUOTE = 34;
const COMMA = 44;

/** The options the whole reader follows; csv-parse with them is the reference (see the property test). */
export const CSV_OPTIONS = { relax_column_count: true, relax_quotes: true, skip_empty_lines: false } as const;

function parseQuoted(record: string): string[] {
  const text = record.endsWith('\r') ? record.slice(0, -1) : record;
  const rows = parse(text, CSV_OPTIONS);
  return rows[0] ?? [''];
}
