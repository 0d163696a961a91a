import { notFound } from '../../app/errors.ts';
import type { Queryable } from '../../db/types.ts';
import { recordAudit } from '../audit/audit.ts';
import type { Actor } from '../auth/actor.ts';
import { canManageOrganisation, canRead, canSeePersonalData } from '../auth/policies.ts';
import { loadExcelJs } from '../registry/exceljs.ts';
import { listBranches } from './branches.ts';
import { CADRE_SELECT, listCadres, presentCadre, type CadreRow } from './cadres.ts';
import { listPairings } from './pairings.ts';
import type { ListQuery } from './schemas.ts';
import { listTeams } from './teams.ts';
import { listUnits } from './units.ts';
import {
  KIND_LABELS,
  LEVEL_LABELS,
  MASKED_NOTE,
  NOTES_SHEET,
  ROLE_LABELS,
  SHEETS,
  type SheetSpec,
} from './workbook.ts';

/**
 * The organisation of a region as a workbook (workbook.ts): read through the organisation's own list queries,
 * so the rows are scoped in SQL exactly as the lists are and the phones pass the one presenter (masked where
 * the reader has no personal data of the row's region). The export is a read of personal data: audited.
 */
type Cell = string | number | null;

/** More rows than a county's organisation ever has; a list route's page, stretched to the whole region. */
const ALL = 100_000;

async function sheetRows(q: Queryable, actor: Actor, region: string) {
  const query: ListQuery = { region, page: 1, limit: ALL };
  const units = (await listUnits(q, actor, query)).items;
  const branches = (await listBranches(q, actor, query)).items;
  const teams = (await listTeams(q, actor, query)).items;
  const cadres = (await listCadres(q, actor, query)).items;
  const pairings = (await listPairings(q, actor, { ...query, open: 'true' })).items;
  // A pairing's cadre may be kept above the region (a county's cadre paired in a village): read by id.
  const ids = [...new Set(pairings.map((p) => p.cadreId))];
  const paired = await q.query<CadreRow>(`SELECT ${CADRE_SELECT} WHERE c.id = ANY($1::bigint[])`, [ids]);
  const phoneOf = new Map(paired.map((c) => [c.id, presentCadre(actor, c).phone]));
  return {
    units: units.map((u): Cell[] => [u.regionCode, u.name, LEVEL_LABELS[u.level], KIND_LABELS[u.kind]]),
    branches: branches.map((b): Cell[] => [
      b.villageCode,
      b.villageName,
      b.name,
      b.secretaryName,
      b.membersCount,
    ]),
    teams: teams.flatMap((t) =>
      t.members.map((m): Cell[] => [
        t.villageCode,
        t.villageName,
        t.sendingUnit?.name ?? null,
        t.termFrom,
        t.termTo,
        m.name,
        m.phone,
        ROLE_LABELS[m.role],
        m.from,
        m.to,
      ]),
    ),
    cadres: cadres.map((c): Cell[] => [c.regionCode, c.name, c.unit?.name ?? null, c.post, c.phone]),
    pairings: pairings.map((p): Cell[] => [
      p.cadreName,
      phoneOf.get(p.cadreId) ?? null,
      p.householdNo,
      p.from,
    ]),
  };
}

/** 404 for a region the actor neither reads nor keeps the organisation of (as a village's organisation). */
export function requireOrganisationRegion(actor: Actor, region: string): void {
  if (!canRead(actor, region) && !canManageOrganisation(actor, region)) throw notFound('region', region);
}

/** The workbook of `region` (a padded 12-digit code) as XLSX bytes, its export on record. */
export async function exportOrganisation(
  q: Queryable,
  actor: Actor,
  region: string,
  today: string,
): Promise<Buffer> {
  requireOrganisationRegion(actor, region);
  const rows = await sheetRows(q, actor, region);
  const masked = Object.values(rows).some((sheet) =>
    sheet.some((row) => row.some((c) => typeof c === 'string' && c.includes('*'))),
  );
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  const notes = workbook.addWorksheet(NOTES_SHEET);
  notes.addRows([
    ['组织架构导出 / organisation export', region],
    ['导出日期 / exported on', today],
    ...(masked ? [[MASKED_NOTE]] : []),
  ]);
  for (const [key, spec] of Object.entries(SHEETS) as [keyof typeof rows, SheetSpec][]) {
    const sheet = workbook.addWorksheet(spec.name);
    sheet.addRow(spec.columns.map((c) => c.zh)).font = { bold: true };
    sheet.addRow(spec.columns.map((c) => c.en)).font = { italic: true, color: { argb: 'FF888888' } };
    sheet.addRows(rows[key]);
    sheet.columns.forEach((c) => (c.width = 16));
  }
  await recordAudit(q, actor, {
    action: 'organisation.export',
    entity: 'organisation',
    entityId: null,
    regionCode: region,
    after: {
      ...Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, v.length])),
      personalData: canSeePersonalData(actor, region) && !masked,
    },
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
