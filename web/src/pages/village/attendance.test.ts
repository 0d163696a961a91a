import { describe, expect, it } from 'vitest';
import type { Attendance } from './api.ts';
import { attendanceRows } from './attendance.ts';

const row = (cadreId: number, days: number): Attendance => ({
  cadreId,
  name: `干部${cadreId}`,
  teamId: 1,
  villageCode: '371324106201',
  days,
  workingDays: 21,
  requiredDays: 15,
  met: days >= 15,
});

describe('attendance rows', () => {
  it('puts each member’s month beside their year, including who has only one of them', () => {
    const rows = attendanceRows([row(1, 16), row(3, 2)], [row(1, 180), row(2, 40)]);
    expect(rows.map((r) => [r.cadreId, r.month?.days, r.year?.days])).toEqual([
      [1, 16, 180],
      [2, undefined, 40],
      [3, 2, undefined],
    ]);
  });
});
