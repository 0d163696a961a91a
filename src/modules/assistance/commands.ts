import { versionConflict } from '../../app/errors.ts';
import type { Tx } from '../../db/types.ts';
import { requireAccess } from '../access/require-access.ts';
import { recordAudit } from '../audit/audit.ts';
import type { Actor } from '../auth/actor.ts';
import { countTyped, recordBurden } from '../burden/record.ts';
import { today as dayOf } from '../registry/commands/shared.ts';
import { measureById } from './queries.ts';
import { checkMeasureDates, isDevelopmentCategory } from './rules.ts';
import type { CreateMeasureInput, Measure, UpdateMeasureInput } from './schemas.ts';

/**
 * Writing the measures: recorded on a household by whoever does its casework there (`household.casework`: a
 * village's cadres, the work team, the town and county offices, and the household's paired cadre), changed by
 * `measure.write` on the measure (the same people, by its household). One transaction each, audited, with the
 * burden of what was typed; `now` is the server's clock.
 */
export async function createMeasure(
  tx: Tx,
  actor: Actor,
  body: CreateMeasureInput,
  now: Date,
): Promise<Measure> {
  const region = (
    await requireAccess(tx, actor, 'household.casework', [body.householdId], { lock: true })
  ).get(String(body.householdId))!;
  const endOn = body.endOn ?? null;
  checkMeasureDates({ year: body.year, startOn: body.startOn, endOn }, dayOf(now));
  const development = body.development ?? isDevelopmentCategory(body.category);
  const [row] = await tx.query<{ id: number }>(
    `INSERT INTO assistance_measures (household_id, year, category, description, amount, provider, start_on,
                                      end_on, development)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id::int`,
    [
      body.householdId,
      body.year,
      body.category,
      body.description,
      body.amount ?? null,
      body.provider || null,
      body.startOn,
      endOn,
      development,
    ],
  );
  const measure = await measureById(tx, row!.id);
  await recordAudit(tx, actor, {
    action: 'measure.create',
    entity: 'assistance_measure',
    entityId: measure.id,
    regionCode: region,
    after: auditable(measure),
  });
  // The development flag the server derived from the category is filled in, not typed.
  const typed = countTyped(body);
  await recordBurden(
    tx,
    actor,
    {
      action: 'measure.create',
      regionCode: region,
      typed,
      prefilled: body.development === undefined ? 1 : 0,
    },
    now,
  );
  return measure;
}

export async function updateMeasure(
  tx: Tx,
  actor: Actor,
  id: number,
  body: UpdateMeasureInput,
  now: Date,
): Promise<Measure> {
  const region = (await requireAccess(tx, actor, 'measure.write', [id], { lock: true })).get(String(id))!;
  const before = await measureById(tx, id);
  if (before.version !== body.version) throw versionConflict('assistance_measure', before.version);
  const category = body.category ?? before.category;
  const next = {
    year: body.year ?? before.year,
    category,
    description: body.description ?? before.description,
    amount: body.amount === undefined ? before.amount : body.amount,
    provider: body.provider === undefined ? before.provider : body.provider || null,
    startOn: body.startOn ?? before.startOn,
    endOn: body.endOn === undefined ? before.endOn : body.endOn,
    // A new category brings its default unless the flag is given; otherwise the flag stays as it was.
    development:
      body.development ??
      (body.category === undefined ? before.development : isDevelopmentCategory(category)),
  };
  checkMeasureDates(next, dayOf(now));
  await tx.query(
    `UPDATE assistance_measures SET year = $2, category = $3, description = $4, amount = $5, provider = $6,
       start_on = $7, end_on = $8, development = $9, version = version + 1
     WHERE id = $1`,
    [
      id,
      next.year,
      next.category,
      next.description,
      next.amount,
      next.provider,
      next.startOn,
      next.endOn,
      next.development,
    ],
  );
  const after = await measureById(tx, id);
  await recordAudit(tx, actor, {
    action: 'measure.update',
    entity: 'assistance_measure',
    entityId: id,
    regionCode: region,
    before: auditable(before),
    after: auditable(after),
  });
  await recordBurden(
    tx,
    actor,
    {
      action: 'measure.update',
      regionCode: region,
      typed: countTyped({ ...body, version: undefined }),
      prefilled: 0,
    },
    now,
  );
  return after;
}

/** What the audit keeps of a measure: its facts, not the household's head (a name is not the measure's). */
function auditable(m: Measure) {
  return { ...m, headName: undefined, householdNo: undefined };
}
