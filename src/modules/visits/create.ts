import type { Tx } from '../../db/types.ts';
import { requireAccess } from '../access/require-access.ts';
import { recordAudit } from '../audit/audit.ts';
import type { Actor } from '../auth/actor.ts';
import { openProblems } from '../problems/open.ts';
import { today } from '../registry/commands/shared.ts';
import { countTyped, recordBurden } from '../burden/record.ts';
import { cadreIdOfUserSql } from '../organisation/cadres.ts';
import { clientIdTaken } from './checkins.ts';
import { consumeConfirmationCode } from './codes.ts';
import { checkPhoto, decodeImage, type CheckedImage, type CheckedPhoto } from './photos.ts';
import { visitById } from './read.ts';
import { CHECK_ITEMS, type Visit, type VisitInput } from './schemas.ts';
import { pastInstant } from './time.ts';

type Check = (typeof CHECK_ITEMS)[number];

/** A visit's request checked before its transaction: the time, the photos' bytes and EXIF, the signature. */
export interface PreparedVisit {
  input: VisitInput;
  at: Date;
  photos: CheckedPhoto[];
  signature: CheckedImage | null;
}

/** The slow, database-free part of a visit (decoding and EXIF), done before the transaction holds anything. */
export async function prepareVisit(input: VisitInput, now: Date): Promise<PreparedVisit> {
  const at = pastInstant('at', input.at, now);
  const images = (input.photos ?? []).map((p, i) =>
    decodeImage(`photos.${i}.data`, p.data, ['image/jpeg', 'image/png']),
  );
  const photos = await Promise.all(images.map((image) => checkPhoto(image, { at, ...input.position })));
  const signature =
    input.confirmation?.kind === 'signature'
      ? decodeImage('confirmation.image', input.confirmation.image, ['image/png'])
      : null;
  return { input, at, photos, signature };
}

/**
 * 走访: records a visit to a household the caller may do casework on (its village's casework roles, or its
 * paired cadre). The phone's clientId makes it idempotent: the insert does nothing on a clientId stored
 * already — even when two identical requests race, the second waits for the first and finds its row — and
 * the stored visit is answered (`created: false`), its photos, code and problems not written again.
 */
export async function createVisit(
  tx: Tx,
  actor: Actor,
  prepared: PreparedVisit,
  now: Date,
): Promise<{ created: boolean; visit: Visit }> {
  const { input, at, photos, signature } = prepared;
  const regions = await requireAccess(tx, actor, 'household.casework', [input.householdId]);
  const regionCode = regions.get(String(input.householdId))!;
  const { lat, lng, accuracy } = input.position;
  const signed = signature && {
    kind: 'signature',
    sha256: signature.sha256,
    png: signature.bytes.toString('base64'),
  };
  const [inserted] = await tx.query<{ id: number } & Record<Check, boolean | null>>(
    INSERT_VISIT,
    [
      input.clientId,
      input.householdId,
      regionCode,
      actor.userId,
      at.toISOString(),
      lat,
      lng,
      accuracy,
      input.notes || null,
      JSON.stringify(input.checks),
      input.incomeChange || null,
      input.memberChanges || null,
      signed ? JSON.stringify(signed) : null,
      photos.map((p) => p.mime),
      photos.map((p) => p.bytes),
      photos.map((p) => p.sha256),
      photos.map((p) => p.takenAt?.toISOString() ?? null),
      photos.map((p) => p.lat),
      photos.map((p) => p.lng),
      photos.map((p) => p.timeGapSeconds),
      photos.map((p) => p.distanceM),
    ],
    { prepare: true },
  );
  if (inserted === undefined) return repeat(tx, actor, input, regionCode);
  const { id } = inserted;

  // A code is spent only by a visit stored now (a repeat must not spend it), so it is written after the insert.
  if (input.confirmation?.kind === 'code') {
    const codeId = await consumeConfirmationCode(tx, input.householdId, input.confirmation.code, now);
    await tx.query('UPDATE visits SET confirmation = $2::jsonb WHERE id = $1', [
      id,
      JSON.stringify({ kind: 'code', codeId }),
    ]);
  }
  await openVisitProblems(tx, actor, id, regionCode, input, today(now));
  const visit = await visitById(tx, actor, id);
  const { photos: shown, ...after } = visit;
  await recordAudit(tx, actor, {
    action: 'visit.create',
    entity: 'visit',
    entityId: id,
    regionCode,
    after: { ...after, photos: shown.length },
  });
  await recordBurden(tx, actor, { action: 'visit.create', regionCode, ...visitCost(input, inserted) }, now);
  return { created: true, visit };
}

/** The checks as the system holds them: the household's latest year of facts, as the visit form fills them in. */
const HELD_CHECKS = CHECK_ITEMS.map((c) => `${c}_secure AS ${c}`).join(', ');

/**
 * The visit, its photos and the household's checks as held (for visitCost) in one prepared statement: the
 * visit is the casework's busiest write, and each round trip it saves is a wait for a core on a busy server.
 * It writes nothing and answers no row when the clientId is stored already. The maker is the login's cadre.
 */
const INSERT_VISIT = `WITH visit AS (
    INSERT INTO visits (client_id, household_id, region_code, cadre_id, user_id, at, lat, lng, accuracy, notes,
                        checks, income_change, member_changes, confirmation)
    VALUES ($1, $2, $3, ${cadreIdOfUserSql('$4::bigint')}, $4, $5, $6, $7, $8, $9, $10::jsonb, $11, $12, $13::jsonb)
    ON CONFLICT (client_id) DO NOTHING RETURNING id
  ), photos AS (
    INSERT INTO visit_photos (visit_id, mime, bytes, sha256, taken_at, lat, lng, time_gap_seconds, distance_m)
    SELECT visit.id, p.* FROM visit, unnest($14::text[], $15::bytea[], $16::text[], $17::timestamptz[],
                                            $18::float8[], $19::float8[], $20::int[], $21::float8[]) AS p
  )
  SELECT visit.id::int, held.* FROM visit LEFT JOIN LATERAL (
    SELECT ${HELD_CHECKS} FROM household_years WHERE household_id = $2 ORDER BY year DESC LIMIT 1
  ) held ON true`;

/**
 * What the visit cost its typist, judged by the server from what it holds — never from a list the client
 * sends (as an edit is reckoned, burden/record.ts heldUnchanged): the phone fills in the household, the time
 * and the position; a check equal to the household's latest year of facts (a guarantee nobody recorded counts
 * as met, as the form starts it) was pre-filled, a changed one typed, like every text and problem.
 */
function visitCost(
  input: VisitInput,
  held: Record<Check, boolean | null>,
): { typed: number; prefilled: number } {
  const kept = CHECK_ITEMS.filter((c) => input.checks[c] === (held[c] !== false)).length;
  const machine = countTyped({ householdId: input.householdId, at: input.at, position: input.position });
  const all = countTyped({ ...input, clientId: undefined, photos: undefined });
  return { typed: all - machine - kept, prefilled: machine + kept };
}

/** The clientId is stored: the same phone's repeat gets its visit; another household's request is a conflict. */
async function repeat(tx: Tx, actor: Actor, input: VisitInput, regionCode: string) {
  const [stored] = await tx.query<{ id: number; householdId: number }>(
    'SELECT id::int, household_id::int AS "householdId" FROM visits WHERE client_id = $1',
    [input.clientId],
  );
  if (!stored || stored.householdId !== input.householdId) throw clientIdTaken();
  // The insert statement ran (and did nothing): its audit row says it was a repeat of the stored visit.
  await recordAudit(tx, actor, { action: 'visit.repeat', entity: 'visit', entityId: stored.id, regionCode });
  return { created: false, visit: await visitById(tx, actor, stored.id) };
}

/** Problems found on the visit go to the problem list (due by the province's problemDueDays unless given). */
function openVisitProblems(
  tx: Tx,
  actor: Actor,
  visitId: number,
  regionCode: string,
  input: VisitInput,
  today: string,
): Promise<number[]> {
  const found = input.problems ?? [];
  if (found.length === 0) return Promise.resolve([]);
  return openProblems(
    tx,
    actor,
    found.map((p, i) => ({
      householdId: input.householdId,
      regionCode,
      category: p.category,
      description: p.description,
      source: 'visit' as const,
      sourceKey: `visit:${visitId}/${i}`,
      visitId,
      ...(p.due ? { due: p.due } : {}),
    })),
    today,
  );
}
