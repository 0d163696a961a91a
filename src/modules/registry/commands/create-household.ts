import { DomainError, type FieldIssue } from '../../../app/errors.ts';
import type { Queryable } from '../../../db/types.ts';
import { recordAudit } from '../../audit/audit.ts';
import { meterWrite, typedFields, type Meter } from '../../burden/record.ts';
import type { Actor } from '../../auth/actor.ts';
import { cadreChanges, refuseCadreFields } from '../../organisation/household-cadre.ts';
import { assignHouseholdStandard } from '../../standards/resolve.ts';
import { pick } from '../columns.ts';
import { collect, DATE_LABELS, refuseFields, yearIssue } from '../dates.ts';
import { HOUSEHOLD_FIELDS, MEMBER_FIELDS, YEAR_FIELDS } from '../fields.ts';
import { recordHistory } from '../history.ts';
import * as repo from '../repo.ts';
import type { CreateHouseholdInput } from '../schemas.ts';
import {
  checkRoster,
  validateFacts,
  validateHouseholdFields,
  validateMember,
  type PersonFromId,
} from '../validate.ts';
import { ORDINARY_STANDING, refuseStanding, standingChanges } from '../standing-guard.ts';
import { checkPersonsFree, checkVillage } from './shared.ts';

/** A household registered without a recorded standing is an ordinary one (type 00) unless it says otherwise. */
function ordinary(input: CreateHouseholdInput): CreateHouseholdInput {
  return { ...input, facts: { ...ORDINARY_STANDING, ...input.facts } };
}

export interface CreateOptions {
  /**
   * The household's standing (status, monitoring, years identified and exited) is recorded as given: decisions
   * taken before the system. Only the import, the demo and test seeding pass it; the API and the console never
   * do, so a new household there is an ordinary one (type 00, no status) until a procedure says otherwise.
   */
  recorded?: boolean;
  /** The burden meter (the API's registration; none for the import, the demo and seeds). */
  meter?: Meter;
}

/** Registers a household with its members and the facts of one year, in one transaction. */
export async function createHousehold(
  tx: Queryable,
  actor: Actor,
  given: CreateHouseholdInput,
  today: string,
  options: CreateOptions = {},
): Promise<number> {
  // A standing is refused before the rest: without it the facts of a poor household are incomplete anyway.
  if (!options.recorded) {
    const standing = [
      ...standingChanges(ORDINARY_STANDING, given, ''),
      ...standingChanges(ORDINARY_STANDING, given.facts, 'facts.'),
    ];
    if (standing.length) throw refuseStanding(standing);
  }
  const input = options.recorded ? given : ordinary(given);
  const issues: FieldIssue[] = [];
  validateHouseholdFields(input, '', issues, today);
  collect(issues, yearIssue(input.year, 'year', DATE_LABELS.year, today));
  validateFacts(input.facts, 'facts.', issues);
  const persons = input.members.map((m, i) => validateMember(m, `members.${i}.`, today, issues));
  checkRoster(input.members, 'members', issues);
  if (issues.length) throw refuseFields(issues);
  // The responsible cadre is the open pairing's (organisation/household-cadre.ts): a registration names none.
  // The import, the demo and seeds record the registry's facts as they were (and the import then pairs).
  const byPairing = options.recorded ? [] : cadreChanges({}, input);
  if (byPairing.length) throw refuseCadreFields(byPairing);

  await checkVillage(tx, actor, input.regionCode, 'regionCode');
  if (await repo.householdNoExists(tx, input.householdNo)) {
    throw new DomainError(
      'conflict',
      'DUPLICATE_HOUSEHOLD_NO',
      {
        zh: `户编号 ${input.householdNo} 已存在`,
        en: `Household number ${input.householdNo} already exists`,
      },
      { field: 'householdNo' },
    );
  }
  const identities = persons as PersonFromId[];
  await checkPersonsFree(
    tx,
    actor,
    identities.map((p, i) => ({ idNumber: p.idNumber, field: `members.${i}.idNumber` })),
  );

  const fields = pick(HOUSEHOLD_FIELDS, input);
  const household = await repo.insertHousehold(tx, input, fields);
  const members: repo.MemberRow[] = [];
  for (const [i, m] of input.members.entries()) {
    const person = identities[i]!;
    members.push(
      await repo.insertMember(tx, household, person, {
        ...pick(MEMBER_FIELDS, m),
        idNumber: person.idNumber,
      }),
    );
  }
  const facts = pick(YEAR_FIELDS, input.facts);
  // The standard in force for its region in its year of identification (this year when not recorded); a
  // household with no status was identified under none (the identification procedure assigns it).
  const standardId = facts.status ? await assignHouseholdStandard(tx, household.id, today) : null;
  const year = await repo.insertYear(
    tx,
    { householdId: household.id, year: input.year, regionCode: input.regionCode, size: members.length },
    facts,
  );

  // One '*' row for the new household with its members as created (the import writes the same shape).
  await recordHistory(tx, actor, [
    {
      householdId: household.id,
      field: '*',
      from: null,
      to: {
        ...fields,
        householdNo: input.householdNo,
        regionCode: input.regionCode,
        members: members.map((m) => ({ id: m.id, ...pick(MEMBER_FIELDS, m) })),
      },
      action: 'household.create',
    },
    {
      householdId: household.id,
      year: input.year,
      field: '*',
      from: null,
      to: facts,
      action: 'household.facts',
    },
  ]);
  await recordAudit(tx, actor, {
    action: 'household.create',
    entity: 'household',
    entityId: household.id,
    regionCode: household.regionCode,
    after: { household: { ...household, standardId }, year, members },
  });
  // A new household: everything sent was typed, but what the server supplied (the working year).
  await meterWrite(tx, actor, options.meter, {
    action: 'household.create',
    regionCode: household.regionCode,
    typed: typedFields(given) - (options.meter?.supplied ?? 0),
    prefilled: 0,
  });
  return household.id;
}
