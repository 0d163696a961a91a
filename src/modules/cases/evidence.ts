import { DomainError, fieldError, notFound } from '../../app/errors.ts';
import type { Queryable } from '../../db/types.ts';
import { requireAccess } from '../access/require-access.ts';
import {
  ALLOWED_EVIDENCE,
  cleanFileName,
  MAX_EVIDENCE_BYTES,
  sha256Hex,
  sniffEvidenceType,
} from '../assessment/evidence.ts';
import type { EvidenceFile } from '../assessment/input.ts';
import { recordAudit } from '../audit/audit.ts';
import type { Actor } from '../auth/actor.ts';

/**
 * The files a case's steps rely on (minutes, the household's signature, a visit's authorisation, the county's
 * evaluation): checked like the assessment evidence — by their first bytes, at most 5 MB — kept with the case
 * and never replaced. A step cites a file by its id (inputs.minutes = {evidenceId}). Uploading needs a role
 * that writes where the case is; downloading is a read that matters, audited before the file goes out.
 */
export async function saveCaseEvidence(
  tx: Queryable,
  actor: Actor,
  caseId: number,
  file: EvidenceFile | undefined,
) {
  const regions = await requireAccess(tx, actor, 'case.write', [caseId], { lock: true });
  if (!file)
    throw fieldError('file', 'REQUIRED', { zh: '请选择要上传的文件', en: 'Choose a file to upload' });
  if (file.bytes.length > MAX_EVIDENCE_BYTES)
    throw new DomainError('too_large', 'FILE_TOO_LARGE', {
      zh: '证明材料文件不能超过 5 MB',
      en: 'Evidence files are at most 5 MB',
    });
  const contentType = sniffEvidenceType(file.bytes);
  if (!contentType)
    throw fieldError('file', 'EVIDENCE_TYPE', {
      zh: `证明材料须为以下格式之一：${ALLOWED_EVIDENCE}`,
      en: `Evidence must be one of: ${ALLOWED_EVIDENCE}`,
    });
  const rows = await tx.query<{ id: number; createdAt: string }>(
    `INSERT INTO case_evidence (case_id, file_name, content_type, size, sha256, content, uploaded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id::int, created_at AS "createdAt"`,
    [
      caseId,
      cleanFileName(file.fileName),
      contentType,
      file.bytes.length,
      sha256Hex(file.bytes),
      file.bytes,
      actor.userId,
    ],
  );
  const saved = {
    id: rows[0]!.id,
    fileName: cleanFileName(file.fileName),
    contentType,
    size: file.bytes.length,
    sha256: sha256Hex(file.bytes),
    createdAt: new Date(rows[0]!.createdAt).toISOString(),
  };
  await recordAudit(tx, actor, {
    action: 'case.evidence_upload',
    entity: 'case_evidence',
    entityId: saved.id,
    regionCode: regions.get(String(caseId))!,
    after: { caseId, fileName: saved.fileName, size: saved.size, sha256: saved.sha256 },
  });
  return saved;
}

export async function caseEvidenceFile(db: Queryable, actor: Actor, caseId: number, evidenceId: number) {
  const regions = await requireAccess(db, actor, 'case.read', [caseId]);
  const rows = await db.query<{
    fileName: string;
    contentType: string;
    size: number;
    sha256: string;
    content: Uint8Array;
  }>(
    `SELECT file_name AS "fileName", content_type AS "contentType", size, sha256, content
     FROM case_evidence WHERE id = $1 AND case_id = $2`,
    [evidenceId, caseId],
  );
  const file = rows[0];
  if (!file) throw notFound('evidence', evidenceId);
  await recordAudit(db, actor, {
    action: 'case.evidence_download',
    entity: 'case_evidence',
    entityId: evidenceId,
    regionCode: regions.get(String(caseId))!,
    after: { caseId, fileName: file.fileName, size: file.size, sha256: file.sha256 },
  });
  return file;
}
