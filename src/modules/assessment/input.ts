import type { FieldIssue } from '../../app/errors.ts';
import { collect, dateIssue } from '../registry/dates.ts';
import { ALLOWED_EVIDENCE, MAX_EVIDENCE_BYTES, sniffEvidenceType } from './evidence.ts';
import { GUARANTEES, isGuarantee, type Guarantee } from './guarantees.ts';

/**
 * The fields of a manual assessment, read the same way from a JSON body and from multipart form fields (where
 * every value is text). Every problem is reported, each naming its field in Chinese and English.
 */
export interface AssessmentInput {
  year: number;
  guarantee: Guarantee;
  secure: boolean;
  reason: string;
  visit: { reference: string; date: string } | null;
}

export interface EvidenceFile {
  fileName: string;
  bytes: Uint8Array;
}

export const REASON_MAX = 500;
export const VISIT_REFERENCE_MAX = 200;

const VISIT_DATE = { zh: '走访日期', en: 'visitDate' };
/** Visits before the registry began (建档立卡, 2013) were not about its households. */
const REGISTRY_BEGAN = { date: '2013-01-01', what: { zh: '2013年1月1日', en: '2013-01-01' } };

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : undefined);

function readBoolean(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (v === 'true') return true;
  if (v === 'false') return false;
  return undefined;
}

export function parseAssessmentInput(
  raw: Record<string, unknown>,
  file: EvidenceFile | undefined,
  today: string,
): { input?: AssessmentInput; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const add = (field: string, code: string, zh: string, en: string) =>
    issues.push({ field, code, message: { zh, en } });

  const year = typeof raw.year === 'string' && raw.year.trim() !== '' ? Number(raw.year) : raw.year;
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 2013 || year > 2100)
    add(
      'year',
      'YEAR_RANGE',
      '年度应为 2013 到 2100 之间的整数',
      'year must be a whole number from 2013 to 2100',
    );
  const guarantee = raw.guarantee;
  if (!isGuarantee(guarantee))
    add(
      'guarantee',
      'UNKNOWN_GUARANTEE',
      `评定项目应为以下之一：${GUARANTEES.join('、')}`,
      `guarantee must be one of ${GUARANTEES.join(', ')}`,
    );
  const secure = readBoolean(raw.secure);
  if (secure === undefined)
    add('secure', 'BOOLEAN', '评定结果应为 true（有保障）或 false（无保障）', 'secure must be true or false');
  const reason = text(raw.reason) ?? '';
  if (reason.length === 0 || reason.length > REASON_MAX)
    add(
      'reason',
      'REASON_REQUIRED',
      `须填写评定理由（不超过 ${REASON_MAX} 字）`,
      `reason is required (at most ${REASON_MAX} characters)`,
    );

  const reference = text(raw.visitReference) || undefined;
  const visitDate = text(raw.visitDate) || undefined;
  if (reference !== undefined && reference.length > VISIT_REFERENCE_MAX)
    add(
      'visitReference',
      'TEXT',
      `走访记录编号不超过 ${VISIT_REFERENCE_MAX} 字`,
      `visitReference is at most ${VISIT_REFERENCE_MAX} characters`,
    );
  if (reference !== undefined && visitDate === undefined)
    add(
      'visitDate',
      'REQUIRED',
      '填写走访记录时须填写走访日期',
      'visitDate is required with a visitReference',
    );
  if (visitDate !== undefined && reference === undefined)
    add(
      'visitReference',
      'REQUIRED',
      '填写走访日期时须填写走访记录编号',
      'visitReference is required with a visitDate',
    );
  if (visitDate !== undefined)
    collect(issues, dateIssue(visitDate, 'visitDate', VISIT_DATE, today, [REGISTRY_BEGAN]));

  if (file) {
    if (file.bytes.length === 0) add('file', 'EMPTY_FILE', '上传的文件是空的', 'The uploaded file is empty');
    else if (file.bytes.length > MAX_EVIDENCE_BYTES)
      add('file', 'FILE_TOO_LARGE', '证明材料文件不能超过 5 MB', 'Evidence files are at most 5 MB');
    else if (!sniffEvidenceType(file.bytes))
      add(
        'file',
        'EVIDENCE_TYPE',
        `证明材料须为以下格式之一：${ALLOWED_EVIDENCE}`,
        `Evidence must be one of: ${ALLOWED_EVIDENCE}`,
      );
  } else if (reference === undefined && visitDate === undefined) {
    add(
      'evidence',
      'EVIDENCE_REQUIRED',
      '人工评定须附证明材料：上传文件，或填写走访记录编号和走访日期',
      'A manual assessment needs evidence: an uploaded file, or a visit reference with its date',
    );
  }

  if (issues.length) return { issues };
  return {
    issues,
    input: {
      year: year as number,
      guarantee: guarantee as Guarantee,
      secure: secure!,
      reason,
      visit: reference && visitDate ? { reference, date: visitDate } : null,
    },
  };
}
