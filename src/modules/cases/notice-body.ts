import { scrubText } from '../privacy/present.ts';
import type { NoticeBody } from './notice-schemas.ts';
import { caseType, type CaseType, type NoticeLevel } from './transitions.ts';

/**
 * The text of a public notice, built from its case alone: the procedure, the place, the head of household's
 * name and the household's size, and the case's reason. Nothing else about people reaches a notice — never an
 * ID number, phone, bank account or health detail (a poverty cause such as 因病 is a health detail, so it is
 * not shown). The reason is free text typed by staff: scrubText masks any ID, phone or account number in it.
 * Notices are posted in Chinese; the API's messages stay bilingual.
 */
export interface Places {
  province: string | null;
  county: string | null;
  town: string | null;
  village: string | null;
}

export interface NoticeSource {
  type: CaseType;
  level: NoticeLevel;
  places: Places;
  /** The head of household's name and the household's size; null for a village's or county's exit. */
  household: { headName: string | null; size: number | null } | null;
  reason: string;
}

const LEVEL_KIND: Record<NoticeLevel, { kind: '公示' | '公告'; stage: string }> = {
  village: { kind: '公示', stage: '村级公示' },
  town: { kind: '公示', stage: '乡镇审核公示' },
  county: { kind: '公示', stage: '县级公示' },
  announcement: { kind: '公告', stage: '审批公告' },
};

/** A village's committee (a name from the division list may already say 村委会 or 居委会). */
const committee = (village: string) => (/委会$/.test(village) ? village : `${village}村民委员会`);

/** Who posts a notice of this level, in the name of which body. */
export function issuerOf(type: CaseType, level: NoticeLevel, places: Places): string {
  const { province, county, town, village } = places;
  if (level === 'village' && village) return committee(village);
  if (level === 'town' && town) return `${town}人民政府`;
  // A county's exit is decided, and announced, by its province.
  if (level === 'announcement' && type === 'county_exit' && province) return `${province}人民政府`;
  return `${county ?? province ?? ''}人民政府`;
}

/** Where objections go: the body that posted the notice, and the national supervision line. */
function contactOf(level: NoticeLevel, issuer: string): string {
  const how = level === 'village' ? '书面、电话或当面' : '书面或电话';
  return `公示期内如有异议，请以${how}方式向${issuer}反映，或通过本系统公示页面在线提交；也可拨打扶贫监督举报电话 12317。`;
}

const joined = (...parts: (string | null)[]) => parts.filter((p): p is string => Boolean(p)).join('');

export function buildNotice(source: NoticeSource): { title: string; body: NoticeBody } {
  const def = caseType(source.type);
  const { kind, stage } = LEVEL_KIND[source.level];
  const { places } = source;
  const reason = scrubText(source.reason);
  const issuer = issuerOf(source.type, source.level, places);
  const rows: NoticeBody['rows'] = source.household
    ? [
        {
          name: source.household.headName ?? '（户主未登记）',
          size: source.household.size,
          village: places.village,
          reason,
        },
      ]
    : [
        {
          name: (def.subject === 'county' ? places.county : places.village) ?? '',
          size: null,
          village: def.subject === 'county' ? null : places.village,
          reason,
        },
      ];
  const who = source.household
    ? `${places.village ?? ''}${source.household.headName ?? ''}户`
    : (rows[0]!.name ?? '');
  return {
    title: `关于${who}${def.label.zh}的${stage === '审批公告' ? '公告' : stage}`,
    body: {
      procedure: def.label.zh,
      kind,
      place: joined(places.county, places.town, places.village),
      rows,
      issuer,
      contact: contactOf(source.level, issuer),
      supervision: '12317',
    },
  };
}
