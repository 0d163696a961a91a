import type { ImportError } from './errors.ts';

/** The result of an import, in the shape of issue #2 (printed by `zhenfu import --json`, kept on the job). */
export interface ImportSummary {
  households: { imported: number; updated: number; unchanged: number; rejected: number };
  members: { imported: number; updated: number; rejected: number };
  errors: ImportError[];
}

export interface ImportProgress {
  /** Rows read from the file so far. */
  rows: number;
  /** Households checked and written (or rejected) so far. */
  households: number;
  /** Households in the file, known once every row is read (0 until then). */
  totalHouseholds: number;
}

export function emptySummary(): ImportSummary {
  return {
    households: { imported: 0, updated: 0, unchanged: 0, rejected: 0 },
    members: { imported: 0, updated: 0, rejected: 0 },
    errors: [],
  };
}
