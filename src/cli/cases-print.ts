import type { z } from 'zod';
import type { CaseView, caseSummarySchema } from '../modules/cases/schemas.ts';

/** How `zhenfu cases` prints a case for a person (tab-separated lines a script can cut too). */
type CaseSummary = z.infer<typeof caseSummarySchema>;

function flags(c: CaseSummary): string {
  const out: string[] = [];
  if (c.outcome) out.push(`${c.outcome}@${c.closedOn}`);
  if (c.noticeReady) out.push('notice-ready/公示期满');
  if (c.overdue) out.push(`overdue/超期→${c.escalatedTo ?? '—'}`);
  return out.join(' ');
}

/** id, type, stage, version, region, household, head, year, since, flags. */
export function summaryLine(c: CaseSummary): string {
  return [
    c.id,
    c.type,
    c.stage,
    `v${c.version}`,
    c.regionCode,
    c.householdNo ?? '—',
    c.headName ?? '—',
    c.year,
    c.stageSince,
    flags(c),
  ].join('\t');
}

export const LIST_HEADER = 'id\ttype\tstage\tversion\tregion\thousehold\thead\tyear\tsince\tflags\n';

/** A case page: the case, its timeline, notices, objections and the steps this user may take now. */
export function caseText(c: CaseView): string {
  const lines = [
    `案件 case ${c.id} ${c.type} ${c.year} — ${c.stage} (v${c.version}) ${flags(c)}`.trimEnd(),
    `  地区 region: ${c.regionCode} ${c.regionName ?? ''}`.trimEnd(),
    ...(c.householdId === null
      ? []
      : [`  户 household: ${c.householdId} ${c.householdNo ?? ''} ${c.headName ?? ''}`.trimEnd()]),
    `  事由 reason: ${c.reason}`,
    `  发起 opened: ${c.openedOn}; 本阶段自 stage since: ${c.stageSince}`,
    '步骤 events:',
    ...c.events.map(
      (e) =>
        `  ${e.date} ${e.action} ${e.fromStage ?? '—'}→${e.toStage} ${e.actor} (${e.actorRole}@${e.actorRegion})` +
        (e.reason ? ` 理由 reason: ${e.reason}` : '') +
        (e.comment ? ` 备注 comment: ${e.comment}` : ''),
    ),
    '公示 notices:',
    ...c.notices.map(
      (n) =>
        `  ${n.serial} ${n.level} ${n.postedOn}+${n.periodDays}→${n.endsOn}` +
        (n.endedOn ? ` 已结束 ended ${n.endedOn}` : ''),
    ),
    '异议 objections:',
    ...c.objections.map(
      (o) =>
        `  ${o.id} ${o.receivedOn} ${o.source} ${o.outcome ?? '待答复 open'} (v${o.version}): ${o.content}`,
    ),
    '可办理 actions:',
    ...c.actions.map(
      (a) =>
        `  ${a.action} → ${a.to}` +
        (a.requires.length ? ` 须提供 requires: ${a.requires.join(', ')}` : '') +
        (a.needsReason ? ' (须写理由 reason required)' : ''),
    ),
  ];
  return `${lines.join('\n')}\n`;
}
