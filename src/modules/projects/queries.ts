import type { Queryable } from '../../db/types.ts';
import { offsetOf } from '../../app/paging.ts';
import { householdScope, readScope } from '../access/scope.ts';
import type { Actor } from '../auth/actor.ts';
import { FUND_SOURCES } from '../portal/schemas.ts';
import { subtreeRange } from '../regions/region-code.ts';
import type { FundSource, Project, ProjectSummary } from './schemas.ts';

/** Reads of the projects: a list by region subtree (the keeper's region or a village of the project) and one project. */
const SUMMARY = `p.id::int, p.region_code AS "regionCode", r.name AS "regionName", p.name, p.type,
  p.content_scale AS "contentScale", p.fund_central AS central, p.fund_provincial AS provincial,
  p.fund_city AS city, p.fund_county AS county, p.fund_other AS other,
  p.period_from::text AS "periodFrom", p.period_to::text AS "periodTo", p.responsible_unit AS "responsibleUnit",
  p.contractor, p.expected_benefit AS "expectedBenefit", p.state,
  p.disclosure_article_id::int AS "disclosureArticleId", p.version,
  coalesce((SELECT json_agg(json_build_object('code', v.village_code, 'name', coalesce(vr.name, v.village_code))
                            ORDER BY v.village_code)
            FROM project_villages v LEFT JOIN regions vr ON vr.code = v.village_code
            WHERE v.project_id = p.id), '[]'::json) AS villages,
  (SELECT count(*)::int FROM project_beneficiaries b WHERE b.project_id = p.id) AS "beneficiaryCount",
  (SELECT coalesce(sum(d.amount), 0) FROM disbursements d WHERE d.project_id = p.id) AS disbursed`;
const FROM = `projects p LEFT JOIN regions r ON r.code = p.region_code`;

type Row = Omit<ProjectSummary, 'funds' | 'villageCodes'> & Record<FundSource, number>;

const cents = (n: number) => Math.round(n * 100);

function present(row: Row): ProjectSummary {
  const { central, provincial, city, county, other, ...rest } = row;
  const funds = { central, provincial, city, county, other };
  const total = FUND_SOURCES.reduce((sum, s) => sum + cents(funds[s]), 0) / 100;
  return {
    ...rest,
    disbursed: Number(rest.disbursed),
    villageCodes: row.villages.map((v) => v.code),
    funds: { ...funds, total },
  };
}

export async function listProjects(
  q: Queryable,
  actor: Actor,
  query: { region: string; type?: string; state?: string; village?: string; page?: number; limit: number },
): Promise<{ items: ProjectSummary[]; total: number }> {
  const params: unknown[] = [];
  const [low, high] = subtreeRange(query.region);
  const lo = params.push(low);
  const hi = params.push(high);
  const where = [
    readScope(actor, 'p.region_code', params),
    // A county's project in a town's villages is that town's project too.
    `(p.region_code BETWEEN $${lo} AND $${hi} OR EXISTS (SELECT 1 FROM project_villages v
       WHERE v.project_id = p.id AND v.village_code BETWEEN $${lo} AND $${hi}))`,
  ];
  if (query.type) where.push(`p.type = $${params.push(query.type)}`);
  if (query.state) where.push(`p.state = $${params.push(query.state)}`);
  if (query.village)
    where.push(
      `EXISTS (SELECT 1 FROM project_villages v WHERE v.project_id = p.id AND v.village_code = $${params.push(query.village)})`,
    );
  const rows = await q.query<Row & { total: number }>(
    `SELECT ${SUMMARY}, count(*) OVER ()::int AS total FROM ${FROM}
     WHERE ${where.join(' AND ')}
     ORDER BY p.period_from DESC, p.id DESC
     LIMIT ${query.limit} OFFSET ${offsetOf(query.page, query.limit)}`,
    params,
  );
  return { items: rows.map(({ total: _total, ...r }) => present(r)), total: rows[0]?.total ?? 0 };
}

/** One project, with its disbursements and beneficiaries (those the actor may read). Access asked before. */
export async function projectById(q: Queryable, actor: Actor, id: number): Promise<Project> {
  const [row] = await q.query<Row>(`SELECT ${SUMMARY} FROM ${FROM} WHERE p.id = $1`, [id]);
  const summary = present(row!);
  const disbursements = await q.query<Project['disbursements'][number]>(
    `SELECT id::int, paid_on::text AS "paidOn", amount, source, voucher_no AS "voucherNo", payee, note
     FROM disbursements WHERE project_id = $1 ORDER BY paid_on, id`,
    [id],
  );
  const params: unknown[] = [id];
  const beneficiaries = await q.query<Project['beneficiaries'][number]>(
    `SELECT h.id::int AS "householdId", h.household_no AS "householdNo", head.name AS "headName",
            h.region_code AS "villageCode"
     FROM project_beneficiaries b JOIN households h ON h.id = b.household_id
     LEFT JOIN LATERAL (SELECT name FROM members x WHERE x.household_id = h.id AND x.active AND x.relation = '01'
                        LIMIT 1) head ON true
     WHERE b.project_id = $1 AND ${householdScope(actor, 'h.id', 'h.region_code', params)}
     ORDER BY h.region_code, h.household_no`,
    params,
  );
  return { ...summary, disbursements, disbursedBySource: bySource(disbursements), beneficiaries };
}

export function bySource(
  rows: readonly { source: FundSource; amount: number }[],
): Record<FundSource, number> {
  const sums = Object.fromEntries(FUND_SOURCES.map((s) => [s, 0])) as Record<FundSource, number>;
  for (const r of rows) sums[r.source] = (cents(sums[r.source]) + cents(r.amount)) / 100;
  return sums;
}
