import type { FastifyRequest } from 'fastify';
import { DomainError, fieldError } from '../../../app/errors.ts';
import { rejectNul } from '../../../app/input-guard.ts';
import { uploadError } from '../../../app/uploads.ts';
import { parseInput } from '../../../app/validation-messages.ts';
import { sniffEvidenceType } from '../../assessment/evidence.ts';
import { submitBody, type SubmitInput } from './schemas.ts';
import type { Attachment } from './submit.ts';

/**
 * A complaint as sent: JSON (no files), a urlencoded form (the portal's page without files) or multipart with
 * up to 3 files named `attachments`, 5 MB each, kept only when their first bytes say PDF, JPEG or PNG. Every
 * refusal is a 4xx naming the field; nothing is stored before the whole request has been read and checked.
 */
export const MAX_ATTACHMENTS = 3;
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
const KEPT_TYPES = new Set(['application/pdf', 'image/jpeg', 'image/png']);
/** The longest field, the content: 5,000 characters of up to 3 bytes each, with room to spare. */
const MAX_FIELD_BYTES = 32 * 1024;

const attachmentRefused = (code: string, zh: string, en: string) =>
  fieldError('attachments', code, { zh, en });

function tooLarge(): DomainError {
  return new DomainError(
    'too_large',
    'FILE_TOO_LARGE',
    { zh: '每个附件不能超过 5 MB', en: 'Each attachment is at most 5 MB' },
    { field: 'attachments', maxBytes: MAX_ATTACHMENT_BYTES },
  );
}

async function readMultipart(request: FastifyRequest) {
  const fields: Record<string, unknown> = {};
  const files: Attachment[] = [];
  try {
    for await (const part of request.parts({
      limits: { files: MAX_ATTACHMENTS, fileSize: MAX_ATTACHMENT_BYTES, fieldSize: MAX_FIELD_BYTES },
    })) {
      if (part.type === 'field') {
        fields[part.fieldname] = part.value;
        continue;
      }
      if (part.fieldname !== 'attachments') {
        part.file.resume();
        throw attachmentRefused(
          'UNEXPECTED_FILE',
          '附件须放在名为 attachments 的字段中',
          'Send files as "attachments"',
        );
      }
      if (part.filename.includes('\u0000')) part.file.resume();
      rejectNul(part.filename, 'attachments');
      const content = await part.toBuffer();
      if (content.length === 0) continue; // an empty file input of a browser form
      const contentType = sniffEvidenceType(content);
      if (!contentType || !KEPT_TYPES.has(contentType))
        throw attachmentRefused(
          'FILE_TYPE',
          '附件只能是 PDF、JPEG 或 PNG 文件',
          'Attachments must be PDF, JPEG or PNG',
        );
      files.push({ fileName: part.filename || 'attachment', contentType, content });
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    if (code === 'FST_FILES_LIMIT')
      throw new DomainError(
        'too_large',
        'TOO_MANY_FILES',
        { zh: '最多上传 3 个附件', en: 'At most 3 attachments' },
        { field: 'attachments', maxFiles: MAX_ATTACHMENTS },
      );
    throw uploadError(error);
  }
  return { fields, files };
}

export interface ComplaintForm {
  fields: Record<string, unknown>;
  files: Attachment[];
}

/** The fields (as sent) and the files of a complaint; the files already checked. */
export async function readComplaintForm(request: FastifyRequest): Promise<ComplaintForm> {
  const { fields, files } = request.isMultipart()
    ? await readMultipart(request)
    : { fields: request.body, files: [] };
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields))
    throw fieldError('(body)', 'INVALID', {
      zh: '请求体应为 JSON 对象或表单',
      en: 'The body must be a JSON object or a form',
    });
  rejectNul(fields);
  return { fields: fields as Record<string, unknown>, files };
}

export const parseComplaint = (fields: Record<string, unknown>): SubmitInput =>
  parseInput(submitBody, fields);
