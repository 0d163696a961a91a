import type { Attendance } from './api.ts';

export interface Row {
  cadreId: number;
  name: string;
  month?: Attendance;
  year?: Attendance;
}

/** The month's and the year's rows of each member side by side. */
export function attendanceRows(month: readonly Attendance[], year: readonly Attendance[]): Row[] {
  const rows = new Map<number, Row>();
  for (const a of year) rows.set(a.cadreId, { cadreId: a.cadreId, name: a.name, year: a });
  for (const a of month)
    rows.set(a.cadreId, { ...(rows.get(a.cadreId) ?? { cadreId: a.cadreId, name: a.name }), month: a });
  return [...rows.values()];
}
