import type { Db } from '../../../db/types.ts';
import type { Actor } from '../../auth/actor.ts';
import { importTable, type ImportOptions, type ImportOutcome } from './pipeline.ts';
import { formatOf, readTable, type FileFormat } from './readers.ts';

/** Imports a CSV or XLSX file (the format from `format`, or the file name's extension). */
export async function importFile(
  db: Db,
  actor: Actor,
  path: string,
  options: ImportOptions & { format?: FileFormat; fileName?: string },
): Promise<ImportOutcome> {
  const format = options.format ?? formatOf(options.fileName ?? path);
  return importTable(db, actor, readTable(path, format), options);
}
