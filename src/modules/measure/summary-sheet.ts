import type { OutCell, TableWriter } from '../registry/export/writers.ts';
import { codeEntries } from '../registry/codes.ts';
import type { RegionSummary, SummaryTable } from './summaries.ts';

/**
 * The standard statistical table of a region and year as a spreadsheet: a title line, a bilingual header, one
 * row per child region, then the region's own total. Incidence is a percentage with two decimals, as the
 * offices publish it; the population column says whether the figure was entered or is the registry's count.
 */
const CAUSES = codeEntries('poverty_cause');

const HEADER: readonly string[] = [
  '行政区划代码 region code',
  '名称 name',
  '户数 households',
  '人数 persons',
  '贫困户数 poor households',
  '贫困人口 poor persons',
  '已脱贫户数 exited households',
  '已脱贫人口 exited persons',
  '农村人口 rural population',
  '人口来源 population source',
  '贫困发生率(%) incidence (%)',
  ...CAUSES.map((c) => `${c.zh} ${c.en} (户 households)`),
];

const SOURCE_LABEL = { entered: '录入 entered', registry: '系统户籍人数 registry count' } as const;

function cells(s: RegionSummary, label?: string): OutCell[] {
  return [
    s.code,
    label ?? s.name,
    s.households,
    s.persons,
    s.poorHouseholds,
    s.poorPersons,
    s.exitedHouseholds,
    s.exitedPersons,
    s.population,
    SOURCE_LABEL[s.populationSource],
    s.incidence === null ? null : Math.round(s.incidence * 10_000) / 100,
    ...CAUSES.map((c) => s.causes[c.code] ?? 0),
  ];
}

export async function writeSummarySheet(out: TableWriter, table: SummaryTable): Promise<void> {
  await out.row([`${table.region.name} ${table.year}年 建档立卡统计表 / registry summary`]);
  await out.row(HEADER);
  for (const child of table.children) await out.row(cells(child));
  await out.row(cells(table.region, `${table.region.name} 合计 total`));
}
