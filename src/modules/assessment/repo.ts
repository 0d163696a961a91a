import type { Queryable } from '../../db/types.ts';
import type { Guarantee } from './guarantees.ts';

/** SQL of the assessment's writes. Both tables are append-only (migration 0010): nothing here updates. */

export interface EvidenceMeta {
  id: number;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
}

export async function insertEvidence(
  tx: Queryable,
  row: {
    householdId: number;
    fileName: string;
    contentType: string;
    bytes: Uint8Array;
    sha256: string;
    by: string;
  },
): Promise<EvidenceMeta> {
  const rows = await tx.query<EvidenceMeta>(
    `INSERT INTO assessment_evidence (household_id, file_name, content_type, size, sha256, content, uploaded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     RETURNING id, file_name AS "fileName", content_type AS "contentType", size, sha256`,
    [row.householdId, row.fileName, row.contentType, row.bytes.length, row.sha256, row.bytes, row.by],
  );
  return rows[0]!;
}

export interface AssessmentRow {
  id: number;
  householdId: number;
  year: number;
  guarantee: Guarantee;
  secure: boolean;
  reason: string;
  evidenceId: number | null;
  visitReference: string | null;
  visitDate: string | null;
  assessedBy: string;
  assessedAt: string;
}

export const ASSESSMENT_SELECT = `a.id, a.household_id AS "householdId", a.year, a.guarantee, a.secure, a.reason,
  a.evidence_id AS "evidenceId", a.visit_reference AS "visitReference", a.visit_date AS "visitDate",
  a.assessed_by AS "assessedBy", a.assessed_at AS "assessedAt"`;

export async function insertAssessment(
  tx: Queryable,
  row: {
    householdId: number;
    countyCode: string;
    year: number;
    guarantee: Guarantee;
    secure: boolean;
    reason: string;
    evidenceId: number | null;
    visit: { reference: string; date: string } | null;
    by: string;
    byId: number | null;
  },
): Promise<AssessmentRow> {
  const rows = await tx.query<AssessmentRow>(
    `INSERT INTO guarantee_assessments AS a (household_id, county_code, year, guarantee, secure, reason, evidence_id,
       visit_reference, visit_date, assessed_by, assessed_by_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING ${ASSESSMENT_SELECT}`,
    [
      row.householdId,
      row.countyCode,
      row.year,
      row.guarantee,
      row.secure,
      row.reason,
      row.evidenceId,
      row.visit?.reference ?? null,
      row.visit?.date ?? null,
      row.by,
      row.byId,
    ],
  );
  return { ...rows[0]!, assessedAt: new Date(rows[0]!.assessedAt).toISOString() };
}
