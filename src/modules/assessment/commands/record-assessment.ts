import { DomainError } from '../../../app/errors.ts';
import type { Queryable } from '../../../db/types.ts';
import { requireAccess } from '../../access/require-access.ts';
import { recordAudit } from '../../audit/audit.ts';
import { meterWrite, typedFields, type Meter } from '../../burden/record.ts';
import type { Actor } from '../../auth/actor.ts';
import { touchHousehold, writableHousehold } from '../../registry/commands/shared.ts';
import { recordHistory } from '../../registry/history.ts';
import { refuseFields } from '../../registry/dates.ts';
import * as registry from '../../registry/repo.ts';
import { cleanFileName, sha256Hex, sniffEvidenceType } from '../evidence.ts';
import { factKey } from '../guarantees.ts';
import { parseAssessmentInput, type EvidenceFile } from '../input.ts';
import * as repo from '../repo.ts';
import { openAssessmentProblem } from '../../problems/auto.ts';

function noFacts(year: number): DomainError {
  return new DomainError(
    'rule',
    'NO_YEAR_FACTS',
    {
      zh: `该户没有 ${year} 年的年度数据，请先登记该年度数据再评定`,
      en: `The household has no facts for ${year}; record that year first, then assess it`,
    },
    { field: 'year', year },
  );
}

/**
 * Records a manual assessment of one guarantee for a household and year, with its evidence (an uploaded file
 * and/or a field visit). It overrides what the data derive for that guarantee and year; earlier assessments
 * stay. The resulting flag is written to household_years.<guarantee>_secure with its field history, and the
 * whole change is one audited transaction.
 */
export async function recordAssessment(
  tx: Queryable,
  actor: Actor,
  householdId: number,
  raw: Record<string, unknown>,
  file: EvidenceFile | undefined,
  today: string,
  meter?: Meter,
): Promise<repo.AssessmentRow & { evidence: repo.EvidenceMeta | null }> {
  const { input, issues } = parseAssessmentInput(raw, file, today);
  if (!input) throw refuseFields(issues);
  const household = await writableHousehold(tx, actor, householdId);
  await requireAccess(tx, actor, 'year.write', [[householdId, input.year]]);
  const facts = await registry.getYear(tx, householdId, input.year);
  if (!facts) throw noFacts(input.year);

  const evidence = file
    ? await repo.insertEvidence(tx, {
        householdId,
        fileName: cleanFileName(file.fileName),
        contentType: sniffEvidenceType(file.bytes)!,
        bytes: file.bytes,
        sha256: sha256Hex(file.bytes),
        by: actor.username,
      })
    : null;
  const assessment = await repo.insertAssessment(tx, {
    householdId,
    countyCode: household.countyCode,
    year: input.year,
    guarantee: input.guarantee,
    secure: input.secure,
    reason: input.reason,
    evidenceId: evidence?.id ?? null,
    visit: input.visit,
    by: actor.username,
    byId: actor.userId,
  });

  // The yearly flag stays the one place later code reads the guarantee from.
  const key = factKey(input.guarantee);
  const before = (facts[key] as boolean | null | undefined) ?? null;
  if (before !== input.secure) {
    await registry.updateYear(tx, householdId, input.year, { [key]: input.secure });
    await recordHistory(tx, actor, [
      {
        householdId,
        year: input.year,
        field: key,
        from: before,
        to: input.secure,
        action: 'household.assessment',
      },
    ]);
  }
  await touchHousehold(tx, householdId);
  await recordAudit(tx, actor, {
    action: 'household.assessment',
    entity: 'household',
    entityId: householdId,
    regionCode: household.regionCode,
    before: { [key]: before },
    after: { [key]: input.secure, assessment, evidence },
  });
  // An unmet guarantee of a poor or monitored household is a problem to solve (issue 13 §3), opened once.
  if (!input.secure)
    await openAssessmentProblem(
      tx,
      actor,
      {
        householdId,
        year: input.year,
        guarantee: input.guarantee,
        regionCode: household.regionCode,
        reason: input.reason,
      },
      today,
    );
  // The evidence file is one field the user gave.
  await meterWrite(tx, actor, meter, {
    action: 'household.assessment',
    regionCode: household.regionCode,
    typed: typedFields(raw) + (file ? 1 : 0),
    prefilled: 0,
  });
  return { ...assessment, evidence };
}
