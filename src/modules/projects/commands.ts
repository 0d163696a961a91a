import { fieldRules, notFound, ruleViolation, versionConflict, type FieldIssue } from '../../app/errors.ts';
import type { Tx } from '../../db/types.ts';
import { permits } from '../access/permissions.ts';
import { forbidden, requireAccess } from '../access/require-access.ts';
import { recordAudit } from '../audit/audit.ts';
import type { Actor } from '../auth/actor.ts';
import { countTyped, recordBurden } from '../burden/record.ts';
import { FUND_SOURCES } from '../portal/schemas.ts';
import { isCalendarDate } from '../registry/dates.ts';
import { isWithin } from '../regions/region-code.ts';
import { regionsByCode } from '../regions/lookup.ts';
import { projectById } from './queries.ts';
import type { CreateProjectInput, FundSource, Project, ProjectState, UpdateProjectInput } from './schemas.ts';

/**
 * Writing the projects (项目资金): kept by a county or town office (`project.write`, the capability
 * manageProjects), each write one transaction, audited, with its burden. The project row is locked first, so two
 * disbursements of one source cannot both pass the fund's limit.
 */
const NEXT: Record<ProjectState, readonly ProjectState[]> = {
  planned: ['in_progress', 'cancelled'],
  in_progress: ['completed', 'cancelled'],
  completed: ['accepted'],
  accepted: [],
  cancelled: [],
};
const CLOSED: ReadonlySet<ProjectState> = new Set(['accepted', 'cancelled']);

/** Money compared in whole fen, so 0.1 + 0.2 never exceeds 0.3. */
export const cents = (n: number) => Math.round(n * 100);

/** The keeper's region (a county or a town) and the villages: real, in that region. 422 naming the field. */
async function checkPlace(tx: Tx, regionCode: string, villageCodes: readonly string[]) {
  const regions = await regionsByCode(tx, [regionCode, ...villageCodes]);
  const keeper = regions.get(regionCode);
  const issues: FieldIssue[] = [];
  if (!keeper || (keeper.level !== 3 && keeper.level !== 4))
    issues.push({
      field: 'regionCode',
      code: 'NOT_COUNTY_OR_TOWN',
      message: { zh: '项目须由县或乡镇管理', en: 'A project is kept by a county or a town' },
    });
  villageCodes.forEach((code, i) => {
    const v = regions.get(code);
    if (!v || v.level !== 5 || !isWithin(code, regionCode))
      issues.push({
        field: `villageCodes.${i}`,
        code: 'VILLAGE_OUTSIDE',
        message: {
          zh: `实施村 ${code} 不是本项目管理区划内的村`,
          en: `${code} is not a village of the project's region`,
        },
      });
  });
  if (new Set(villageCodes).size !== villageCodes.length)
    issues.push({
      field: 'villageCodes',
      code: 'VILLAGE_REPEATED',
      message: { zh: '实施村重复', en: 'A village is named twice' },
    });
  if (issues.length > 0) throw fieldRules(issues[0]!.code, issues);
  return regions;
}

function checkPeriod(from: string, to: string) {
  const issues: FieldIssue[] = [];
  for (const [field, value] of [
    ['periodFrom', from],
    ['periodTo', to],
  ] as const)
    if (!isCalendarDate(value))
      issues.push({
        field,
        code: 'DATE_NOT_A_DAY',
        message: { zh: `${value} 不是有效的日期`, en: `${value} is not a real calendar day` },
      });
  if (issues.length === 0 && to < from)
    issues.push({
      field: 'periodTo',
      code: 'END_BEFORE_START',
      message: { zh: '实施期限止不能早于起', en: 'The period ends before it starts' },
    });
  if (issues.length > 0) throw fieldRules(issues[0]!.code, issues);
}

const fundsOf = (f: Partial<Record<FundSource, number>>) =>
  Object.fromEntries(FUND_SOURCES.map((s) => [s, f[s] ?? 0])) as Record<FundSource, number>;

async function writeVillages(tx: Tx, id: number, villageCodes: readonly string[]) {
  await tx.query(
    `DELETE FROM project_villages WHERE project_id = $1 AND NOT (village_code = ANY($2::text[]))`,
    [id, villageCodes],
  );
  await tx.query(
    `INSERT INTO project_villages (project_id, village_code) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING`,
    [id, villageCodes],
  );
}

/** What the audit keeps of a project: its own fields, not the households' names. */
function auditable(p: Project) {
  return {
    ...p,
    beneficiaries: undefined,
    disbursements: undefined,
    villages: undefined,
    beneficiaryIds: p.beneficiaries.map((b) => b.householdId),
  };
}

export async function createProject(
  tx: Tx,
  actor: Actor,
  body: CreateProjectInput,
  now: Date,
): Promise<Project> {
  if (!permits(actor, 'project.read', body.regionCode)) throw notFound('region', body.regionCode);
  if (!permits(actor, 'project.write', body.regionCode)) throw forbidden();
  await checkPlace(tx, body.regionCode, body.villageCodes);
  checkPeriod(body.periodFrom, body.periodTo);
  const funds = fundsOf(body.funds);
  const [row] = await tx.query<{ id: number }>(
    `INSERT INTO projects (region_code, name, type, content_scale, fund_central, fund_provincial, fund_city,
                           fund_county, fund_other, period_from, period_to, responsible_unit, contractor,
                           expected_benefit)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id::int`,
    [
      body.regionCode,
      body.name,
      body.type,
      body.contentScale,
      funds.central,
      funds.provincial,
      funds.city,
      funds.county,
      funds.other,
      body.periodFrom,
      body.periodTo,
      body.responsibleUnit,
      body.contractor || null,
      body.expectedBenefit || null,
    ],
  );
  const id = row!.id;
  await writeVillages(tx, id, body.villageCodes);
  const project = await projectById(tx, actor, id);
  await recordAudit(tx, actor, {
    action: 'project.create',
    entity: 'project',
    entityId: id,
    regionCode: body.regionCode,
    after: auditable(project),
  });
  await recordBurden(
    tx,
    actor,
    { action: 'project.create', regionCode: body.regionCode, typed: countTyped(body), prefilled: 0 },
    now,
  );
  return project;
}

/** Locks a project for a write: 404 out of scope, 403 without project.write; the project as it is. */
export async function writable(tx: Tx, actor: Actor, id: number, version?: number) {
  const region = (await requireAccess(tx, actor, 'project.write', [id], { lock: true })).get(String(id))!;
  const before = await projectById(tx, actor, id);
  if (version !== undefined && before.version !== version) throw versionConflict('project', before.version);
  return { region, before };
}

function requireOpen(p: Project) {
  if (CLOSED.has(p.state))
    throw ruleViolation(
      'PROJECT_CLOSED',
      {
        zh: '项目已验收或已取消，不能再修改',
        en: 'The project is accepted or cancelled: it no longer changes',
      },
      { state: p.state },
    );
}

export async function updateProject(
  tx: Tx,
  actor: Actor,
  id: number,
  body: UpdateProjectInput,
  now: Date,
): Promise<Project> {
  const { region, before } = await writable(tx, actor, id, body.version);
  requireOpen(before);
  const state = body.state ?? before.state;
  if (state !== before.state && !NEXT[before.state].includes(state))
    throw ruleViolation(
      'WRONG_STATE',
      {
        zh: `项目状态不能从 ${before.state} 变为 ${state}`,
        en: `A project does not go from ${before.state} to ${state}`,
      },
      { from: before.state, to: state, allowed: NEXT[before.state] },
    );
  const villageCodes = body.villageCodes ?? before.villageCodes;
  if (body.villageCodes) {
    await checkPlace(tx, before.regionCode, villageCodes);
    const stranded = before.beneficiaries.filter((b) => !villageCodes.includes(b.villageCode));
    if (stranded.length > 0)
      throw ruleViolation(
        'BENEFICIARY_OUTSIDE',
        {
          zh: '有受益户在被移除的村，请先调整受益户',
          en: 'Households benefiting live in a village removed: change the beneficiaries first',
        },
        { householdIds: stranded.map((b) => b.householdId) },
      );
  }
  const periodFrom = body.periodFrom ?? before.periodFrom;
  const periodTo = body.periodTo ?? before.periodTo;
  checkPeriod(periodFrom, periodTo);
  const funds = body.funds ? { ...fundsOf(before.funds), ...body.funds } : fundsOf(before.funds);
  const short = FUND_SOURCES.filter((s) => cents(funds[s]) < cents(before.disbursedBySource[s]));
  if (short.length > 0)
    throw ruleViolation(
      'FUND_BELOW_DISBURSED',
      { zh: '资金不能少于已拨付的金额', en: 'A fund cannot be less than what was paid out of it' },
      { sources: short.map((s) => ({ source: s, fund: funds[s], disbursed: before.disbursedBySource[s] })) },
    );
  await tx.query(
    `UPDATE projects SET name = $2, type = $3, content_scale = $4, fund_central = $5, fund_provincial = $6,
       fund_city = $7, fund_county = $8, fund_other = $9, period_from = $10, period_to = $11,
       responsible_unit = $12, contractor = $13, expected_benefit = $14, state = $15, version = version + 1
     WHERE id = $1`,
    [
      id,
      body.name ?? before.name,
      body.type ?? before.type,
      body.contentScale ?? before.contentScale,
      funds.central,
      funds.provincial,
      funds.city,
      funds.county,
      funds.other,
      periodFrom,
      periodTo,
      body.responsibleUnit ?? before.responsibleUnit,
      body.contractor === undefined ? before.contractor : body.contractor || null,
      body.expectedBenefit === undefined ? before.expectedBenefit : body.expectedBenefit || null,
      state,
    ],
  );
  if (body.villageCodes) await writeVillages(tx, id, villageCodes);
  const after = await projectById(tx, actor, id);
  await recordAudit(tx, actor, {
    action: state === before.state ? 'project.update' : `project.${state}`,
    entity: 'project',
    entityId: id,
    regionCode: region,
    before: auditable(before),
    after: auditable(after),
  });
  await recordBurden(
    tx,
    actor,
    {
      action: 'project.update',
      regionCode: region,
      typed: countTyped({ ...body, version: undefined }),
      prefilled: 0,
    },
    now,
  );
  return after;
}

/**
 * The households benefiting, replaced as a whole: each one the actor may read (404 otherwise, as anywhere) and
 * living in one of the project's villages (422 naming those that do not).
 */
export async function setBeneficiaries(
  tx: Tx,
  actor: Actor,
  id: number,
  body: { householdIds: number[]; version?: number | undefined },
  now: Date,
): Promise<Project> {
  const { region, before } = await writable(tx, actor, id, body.version);
  requireOpen(before);
  const ids = [...new Set(body.householdIds)];
  const regions = await requireAccess(tx, actor, 'household.read', ids);
  const outside = ids.filter((h) => !before.villageCodes.includes(regions.get(String(h))!));
  if (outside.length > 0)
    throw ruleViolation(
      'HOUSEHOLD_OUTSIDE_VILLAGES',
      {
        zh: `${outside.length} 户不在项目的实施村`,
        en: `${outside.length} of the households live outside the project's villages`,
      },
      { householdIds: outside },
    );
  await tx.query(
    `DELETE FROM project_beneficiaries WHERE project_id = $1 AND NOT (household_id = ANY($2::bigint[]))`,
    [id, ids],
  );
  await tx.query(
    `INSERT INTO project_beneficiaries (project_id, household_id) SELECT $1, unnest($2::bigint[])
     ON CONFLICT DO NOTHING`,
    [id, ids],
  );
  await tx.query(`UPDATE projects SET version = version + 1 WHERE id = $1`, [id]);
  const after = await projectById(tx, actor, id);
  await recordAudit(tx, actor, {
    action: 'project.beneficiaries',
    entity: 'project',
    entityId: id,
    regionCode: region,
    before: { householdIds: before.beneficiaries.map((b) => b.householdId) },
    after: { householdIds: ids },
  });
  await recordBurden(
    tx,
    actor,
    { action: 'project.beneficiaries', regionCode: region, typed: ids.length, prefilled: 0 },
    now,
  );
  return after;
}
