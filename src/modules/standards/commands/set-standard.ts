import { DomainError, fieldError, invalidFields } from '../../../app/errors.ts';
import type { Queryable } from '../../../db/types.ts';
import { recordAudit } from '../../audit/audit.ts';
import type { Actor } from '../../auth/actor.ts';
import { canSetStandard } from '../../auth/policies.ts';
import { padCode } from '../../regions/region-code.ts';
import * as repo from '../repo.ts';
import { findStandard } from '../resolve.ts';
import { DEFAULT_MONITORING_MULTIPLIER, refuseChange, validateStandardChange } from '../rules.ts';

export interface SetStandardInput {
  year: number;
  /** Two digits, or null for the national line. */
  province: string | null;
  line: number;
  monitoringMultiplier?: number;
  reason: string;
}

function forbidden(province: string | null): DomainError {
  return new DomainError(
    'forbidden',
    'FORBIDDEN',
    province === null
      ? {
          zh: '只有全国范围的系统管理员可以设置国家贫困线',
          en: 'Only a country-wide system administrator may set the national poverty line',
        }
      : {
          zh: `设置省定贫困线须拥有覆盖整个省（${province}）的管理员授权`,
          en: `Setting a provincial poverty line takes an administrator grant covering the whole province (${province})`,
        },
    province === null ? {} : { province },
  );
}

/**
 * Sets the poverty line of a year, nationally or for one province, as a new version: the version in force
 * before stays in the table with who set it, when and why. Refused for a year gone by and under households
 * already identified by the line (see rules.ts).
 */
export async function setStandard(
  tx: Queryable,
  actor: Actor,
  input: SetStandardInput,
  today: string,
): Promise<repo.StandardRow> {
  const change = {
    ...input,
    monitoringMultiplier: input.monitoringMultiplier ?? DEFAULT_MONITORING_MULTIPLIER,
    reason: input.reason.trim(),
  };
  const issues = validateStandardChange(change);
  if (issues.length) throw invalidFields(issues);
  const { year, province } = change;
  if (province !== null && !(await repo.provinceExists(tx, province))) {
    throw fieldError('province', 'UNKNOWN_PROVINCE', {
      zh: `没有代码为 ${province} 的省级行政区`,
      en: `No province with code ${province}`,
    });
  }
  if (!canSetStandard(actor, province)) throw forbidden(province);

  await repo.lockScope(tx, year, province);
  const current = await repo.latestVersion(tx, year, province);
  // For a province, the national line is in force until it has its own.
  const inForce =
    current !== undefined ||
    (province !== null && (await findStandard(tx, padCode(province), year)) !== undefined);
  const refusal = refuseChange({
    year,
    today,
    inForce,
    householdsIdentified: await repo.householdsIdentifiedUnder(tx, year, province),
  });
  if (refusal) throw refusal;

  const row = await repo.insertVersion(tx, {
    ...change,
    version: (current?.version ?? 0) + 1,
    changedBy: actor.username,
    changedById: actor.userId,
  });
  await recordAudit(tx, actor, {
    action: current ? 'standard.change' : 'standard.create',
    entity: 'poverty_standard',
    entityId: row.id,
    regionCode: province === null ? null : padCode(province),
    ...(current ? { before: current } : {}),
    after: row,
  });
  return row;
}
