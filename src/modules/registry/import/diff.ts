import type { AuditEntry } from '../../audit/audit.ts';
import { changedFields, pick } from '../columns.ts';
import { HEAD_RELATION, HOUSEHOLD_FIELDS, MEMBER_FIELDS, YEAR_FIELDS } from '../fields.ts';
import { changeEntries, type HistoryEntry } from '../history.ts';
import type { HouseholdRow, MemberRow, YearRow } from '../repo.ts';
import type { Values } from '../validate.ts';
import type { ImportColumn } from './columns.ts';

/**
 * What re-importing a household that exists changes: compared field by field with the registry (household
 * fields, the facts of the import year, members matched by ID number), so a file that says what the registry
 * says changes nothing at all. Pure: the caller loads the records and writes the plan (write-existing.ts).
 */
export interface StagedMember extends Values {
  rowNo: number;
  hno: string;
  region: string;
  sex: string;
  birthDate: string;
  relation: string;
  idNumber: string;
}

export interface HouseholdPlan {
  household: HouseholdRow;
  changed: boolean;
  /** Target values of the household's present columns (and region) when changed. */
  householdValues: Values & { regionCode: string };
  year: { insert: boolean; update: boolean; values: Values & { regionCode: string; size: number } };
  memberUpdates: (Values & { id: number })[];
  memberInserts: StagedMember[];
  memberCloses: MemberRow[];
  history: HistoryEntry[];
  audit: Omit<AuditEntry, 'after'> & { after: Record<string, unknown> };
}

function keysOf(columns: readonly ImportColumn[], level: ImportColumn['level']): Set<string> {
  return new Set(columns.filter((c) => c.level === level).map((c) => c.key));
}

function only(values: Values, keys: ReadonlySet<string>): Values {
  return Object.fromEntries(Object.entries(values).filter(([k]) => keys.has(k)));
}

export function planHousehold(
  columns: readonly ImportColumn[],
  household: HouseholdRow,
  yearRow: YearRow | undefined,
  active: readonly MemberRow[],
  rows: readonly StagedMember[],
  year: number,
): HouseholdPlan {
  const head = rows.find((r) => r.relation === HEAD_RELATION) ?? rows[0]!;
  const householdKeys = keysOf(columns, 'household');
  const yearKeys = keysOf(columns, 'year');
  const memberKeys = keysOf(columns, 'member');
  const id = household.id;

  const target: Values = only(head, householdKeys);
  // The household phone follows the head's phone when the file gives one (see docs/import-format.md).
  target.phone =
    memberKeys.has('phone') && head.phone !== null && head.phone !== undefined
      ? head.phone
      : (household.phone ?? null);
  const fieldChanges = changedFields(HOUSEHOLD_FIELDS, household, target);
  const moved = head.region !== household.regionCode;
  const history: HistoryEntry[] = changeEntries({ householdId: id }, fieldChanges, 'household.update');
  if (moved)
    history.push({
      householdId: id,
      field: 'regionCode',
      from: household.regionCode,
      to: head.region,
      action: 'household.move',
    });

  const facts = only(head, yearKeys);
  const factChanges = yearRow ? changedFields(YEAR_FIELDS, yearRow, facts) : [];
  if (yearRow) history.push(...changeEntries({ householdId: id, year }, factChanges, 'household.facts'));
  else history.push({ householdId: id, year, field: '*', from: null, to: facts, action: 'household.facts' });

  const byId = new Map(active.map((m) => [m.idNumber, m]));
  const inFile = new Set(rows.map((r) => r.idNumber));
  const memberUpdates: (Values & { id: number })[] = [];
  const memberInserts: StagedMember[] = [];
  for (const r of rows) {
    const current = byId.get(r.idNumber);
    if (!current) {
      memberInserts.push(r);
      continue;
    }
    const wanted = only(r, memberKeys);
    const changes = changedFields(MEMBER_FIELDS, current, wanted);
    if (changes.length === 0) continue;
    memberUpdates.push({ ...pick(MEMBER_FIELDS, current), ...wanted, id: current.id });
    history.push(...changeEntries({ householdId: id, memberId: current.id }, changes, 'member.update'));
  }
  const memberCloses = active.filter((m) => !inFile.has(m.idNumber));
  history.push(
    ...memberCloses.map((m) => ({
      householdId: id,
      memberId: m.id,
      field: 'active',
      from: true,
      to: false,
      action: 'member.other',
    })),
  );

  const size = rows.length;
  const yearChanged =
    !yearRow || factChanges.length > 0 || yearRow.size !== size || yearRow.regionCode !== head.region;
  const changed =
    fieldChanges.length > 0 ||
    moved ||
    yearChanged ||
    memberUpdates.length > 0 ||
    memberInserts.length > 0 ||
    memberCloses.length > 0;
  const before = Object.fromEntries([...fieldChanges, ...factChanges].map((c) => [c.key, c.from]));
  const after = Object.fromEntries([...fieldChanges, ...factChanges].map((c) => [c.key, c.to]));
  return {
    household,
    changed,
    householdValues: { ...pick(HOUSEHOLD_FIELDS, household), ...target, regionCode: head.region },
    year: {
      insert: !yearRow,
      update: !!yearRow && yearChanged,
      values: { ...(yearRow ? pick(YEAR_FIELDS, yearRow) : {}), ...facts, regionCode: head.region, size },
    },
    memberUpdates,
    memberInserts,
    memberCloses,
    history,
    audit: {
      action: 'household.update',
      entity: 'household',
      entityId: id,
      regionCode: head.region,
      before: {
        ...before,
        ...(moved ? { regionCode: household.regionCode } : {}),
        size: yearRow?.size ?? null,
      },
      after: {
        ...after,
        ...(moved ? { regionCode: head.region } : {}),
        size,
        year,
        membersAdded: memberInserts.length,
        membersUpdated: memberUpdates.length,
        membersClosed: memberCloses.length,
      },
    },
  };
}
