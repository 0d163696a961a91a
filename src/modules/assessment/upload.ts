import type { FastifyRequest } from 'fastify';
import { DomainError, fieldError } from '../../app/errors.ts';
import { rejectNul } from '../../app/input-guard.ts';
import { uploadError } from '../../app/uploads.ts';
import { MAX_EVIDENCE_BYTES } from './evidence.ts';
import type { EvidenceFile } from './input.ts';

function tooLarge(): DomainError {
  return new DomainError(
    'too_large',
    'FILE_TOO_LARGE',
    { zh: '证明材料文件不能超过 5 MB', en: 'Evidence files are at most 5 MB' },
    { field: 'file', maxBytes: MAX_EVIDENCE_BYTES },
  );
}

/**
 * The fields and the optional evidence file of a manual assessment: a JSON body, or multipart/form-data with
 * text fields and one part named `file`. The file is read into memory (5 MB at most: the stream stops there).
 */
export async function readAssessmentRequest(
  request: FastifyRequest,
): Promise<{ fields: Record<string, unknown>; file?: EvidenceFile }> {
  if (!request.isMultipart()) {
    const body = request.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      throw fieldError('(body)', 'INVALID', {
        zh: '请求体应为 JSON 对象或 multipart 表单',
        en: 'The body must be a JSON object or a multipart form',
      });
    return { fields: body as Record<string, unknown> };
  }
  const fields: Record<string, unknown> = {};
  let file: EvidenceFile | undefined;
  try {
    for await (const part of request.parts({
      limits: { fileSize: MAX_EVIDENCE_BYTES },
    })) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file') {
          part.file.resume();
          throw fieldError(part.fieldname, 'UNEXPECTED_FILE', {
            zh: '文件须放在名为 file 的字段中',
            en: 'Send the file in the field named "file"',
          });
        }
        if (part.filename.includes('\u0000')) part.file.resume();
        rejectNul(part.filename, 'file');
        file = { fileName: part.filename, bytes: await part.toBuffer() };
      } else {
        fields[part.fieldname] = part.value;
      }
    }
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    throw uploadError(error);
  }
  rejectNul(fields);
  return file ? { fields, file } : { fields };
}
