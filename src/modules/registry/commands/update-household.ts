import { fieldError, type FieldIssue } from '../../../app/errors.ts';
import type { Queryable } from '../../../db/types.ts';
import { requireAccess } from '../../access/require-access.ts';
import { recordAudit } from '../../audit/audit.ts';
import { heldUnchanged, meterWrite, type Meter } from '../../burden/record.ts';
import type { Actor } from '../../auth/actor.ts';
import { changedFields, pick } from '../columns.ts';
import { collect, DATE_LABELS, refuseFields, yearIssue } from '../dates.ts';
import { HOUSEHOLD_FIELDS, YEAR_FIELDS } from '../fields.ts';
import { asCorrection, changeEntries, recordHistory, type HistoryEntry } from '../history.ts';
import * as repo from '../repo.ts';
import type { UpdateHouseholdInput } from '../schemas.ts';
import { validateFacts, validateHouseholdFields } from '../validate.ts';
import { sizeAtEndOf } from '../year-size.ts';
import { correctionOf, isClosedYear } from '../years.ts';
import { ORDINARY_STANDING, refuseStanding, standingChanges, yearStandingOf } from '../standing-guard.ts';
import { checkVillage, writableHousehold } from './shared.ts';
import { cadreChanges, refuseCadreFields } from '../../organisation/household-cadre.ts';

/**
 * Changes a household's fields, its village and/or the facts of one year. A year not yet recorded is created
 * with the household's size at the end of that year and the standing of its latest earlier year (an ordinary
 * household's when there is none); its main cause is then required unless it is type 00. The standing itself
 * changes only through the procedures (standing-guard.ts). Facts of a closed year change only as a correction
 * of that year, with a reason (years.ts).
 */
export async function updateHousehold(
  tx: Queryable,
  actor: Actor,
  id: number,
  input: UpdateHouseholdInput,
  today: string,
  meter?: Meter,
): Promise<void> {
  const household = await writableHousehold(tx, actor, id, input.version);
  // The facts of a year answer to the village of that year: a county that received the household does not
  // rewrite the years it lived elsewhere (404, as for anything out of scope).
  if (input.facts && input.year !== undefined)
    await requireAccess(tx, actor, 'year.write', [[id, input.year]]);
  const issues: FieldIssue[] = [];
  validateHouseholdFields(input, '', issues, today);
  if (input.facts && input.year === undefined)
    throw fieldError('year', 'REQUIRED', {
      zh: '修改年度数据时须指明年度',
      en: 'year is required with facts',
    });
  // Only facts are dated by `year`; without them it merely picks the year the answer shows.
  if (input.facts && input.year !== undefined)
    collect(issues, yearIssue(input.year, 'year', DATE_LABELS.year, today));
  const existingYear = input.year !== undefined ? await repo.getYear(tx, id, input.year) : undefined;
  // The standing a new year starts from: the household's latest earlier year's, else an ordinary one's.
  const standing =
    existingYear ??
    (input.facts && input.year !== undefined ? await repo.latestYear(tx, id, input.year) : undefined) ??
    ORDINARY_STANDING;
  const given = input.facts && input.year !== undefined ? pick(YEAR_FIELDS, input.facts) : undefined;
  const facts = given && !existingYear ? { ...yearStandingOf(standing), ...given } : given;
  if (facts) validateFacts(facts, 'facts.', issues, existingYear !== undefined);
  if (issues.length) throw refuseFields(issues);
  const refused = [
    ...standingChanges(household, pick(HOUSEHOLD_FIELDS, input), ''),
    ...(given ? standingChanges(standing, given, 'facts.') : []),
  ];
  if (refused.length) throw refuseStanding(refused);
  // The responsible cadre is the open pairing's (organisation/household-cadre.ts).
  const byPairing = cadreChanges(household, input);
  if (byPairing.length) throw refuseCadreFields(byPairing);
  const factChanges = facts && existingYear ? changedFields(YEAR_FIELDS, existingYear, facts) : [];
  // Recording a closed year, or changing its facts, corrects that year: it needs a reason (years.ts).
  const correction =
    facts && (!existingYear || factChanges.length > 0)
      ? correctionOf(input.year!, input.reason, today)
      : undefined;

  const moved = input.regionCode !== undefined && input.regionCode !== household.regionCode;
  if (moved) await checkVillage(tx, actor, input.regionCode!, 'regionCode');

  const fieldChanges = changedFields(HOUSEHOLD_FIELDS, household, pick(HOUSEHOLD_FIELDS, input));
  const after = await repo.updateHousehold(
    tx,
    id,
    Object.fromEntries(fieldChanges.map((c) => [c.key, c.to])),
    moved ? { regionCode: input.regionCode! } : {},
  );
  const history: HistoryEntry[] = changeEntries({ householdId: id }, fieldChanges, 'household.update');
  if (moved)
    history.push({
      householdId: id,
      field: 'regionCode',
      from: household.regionCode,
      to: input.regionCode,
      action: 'household.move',
    });

  let yearBefore: repo.YearRow | undefined;
  let yearAfter: repo.YearRow | undefined;
  if (facts && input.year !== undefined) {
    if (existingYear) {
      yearBefore = existingYear;
      yearAfter = await repo.updateYear(
        tx,
        id,
        input.year,
        Object.fromEntries(factChanges.map((c) => [c.key, c.to])),
      );
      history.push(
        ...asCorrection(
          changeEntries({ householdId: id, year: input.year }, factChanges, 'household.facts'),
          correction,
        ),
      );
    } else {
      const size = await sizeAtEndOf(tx, id, input.year);
      yearAfter = await repo.insertYear(
        tx,
        { householdId: id, year: input.year, regionCode: after.regionCode, size },
        facts,
      );
      history.push(
        ...asCorrection(
          [
            {
              householdId: id,
              year: input.year,
              field: '*',
              from: null,
              to: facts,
              action: 'household.facts',
            },
          ],
          correction,
        ),
      );
    }
  }
  if (moved) {
    // The household now belongs to its new village; the latest year's figures move with it, unless that year is
    // closed: where it lived then is a fact of that year.
    const latest = await repo.latestYear(tx, id);
    if (latest && !isClosedYear(latest.year, today) && latest.regionCode !== after.regionCode)
      await repo.updateYear(tx, id, latest.year, { regionCode: after.regionCode });
  }

  await recordHistory(tx, actor, history);
  await recordAudit(tx, actor, {
    action: 'household.update',
    entity: 'household',
    entityId: id,
    regionCode: after.regionCode,
    before: { household, ...(yearBefore ? { year: yearBefore } : {}) },
    after: {
      household: after,
      ...(yearAfter ? { year: yearAfter } : {}),
      ...(correction ? { correction } : {}),
    },
  });
  // Typed: what changed (a new year's facts all), and the reason; pre-filled: what the household and the year
  // edited held and kept, and a new year's standing, which comes from the year before (burden/record.ts).
  const sentFacts = given ? Object.keys(given).length : 0;
  const changedKeys = [...fieldChanges.map((c) => c.key), ...(moved ? ['regionCode'] : [])];
  await meterWrite(tx, actor, meter, {
    action: 'household.update',
    regionCode: after.regionCode,
    typed: changedKeys.length + (existingYear ? factChanges.length : sentFacts) + (input.reason ? 1 : 0),
    prefilled:
      heldUnchanged(household, [...HOUSEHOLD_FIELDS.map((f) => f.key), 'regionCode'], changedKeys) +
      (existingYear && facts
        ? heldUnchanged(
            existingYear,
            YEAR_FIELDS.map((f) => f.key),
            factChanges.map((c) => c.key),
          )
        : 0) +
      (facts && !existingYear ? Object.keys(facts).length - sentFacts : 0),
  });
}
