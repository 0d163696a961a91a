import { notFound } from '../../app/errors.ts';
import { offsetOf } from '../../app/paging.ts';
import type { Queryable } from '../../db/types.ts';
import { requireAccess } from '../access/require-access.ts';
import { householdPersonalScope, householdScope } from '../access/scope.ts';
import { auditReadSql } from '../audit/audit.ts';
import type { Actor } from '../auth/actor.ts';
import { scrubText } from '../privacy/present.ts';
import { flagged } from './photos.ts';
import { inRegion } from './region.ts';
import type { Visit } from './schemas.ts';

/**
 * One statement per page: each visit with its household number, cadre, photos' EXIF checks and problems, and
 * whether the reader sees the household's personal data (`personal`: the presenter scrubs the free text else).
 */
const selectVisits = (actor: Actor, params: unknown[]) => `SELECT v.id::int, v.client_id AS "clientId",
    v.household_id::int AS "householdId", h.household_no AS "householdNo", v.region_code AS "regionCode", v.at,
    v.lat, v.lng, v.accuracy, v.cadre_id::int AS "cadreId", cd.name AS "cadreName", v.checks, v.notes,
    v.income_change AS "incomeChange", v.member_changes AS "memberChanges",
    v.confirmation->>'kind' AS "confirmationKind",
    coalesce((SELECT json_agg(json_build_object('id', p.id, 'takenAt', p.taken_at,
                'timeGapSeconds', p.time_gap_seconds, 'distanceM', p.distance_m) ORDER BY p.id)
              FROM visit_photos p WHERE p.visit_id = v.id), '[]') AS photos,
    coalesce((SELECT json_agg(pr.id ORDER BY pr.id) FROM problems pr WHERE pr.visit_id = v.id), '[]') AS "problemIds",
    ${householdPersonalScope(actor, 'h.id', 'h.region_code', params)} AS personal
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
  personal: boolean;
}

/**
 * The read of visits of `page` (a CTE with the visit's `id` and `"regionCode"`) put on record in the statement
 * that shows them, as the registry records a household's page (audit/audit.ts auditReadSql). Nothing of a
 * visit is masked — its notes, position, photos and signature are the household's as they were — so every
 * reader's view is recorded, not only that of a role with personal data.
 */
const viewedSql = (actor: Actor, params: unknown[], action: string) =>
  auditReadSql(actor, params, {
    action,
    entity: 'visit',
    from: 'page p',
    entityId: 'p.id',
    region: 'p."regionCode"',
    where: 'true',
  });

/** Where a visit's drawn signature is served (GET /api/v1/visits/{id}/signature): the JSON carries no image. */
export const signatureUrl = (visitId: number) => `/api/v1/visits/${visitId}/signature`;

/**
 * A visit as its reader may see it. What was typed about the household (notes, income and members' changes)
 * is free text that may name a phone or an ID number: scrubbed for a reader without its personal data, as the
 * handbook prints it.
 */
function present(row: Row): Visit {
  const { lat, lng, accuracy, cadreId, cadreName, confirmationKind, at, photos, personal, ...rest } = row;
  const free = (text: string | null) => (text === null || personal ? text : scrubText(text));
  return {
    ...rest,
    notes: free(rest.notes),
    incomeChange: free(rest.incomeChange),
    memberChanges: free(rest.memberChanges),
    at: at.toISOString(),
    position: { lat, lng, accuracy },
    cadre: cadreId === null ? null : { id: cadreId, name: cadreName ?? '' },
    confirmation: confirmationKind
      ? { kind: confirmationKind, imageUrl: confirmationKind === 'signature' ? signatureUrl(row.id) : null }
      : null,
    photos: photos.map((p) => ({
      ...p,
      takenAt: p.takenAt === null ? null : new Date(p.takenAt).toISOString(),
      flagged: flagged(p),
    })),
  };
}

/** A visit the caller was already allowed to reach (after requireAccess, or the write that made it). */
export async function visitById(q: Queryable, actor: Actor, id: number): Promise<Visit> {
  const params: unknown[] = [id];
  // Prepared: one text per shape of the caller's grants, planned once per connection.
  const [row] = await q.query<Row>(`${selectVisits(actor, params)} WHERE v.id = $1`, params, {
    prepare: true,
  });
  if (!row) throw notFound('visit', id);
  return present(row);
}

/** One visit for a reader allowed it by the access layer (404 otherwise); the read is on record. */
export async function readVisit(q: Queryable, actor: Actor, id: number): Promise<Visit> {
  await requireAccess(q, actor, 'visit.read', [id]);
  const params: unknown[] = [id];
  const select = selectVisits(actor, params);
  const viewed = viewedSql(actor, params, 'visit.view');
  const [row] = await q.query<Row>(
    `WITH page AS (${select} WHERE v.id = $1), viewed AS (${viewed}) SELECT * FROM page`,
    params,
  );
  if (!row) throw notFound('visit', id);
  return present(row);
}

/** Visits the caller may read (their households' village now, or their pairings), newest first; on record. */
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
  const select = selectVisits(actor, params);
  params.push(query.limit, offsetOf(query.page, query.limit));
  const paging = `LIMIT $${params.length - 1} OFFSET $${params.length}`;
  const viewed = viewedSql(actor, params, 'visit.view');
  const rows = await q.query<Row>(
    `WITH page AS (${select} WHERE ${conditions} ORDER BY v.at DESC, v.id DESC ${paging}),
          viewed AS (${viewed})
     SELECT * FROM page ORDER BY at DESC, id DESC`,
    params,
  );
  return { items: rows.map(present), total: counted?.total ?? 0 };
}

/**
 * The bytes of a visit's photo, or of the signature the household drew to confirm it (kept base64 in
 * `visits.confirmation`), for a reader of the visit; 404 when there is none. A household's photos and
 * signature are personal: the read is on record and the route sends them private, not cached.
 */
export async function visitImage(
  q: Queryable,
  actor: Actor,
  visitId: number,
  image: { photoId: number } | 'signature',
): Promise<{ mime: string; bytes: Uint8Array }> {
  await requireAccess(q, actor, 'visit.read', [visitId]);
  const params: unknown[] = [visitId];
  let page: string;
  if (image === 'signature') {
    page = `SELECT v.id, v.region_code AS "regionCode", 'image/png' AS mime,
                   decode(v.confirmation->>'png', 'base64') AS bytes
            FROM visits v WHERE v.id = $1 AND v.confirmation->>'kind' = 'signature'`;
  } else {
    params.push(image.photoId);
    page = `SELECT v.id, v.region_code AS "regionCode", p.mime, p.bytes
            FROM visit_photos p JOIN visits v ON v.id = p.visit_id WHERE v.id = $1 AND p.id = $2`;
  }
  const action = image === 'signature' ? 'visit.view_signature' : 'visit.view_photo';
  const viewed = viewedSql(actor, params, action);
  const [found] = await q.query<{ mime: string; bytes: Uint8Array }>(
    `WITH page AS (${page}), viewed AS (${viewed}) SELECT mime, bytes FROM page`,
    params,
  );
  if (!found) throw image === 'signature' ? notFound('signature', visitId) : notFound('photo', image.photoId);
  return found;
}
