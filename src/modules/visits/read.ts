import { notFound } from '../../app/errors.ts';
import { offsetOf } from '../../app/paging.ts';
import type { Queryable } from '../../db/types.ts';
import { requireAccess } from '../access/require-access.ts';
import { householdScope } from '../access/scope.ts';
import type { Actor } from '../auth/actor.ts';
import { flagged } from './photos.ts';
import { inRegion } from './region.ts';
import type { Visit } from './schemas.ts';

/** One statement per page: each visit with its household number, cadre, photos' EXIF checks and problems. */
const SELECT = `SELECT v.id::int, v.client_id AS "clientId", v.household_id::int AS "householdId",
    h.household_no AS "householdNo", v.region_code AS "regionCode", v.at, v.lat, v.lng, v.accuracy,
    v.cadre_id::int AS "cadreId", cd.name AS "cadreName", v.checks, v.notes, v.income_change AS "incomeChange",
    v.member_changes AS "memberChanges", v.confirmation->>'kind' AS "confirmationKind",
    coalesce((SELECT json_agg(json_build_object('id', p.id, 'takenAt', p.taken_at,
                'timeGapSeconds', p.time_gap_seconds, 'distanceM', p.distance_m) ORDER BY p.id)
              FROM visit_photos p WHERE p.visit_id = v.id), '[]') AS photos,
    coalesce((SELECT json_agg(pr.id ORDER BY pr.id) FROM problems pr WHERE pr.visit_id = v.id), '[]') AS "problemIds"
  FROM visits v JOIN households h ON h.id = v.household_id LEFT JOIN cadres cd ON cd.id = v.cadre_id`;

interface Row {
  id: number;
  clientId: string;
  householdId: number;
  householdNo: string;
  regionCode: string;
  at: Date;
  lat: number | null;
  lng: number | null;
  accuracy: number | null;
  cadreId: number | null;
  cadreName: string | null;
  checks: Record<string, boolean>;
  notes: string | null;
  incomeChange: string | null;
  memberChanges: string | null;
  confirmationKind: 'signature' | 'code' | null;
  photos: { id: number; takenAt: string | null; timeGapSeconds: number | null; distanceM: number | null }[];
  problemIds: number[];
}

function present(row: Row): Visit {
  const { lat, lng, accuracy, cadreId, cadreName, confirmationKind, at, photos, ...rest } = row;
  return {
    ...rest,
    at: at.toISOString(),
    position: { lat, lng, accuracy },
    cadre: cadreId === null ? null : { id: cadreId, name: cadreName ?? '' },
    confirmation: confirmationKind ? { kind: confirmationKind } : null,
    photos: photos.map((p) => ({
      ...p,
      takenAt: p.takenAt === null ? null : new Date(p.takenAt).toISOString(),
      flagged: flagged(p),
    })),
  };
}

/** A visit the caller was already allowed to reach (after requireAccess, or the write that made it). */
export async function visitById(q: Queryable, id: number): Promise<Visit> {
  const [row] = await q.query<Row>(`${SELECT} WHERE v.id = $1`, [id]);
  if (!row) throw notFound('visit', id);
  return present(row);
}

export async function readVisit(q: Queryable, actor: Actor, id: number): Promise<Visit> {
  await requireAccess(q, actor, 'visit.read', [id]);
  return visitById(q, id);
}

/** Visits the caller may read (their households' village now, or their pairings), newest first. */
export async function listVisits(
  q: Queryable,
  actor: Actor,
  query: {
    householdId?: number | undefined;
    cadreId?: number | undefined;
    region?: string | undefined;
    page?: number | undefined;
    limit: number;
  },
) {
  const params: unknown[] = [];
  const where = [householdScope(actor, 'h.id', 'h.region_code', params)];
  const add = (column: string, value: number) => {
    params.push(value);
    where.push(`${column} = $${params.length}`);
  };
  if (query.householdId !== undefined) add('v.household_id', query.householdId);
  if (query.cadreId !== undefined) add('v.cadre_id', query.cadreId);
  if (query.region !== undefined) where.push(inRegion('v.region_code', query.region, params));
  const conditions = where.join(' AND ');
  const [counted] = await q.query<{ total: number }>(
    `SELECT count(*)::int AS total FROM visits v JOIN households h ON h.id = v.household_id WHERE ${conditions}`,
    params,
  );
  const rows = await q.query<Row>(
    `${SELECT} WHERE ${conditions} ORDER BY v.at DESC, v.id DESC
     LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, query.limit, offsetOf(query.page, query.limit)],
  );
  return { items: rows.map(present), total: counted?.total ?? 0 };
}

/** A photo's bytes, for a reader of its visit (a household's photos are personal: the caller sends no-cache). */
export async function visitPhoto(q: Queryable, actor: Actor, visitId: number, photoId: number) {
  await requireAccess(q, actor, 'visit.read', [visitId]);
  const [photo] = await q.query<{ mime: string; bytes: Uint8Array }>(
    'SELECT mime, bytes FROM visit_photos WHERE id = $1 AND visit_id = $2',
    [photoId, visitId],
  );
  if (!photo) throw notFound('photo', photoId);
  return photo;
}
