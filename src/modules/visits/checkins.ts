import { DomainError, fieldRules, notFound } from '../../app/errors.ts';
import { offsetOf } from '../../app/paging.ts';
import type { Queryable, Tx } from '../../db/types.ts';
import { readScope } from '../access/scope.ts';
import { inRegion } from './region.ts';
import { recordAudit } from '../audit/audit.ts';
import type { Actor } from '../auth/actor.ts';
import { countTyped, recordBurden } from '../burden/record.ts';
import { requireCadre, teamOfCadreOn } from './cadre.ts';
import type { CheckinInput } from './schemas.ts';
import { chinaDay, pastInstant } from './time.ts';

const COLUMNS = `c.id::int, c.client_id AS "clientId", c.cadre_id::int AS "cadreId", cd.name AS "cadreName",
  c.team_id::int AS "teamId", c.village_code AS "villageCode", c.at, c.day::text AS day,
  c.lat, c.lng, c.accuracy`;

interface Row {
  id: number;
  clientId: string;
  cadreId: number;
  cadreName: string;
  teamId: number | null;
  villageCode: string;
  at: Date;
  day: string;
  lat: number | null;
  lng: number | null;
  accuracy: number | null;
}

const present = ({ lat, lng, accuracy, at, ...row }: Row) => ({
  ...row,
  at: at.toISOString(),
  position: { lat, lng, accuracy },
});

async function byClientId(q: Queryable, clientId: string) {
  const [row] = await q.query<Row>(
    `SELECT ${COLUMNS} FROM checkins c JOIN cadres cd ON cd.id = c.cadre_id WHERE c.client_id = $1`,
    [clientId],
  );
  return row;
}

/**
 * 驻村考勤: the caller (a cadre with a login) is in the village now. The village is their work team's on that
 * day, or the one they name when no team says it. The same clientId again answers the stored check-in
 * (`created: false`) and stores nothing — an offline queue may send it twice.
 */
export async function checkIn(tx: Tx, actor: Actor, input: CheckinInput, now: Date) {
  const at = pastInstant('at', input.at, now);
  const cadre = await requireCadre(tx, actor);
  const day = chinaDay(at);
  const team = await teamOfCadreOn(tx, cadre.id, day);
  const villageCode = team?.villageCode ?? input.villageCode;
  if (!villageCode)
    throw fieldRules('NO_TEAM', [
      {
        field: 'villageCode',
        code: 'NO_TEAM',
        message: {
          zh: '您当天不在驻村工作队中，请选择所在村',
          en: 'You are in no work team that day; name the village',
        },
      },
    ]);
  if (team && input.villageCode && input.villageCode !== team.villageCode)
    throw fieldRules('NOT_TEAM_VILLAGE', [
      {
        field: 'villageCode',
        code: 'NOT_TEAM_VILLAGE',
        message: { zh: '所选村不是您工作队驻的村', en: 'That is not the village of your work team' },
      },
    ]);
  const [village] = await tx.query(`SELECT 1 FROM regions WHERE code = $1 AND level = 5`, [villageCode]);
  if (!village) throw notFound('region', villageCode);
  const { lat, lng, accuracy } = input.position;
  const inserted = await tx.query<{ id: number }>(
    `INSERT INTO checkins (client_id, cadre_id, team_id, village_code, at, day, lat, lng, accuracy, created_by)
     VALUES ($1, $2, $3, $4, $5, $6::date, $7, $8, $9, $10)
     ON CONFLICT (client_id) DO NOTHING RETURNING id::int`,
    [
      input.clientId,
      cadre.id,
      team?.teamId ?? null,
      villageCode,
      at.toISOString(),
      day,
      lat,
      lng,
      accuracy,
      actor.userId,
    ],
  );
  const stored = (await byClientId(tx, input.clientId))!;
  if (stored.cadreId !== cadre.id) throw clientIdTaken();
  const created = inserted.length > 0;
  // The repeat writes nothing, but the statement ran: its audit row says it was a repeat.
  await recordAudit(tx, actor, {
    action: created ? 'checkin.create' : 'checkin.repeat',
    entity: 'checkin',
    entityId: stored.id,
    regionCode: villageCode,
    after: created ? { clientId: input.clientId, cadreId: cadre.id, villageCode, day } : undefined,
  });
  if (created)
    await recordBurden(
      tx,
      actor,
      { action: 'checkin.create', regionCode: villageCode, typed: 0, prefilled: countTyped(input) },
      now,
    );
  return { created, checkin: present(stored) };
}

/** The same clientId from another cadre: a phone's id is its own, never someone else's. */
export function clientIdTaken(): DomainError {
  return new DomainError('conflict', 'CLIENT_ID_TAKEN', {
    zh: '该编号已被其他记录使用',
    en: 'That clientId belongs to another record',
  });
}

/**
 * Check-ins in the caller's scope: the villages where they read the registry, and their own wherever they were.
 */
export async function listCheckins(
  q: Queryable,
  actor: Actor,
  query: {
    cadreId?: number | undefined;
    region?: string | undefined;
    from?: string | undefined;
    to?: string | undefined;
    page?: number | undefined;
    limit: number;
  },
) {
  const params: unknown[] = [actor.userId];
  const where = [`(${readScope(actor, 'c.village_code', params)} OR cd.user_id = $1)`];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replace('?', `$${params.length}`));
  };
  if (query.cadreId !== undefined) add('c.cadre_id = ?', query.cadreId);
  if (query.region !== undefined) where.push(inRegion('c.village_code', query.region, params));
  if (query.from !== undefined) add('c.day >= ?::date', query.from);
  if (query.to !== undefined) add('c.day <= ?::date', query.to);
  const from = `FROM checkins c JOIN cadres cd ON cd.id = c.cadre_id WHERE ${where.join(' AND ')}`;
  const [counted] = await q.query<{ total: number }>(`SELECT count(*)::int AS total ${from}`, params);
  const rows = await q.query<Row>(
    `SELECT ${COLUMNS} ${from} ORDER BY c.at DESC, c.id DESC LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, query.limit, offsetOf(query.page, query.limit)],
  );
  return { items: rows.map(present), total: counted?.total ?? 0 };
}
