import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { scrubDeep } from '../modules/privacy/present.ts';
import { DomainError, invalidFields, type ErrorKind, type FieldIssue } from './errors.ts';

/** The one table from domain error kinds to HTTP statuses. */
export function httpStatus(kind: ErrorKind): number {
  switch (kind) {
    case 'invalid':
      return 400;
    case 'unauthenticated':
      return 401;
    case 'forbidden':
      return 403;
    case 'not_found':
      return 404;
    case 'conflict':
      return 409;
    case 'too_large':
      return 413;
    case 'rule':
      return 422;
    case 'locked':
      return 429;
  }
}

export interface ErrorBody {
  error: {
    code: string;
    message: { zh: string; en: string };
    fields?: FieldIssue[];
    details?: Record<string, unknown>;
    requestId: string;
  };
}

/** Error bodies never echo an ID number, phone or account that was typed or stored (see scrubDeep). */
function body(error: DomainError, requestId: string): ErrorBody {
  return {
    error: {
      code: error.code,
      message: scrubDeep(error.messages),
      ...(error.fields.length ? { fields: scrubDeep(error.fields) } : {}),
      ...(Object.keys(error.details).length ? { details: scrubDeep(error.details) } : {}),
      requestId,
    },
  };
}

function fromSchemaValidation(error: FastifyError): DomainError {
  const issues: FieldIssue[] = [];
  if (hasZodFastifySchemaValidationErrors(error)) {
    for (const v of error.validation) {
      const field = v.instancePath.replace(/^\//, '').replaceAll('/', '.') || '(body)';
      issues.push({
        field,
        code: v.keyword.toUpperCase(),
        message: { zh: `格式不正确：${v.message ?? ''}`, en: v.message ?? 'invalid value' },
      });
    }
  }
  if (issues.length === 0) {
    issues.push({ field: '(body)', code: 'INVALID', message: { zh: '请求格式不正确', en: error.message } });
  }
  return invalidFields(issues);
}

export async function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  let domain: DomainError;
  if (error instanceof DomainError) domain = error;
  else if (error.validation) domain = fromSchemaValidation(error);
  else if (error.statusCode === 413) {
    domain = new DomainError('too_large', 'TOO_LARGE', { zh: '上传内容过大', en: 'Upload too large' });
  } else if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    domain = new DomainError('invalid', 'BAD_REQUEST', { zh: '请求无效', en: error.message });
  } else {
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send({
      error: {
        code: 'INTERNAL',
        message: { zh: '服务器内部错误，请稍后再试', en: 'Internal server error; please try again later' },
        requestId: request.id,
      },
    });
  }
  return reply.status(httpStatus(domain.kind)).send(body(domain, request.id));
}
