import { fieldRules, ruleViolation } from '../../app/errors.ts';
import type { Tx } from '../../db/types.ts';
import { recordAudit } from '../audit/audit.ts';
import type { Actor } from '../auth/actor.ts';
import { countTyped, recordBurden } from '../burden/record.ts';
import { today as dayOf } from '../registry/commands/shared.ts';
import { dateIssue } from '../registry/dates.ts';
import { cents, writable } from './commands.ts';
import { bySource, projectById } from './queries.ts';
import type { DisbursementInput, Project } from './schemas.ts';

/**
 * A payment out of a project: a real day, not in the future; the sum paid out of a source never above that
 * source's fund (422 FUND_EXCEEDED with the figures); a voucher once per project.
 */
export async function addDisbursement(
  tx: Tx,
  actor: Actor,
  id: number,
  body: DisbursementInput,
  now: Date,
): Promise<Project> {
  const { region, before } = await writable(tx, actor, id);
  if (before.state === 'cancelled')
    throw ruleViolation('PROJECT_CLOSED', {
      zh: '项目已取消，不能拨付资金',
      en: 'The project is cancelled: nothing is paid out of it',
    });
  const issue = dateIssue(body.paidOn, 'paidOn', { zh: '拨付日期', en: 'The payment date' }, dayOf(now));
  if (issue) throw fieldRules(issue.code, [issue]);
  const fund = before.funds[body.source];
  const paid = before.disbursedBySource[body.source];
  if (cents(paid) + cents(body.amount) > cents(fund))
    throw ruleViolation(
      'FUND_EXCEEDED',
      {
        zh: `${body.source} 资金 ${fund} 元，已拨付 ${paid} 元，本次 ${body.amount} 元超出余额 ${(cents(fund) - cents(paid)) / 100} 元`,
        en: `The ${body.source} fund is ${fund} yuan, ${paid} paid: ${body.amount} exceeds the ${(cents(fund) - cents(paid)) / 100} left`,
      },
      {
        source: body.source,
        fund,
        disbursed: paid,
        amount: body.amount,
        available: (cents(fund) - cents(paid)) / 100,
      },
    );
  if (before.disbursements.some((d) => d.voucherNo === body.voucherNo))
    throw fieldRules('VOUCHER_EXISTS', [
      {
        field: 'voucherNo',
        code: 'VOUCHER_EXISTS',
        message: { zh: '该凭证号已登记', en: 'This voucher is recorded already' },
      },
    ]);
  const [row] = await tx.query<{ id: number }>(
    `INSERT INTO disbursements (project_id, paid_on, amount, source, voucher_no, payee, note)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id::int`,
    [id, body.paidOn, body.amount, body.source, body.voucherNo, body.payee || null, body.note || null],
  );
  await tx.query(`UPDATE projects SET version = version + 1 WHERE id = $1`, [id]);
  await recordAudit(tx, actor, {
    action: 'project.disbursement',
    entity: 'project',
    entityId: id,
    regionCode: region,
    after: {
      disbursementId: row!.id,
      ...body,
      disbursedBySource: bySource([...before.disbursements, { ...body }]),
    },
  });
  await recordBurden(
    tx,
    actor,
    { action: 'project.disbursement', regionCode: region, typed: countTyped(body), prefilled: 0 },
    now,
  );
  return projectById(tx, actor, id);
}
