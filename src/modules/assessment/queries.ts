import { DomainError, notFound } from '../../app/errors.ts';
import type { Queryable } from '../../db/types.ts';
import { recordAudit } from '../audit/audit.ts';
import type { Actor } from '../auth/actor.ts';
import { requireAccess } from '../access/require-access.ts';
import { readScope, yearScope } from '../access/scope.ts';
import { YEAR_SELECT, type YearRow } from '../registry/repo.ts';
import { STANDARD_SELECT, presentRow, type StandardRow } from '../standards/repo.ts';
import { findStandard } from '../standards/resolve.ts';
import { assessIncome, resolveGuarantee, verdictsOf } from './assess.ts';
import { deriveGuarantees, type MemberFacts } from './derive.ts';
import { GUARANTEES, factKey } from './guarantees.ts';
import { ASSESSMENT_SELECT, type AssessmentRow, type EvidenceMeta } from './repo.ts';

/** Reads of the assessment, limited to the actor's subtrees in SQL like every household read. */

interface HouseholdCore {
  id: number;
  regionCode: string;
  housingRating: string | null;
  safeWater: boolean | null;
  standardId: number | null;
}

async function scopedHousehold(db: Queryable, actor: Actor, id: number): Promise<HouseholdCore> {
  const params: unknown[] = [id];
  const scope = readScope(actor, 'h.region_code', params);
  const [household] = await db.query<HouseholdCore>(
    `SELECT h.id, h.region_code AS "regionCode", h.housing_rating AS "housingRating", h.safe_water AS "safeWater",
            h.standard_id AS "standardId"
     FROM households h WHERE h.id = $1 AND ${scope}`,
    params,
  );
  if (!household) throw notFound('household', id);
  return household;
}

/** The facts of a year (default: the latest the actor may read), by the village of that year. */
async function yearFacts(
  db: Queryable,
  actor: Actor,
  id: number,
  year: number | undefined,
): Promise<YearRow> {
  const params: unknown[] = [id, year ?? null];
  const rows = await db.query<YearRow>(
    `SELECT ${YEAR_SELECT} FROM household_years y
     WHERE y.household_id = $1 AND ($2::int IS NULL OR y.year = $2::int) AND ${yearScope(actor, 'y', params)}
     ORDER BY y.year DESC LIMIT 1`,
    params,
  );
  if (!rows[0]) {
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
  return rows[0];
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
 * household's region that year, and each of 两不愁三保障 + water with its source and reason.
 */
export async function getAssessment(db: Queryable, actor: Actor, id: number, year?: number) {
  const household = await scopedHousehold(db, actor, id);
  const facts = await yearFacts(db, actor, id, year);
  const members = await db.query<MemberFacts>(
    `SELECT m.name, m.birth_date AS "birthDate", m.active, m.left_on AS "leftOn", m.student_status AS "studentStatus",
            m.education, m.medical_insurance AS "medicalInsurance"
     FROM members m WHERE m.household_id = $1 ORDER BY m.id`,
    [id],
  );
  const manual = await manualAssessments(db, id, facts.year);
  // The region the household belonged to that year decides the province's line, not where it lives now.
  const standard = await findStandard(db, facts.regionCode, facts.year);
  const identified = await standardRow(db, household.standardId);

  const derived = deriveGuarantees({ household, members, year: facts.year });
  const guarantees = GUARANTEES.map((g) =>
    resolveGuarantee(
      g,
      derived[g],
      manual.find((a) => a.guarantee === g),
      (facts[factKey(g)] as boolean | null | undefined) ?? null,
    ),
  );
  return {
    householdId: id,
    year: facts.year,
    regionCode: facts.regionCode,
    perCapitaIncome: facts.perCapitaIncome,
    standard: standard ?? null,
    identifiedUnder: identified && {
      standardId: identified.id,
      year: identified.year,
      province: identified.province,
      version: identified.version,
      line: identified.line,
    },
    ...assessIncome(facts.perCapitaIncome, standard),
    guarantees,
    verdicts: verdictsOf(facts.perCapitaIncome, standard, guarantees),
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
