import piexif from 'piexifjs';
import type { Db } from '../../src/db/types.ts';
import { recordAudit } from '../../src/modules/audit/audit.ts';
import { shellActor } from '../../src/modules/auth/actor.ts';

/**
 * The visits tests' organisation, written straight into the tables (audited, like any write) so they do not
 * depend on the organisation module's commands: cadres with logins, pairings, a work team.
 */
async function audited<T>(db: Db, write: (q: Db) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    const result = await write(tx as unknown as Db);
    await recordAudit(tx, shellActor('test'), {
      action: 'test.seed',
      entity: 'test',
      entityId: null,
      regionCode: null,
    });
    return result;
  });
}

export async function seedCadre(db: Db, regionCode: string, userId: number | null, name = '测试干部') {
  return audited(db, async (q) => {
    const [row] = await q.query<{ id: number }>(
      `INSERT INTO cadres (region_code, name, user_id, phone) VALUES ($1, $2, $3, '13900001111') RETURNING id::int`,
      [regionCode, name, userId],
    );
    return row!.id;
  });
}

export async function pair(db: Db, cadreId: number, householdId: number, from = '2026-01-01') {
  await audited(db, (q) =>
    q.query('INSERT INTO pairings (cadre_id, household_id, from_date) VALUES ($1, $2, $3)', [
      cadreId,
      householdId,
      from,
    ]),
  );
}

export async function seedTeam(db: Db, villageCode: string, cadreIds: number[], from = '2025-01-01') {
  return audited(db, async (q) => {
    const [team] = await q.query<{ id: number }>(
      `INSERT INTO work_teams (village_code, term_from, term_to) VALUES ($1, $2, '2027-12-31') RETURNING id::int`,
      [villageCode, from],
    );
    const roles = ['leader', 'first_secretary', 'member'];
    for (const [i, cadreId] of cadreIds.entries())
      await q.query(
        'INSERT INTO work_team_members (team_id, cadre_id, role, from_date) VALUES ($1, $2, $3, $4)',
        [team!.id, cadreId, roles[Math.min(i, 2)], from],
      );
    return team!.id;
  });
}

/** The smallest baseline JPEG (1 × 1), to which a test adds EXIF. */
const TINY_JPEG =
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=';
/** A 1 × 1 PNG (a drawn signature, as far as the server can tell). */
export const TINY_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

const dms = (v: number): [number, number][] => {
  const d = Math.floor(v);
  const m = Math.floor((v - d) * 60);
  const s = Math.round(((v - d) * 60 - m) * 60 * 100);
  return [
    [d, 1],
    [m, 1],
    [s, 100],
  ];
};

/** A JPEG (base64) whose EXIF says it was taken at `local` (China time, 'YYYY:MM:DD HH:MM:SS') and where. */
export function jpegWithExif(local?: string, at?: { lat: number; lng: number }): string {
  const exif: Record<string, Record<number, unknown>> = { '0th': {}, Exif: {}, GPS: {} };
  if (local) exif.Exif![piexif.ExifIFD.DateTimeOriginal] = local;
  if (at) {
    exif.GPS![piexif.GPSIFD.GPSLatitudeRef] = 'N';
    exif.GPS![piexif.GPSIFD.GPSLatitude] = dms(at.lat);
    exif.GPS![piexif.GPSIFD.GPSLongitudeRef] = 'E';
    exif.GPS![piexif.GPSIFD.GPSLongitude] = dms(at.lng);
  }
  const binary = Buffer.from(TINY_JPEG, 'base64').toString('binary');
  return Buffer.from(piexif.insert(piexif.dump(exif), binary), 'binary').toString('base64');
}

export const CHECKS = {
  food: true,
  clothing: true,
  education: true,
  medical: true,
  housing: true,
  water: true,
};
