import { DomainError, notFound } from '../../app/errors.ts';
import type { Queryable } from '../../db/types.ts';
import { recordAudit } from '../audit/audit.ts';
import type { Actor } from '../auth/actor.ts';
import { requireAccess } from '../access/require-access.ts';
import { readScope, yearScope } from '../access/scope.ts';
import { STANDARD_SELECT, presentRow, type StandardRow } from '../standards/repo.ts';
import { assessCore } from './batch.ts';
import { ASSESSMENT_SELECT, type AssessmentRow, type EvidenceMeta } from './repo.ts';

/** Reads of the assessment, limited to the actor's subtrees in SQL like every household read. */

async function scopedHousehold(
  db: Queryable,
  actor: Actor,
  id: number,
): Promise<{ standardId: number | null }> {
  const params: unknown[] = [id];
  const scope = readScope(actor, 'h.region_code', params);
  const [household] = await db.query<{ standardId: number | null }>(
    `SELECT h.standard_id AS "standardId" FROM households h WHERE h.id = $1 AND ${scope}`,
    params,
  );
  if (!household) throw notFound('household', id);
  return household;
}

/** The year asked for (default: the latest the actor may read), if its facts lie where the actor may read. */
async function readableYear(
  db: Queryable,
  actor: Actor,
  id: number,
  year: number | undefined,
): Promise<number> {
  const params: unknown[] = [id, year ?? null];
  const rows = await db.query<{ year: number }>(
    `SELECT y.year FROM household_years y
     WHERE y.household_id = $1 AND ($2::int IS NULL OR y.year = $2::int) AND ${yearScope(actor, 'y', params)}
     ORDER BY y.year DESC LIMIT 1`,
    params,
  );
  if (rows[0]) return rows[0].year;
  throw new DomainError(
    'not_found',
    'NO_YEAR_FACTS',
    {
      zh: `该户没有 ${year ?? ''} 年度数据`,
      en: `The household has no yearly facts${year === undefined ? '' : ` for ${year}`}`,
    },
    { entity: 'household_year', id: `${id}/${year ?? ''}` },
  );
}

type ManualRow = AssessmentRow & { evidence: EvidenceMeta | null };

/** The manual assessments of a household and year, newest first, with what their evidence is (not its bytes). */
async function manualAssessments(db: Queryable, id: number, year: number): Promise<ManualRow[]> {
  const rows = await db.query<ManualRow>(
    `SELECT ${ASSESSMENT_SELECT},
       CASE WHEN e.id IS NULL THEN NULL ELSE json_build_object('id', e.id, 'fileName', e.file_name,
         'contentType', e.content_type, 'size', e.size, 'sha256', e.sha256) END AS evidence
     FROM guarantee_assessments a LEFT JOIN assessment_evidence e ON e.id = a.evidence_id
     WHERE a.household_id = $1 AND a.year = $2 ORDER BY a.id DESC`,
    [id, year],
  );
  return rows.map((r) => ({ ...r, assessedAt: new Date(r.assessedAt).toISOString() }));
}

async function standardRow(db: Queryable, id: number | null): Promise<StandardRow | null> {
  if (id === null) return null;
  const rows = await db.query<StandardRow>(
    `SELECT ${STANDARD_SELECT} FROM poverty_standards s WHERE s.id = $1`,
    [id],
  );
  return rows[0] ? presentRow(rows[0]) : null;
}

/**
 * The household assessment of a year (default: its latest): per-capita income against the standard of the
 * household's region that year, and each of 两不愁三保障 + water with its source and reason. The figures come
 * from the same core as the batched assessment of a bulk action (batch.ts).
 */
export async function getAssessment(db: Queryable, actor: Actor, id: number, year?: number) {
  const household = await scopedHousehold(db, actor, id);
  const readable = await readableYear(db, actor, id, year);
  const core = (await assessCore(db, [{ householdId: id, year: readable }])).get(`${id}/${readable}`);
  if (!core) throw notFound('household_year', `${id}/${readable}`);
  const manual = await manualAssessments(db, id, readable);
  const identified = await standardRow(db, household.standardId);
  return {
    householdId: id,
    year: core.year,
    regionCode: core.regionCode,
    perCapitaIncome: core.perCapitaIncome,
    standard: core.standard,
    identifiedUnder: identified && {
      standardId: identified.id,
      year: identified.year,
      province: identified.province,
      version: identified.version,
      line: identified.line,
    },
    belowLine: core.belowLine,
    withinMonitoringRange: core.withinMonitoringRange,
    guarantees: core.guarantees,
    verdicts: core.verdicts,
    assessments: manual,
  };
}

/**
 * An evidence file, for download. A read that matters (a scan of a certificate, a medical record): audited
 * like a write, before the file goes out — who, which file of which household, its checksum.
 */
export async function evidenceFile(db: Queryable, actor: Actor, householdId: number, evidenceId: number) {
  // 404 unless the household is the actor's now and the file's year was spent where the actor may read.
  const regions = await requireAccess(db, actor, 'evidence.read', [[householdId, evidenceId]]);
  const rows = await db.query<EvidenceMeta & { content: Uint8Array }>(
    `SELECT id, file_name AS "fileName", content_type AS "contentType", size, sha256, content
     FROM assessment_evidence WHERE id = $1 AND household_id = $2`,
    [evidenceId, householdId],
  );
  const file = rows[0];
  if (!file) throw notFound('evidence', evidenceId);
  await recordAudit(db, actor, {
    action: 'evidence.download',
    entity: 'assessment_evidence',
    entityId: evidenceId,
    regionCode: regions.get(`${householdId}/${evidenceId}`)!,
    after: { householdId, fileName: file.fileName, size: file.size, sha256: file.sha256 },
  });
  return file;
}
