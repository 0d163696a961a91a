import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { scrubDeep } from '../modules/privacy/present.ts';
import { DomainError, invalidFields, type ErrorKind, type FieldIssue, type Message } from './errors.ts';
import { schemaIssue } from './validation-messages.ts';
import { lostRace } from '../db/retry.ts';

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

/** The part of the request a schema failed on, to tell a missing value from a wrong one. */
function validatedInput(error: FastifyError, request: FastifyRequest): unknown {
  switch (error.validationContext) {
    case 'querystring':
      return request.query;
    case 'params':
      return request.params;
    case 'headers':
      return request.headers;
    case 'body':
    case undefined:
      return request.body;
  }
}

/** A contract's refusal (400): each issue in zh and en from validation-messages.ts, never zod's English. */
function fromSchemaValidation(error: FastifyError, request: FastifyRequest): DomainError {
  const issues: FieldIssue[] = [];
  if (hasZodFastifySchemaValidationErrors(error)) {
    const input = validatedInput(error, request);
    for (const v of error.validation) {
      const path = v.instancePath
        .split('/')
        .slice(1)
        .filter((p) => p !== '');
      issues.push(schemaIssue({ code: v.keyword, path, params: v.params, input }));
    }
  }
  if (issues.length === 0) {
    issues.push({
      field: '(body)',
      code: 'INVALID',
      message: { zh: '请求格式不正确', en: 'The request is not in the expected form' },
    });
  }
  return invalidFields(issues);
}

/** An answer that is not a DomainError: Fastify's and its plugins' refusals, and the database's. */
interface Refusal {
  status: number;
  code: string;
  message: Message;
}

const refusal = (status: number, code: string, zh: string, en: string): Refusal => ({
  status,
  code,
  message: { zh, en },
});

/**
 * What Fastify, its JSON parser and @fastify/multipart throw before or while a route reads its input, by error
 * code. Each is the caller's mistake, so each is a 4xx with a message in both languages — never Fastify's own
 * English-only shape, never a 500.
 */
const FRAMEWORK: Record<string, Refusal> = {
  FST_ERR_CTP_BODY_TOO_LARGE: refusal(413, 'TOO_LARGE', '请求内容过大', 'The request body is too large'),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: refusal(
    415,
    'UNSUPPORTED_MEDIA_TYPE',
    '不支持该内容类型（Content-Type），请发送 application/json',
    'Unsupported Content-Type; send application/json',
  ),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: refusal(
    400,
    'BAD_CONTENT_LENGTH',
    '请求内容长度与 Content-Length 不符',
    'The body does not match its Content-Length',
  ),
  FST_ERR_CTP_EMPTY_JSON_BODY: refusal(400, 'EMPTY_BODY', '请求内容为空', 'The JSON body is empty'),
  FST_ERR_CTP_INVALID_JSON_BODY: refusal(
    400,
    'INVALID_JSON',
    '请求内容不是有效的 JSON',
    'The body is not valid JSON',
  ),
  FST_ERR_BAD_URL: refusal(
    400,
    'BAD_URL',
    '地址格式不正确（百分号编码无效）',
    'Malformed URL (bad percent-encoding)',
  ),
  FST_ERR_MAX_PARAM_LENGTH: refusal(414, 'URL_TOO_LONG', '地址中的参数过长', 'A path parameter is too long'),
  FST_INVALID_MULTIPART_CONTENT_TYPE: refusal(
    415,
    'NOT_MULTIPART',
    '请以 multipart/form-data 上传文件',
    'Send the file as multipart/form-data',
  ),
  FST_REQ_FILE_TOO_LARGE: refusal(413, 'FILE_TOO_LARGE', '上传的文件过大', 'The uploaded file is too large'),
  FST_FILES_LIMIT: refusal(413, 'TOO_MANY_FILES', '上传的文件过多', 'Too many files in one request'),
  FST_FIELDS_LIMIT: refusal(413, 'TOO_MANY_FIELDS', '表单字段过多', 'Too many form fields'),
  FST_PARTS_LIMIT: refusal(413, 'TOO_MANY_PARTS', '表单内容过多', 'Too many parts in the form'),
  FST_PROTO_VIOLATION: refusal(400, 'BAD_FIELD_NAME', '表单字段名无效', 'Invalid form field name'),
};

/** The JSON parser's syntax errors carry no code, only status 400 and the name of the error. */
const BAD_JSON = FRAMEWORK.FST_ERR_CTP_INVALID_JSON_BODY!;

/**
 * A value PostgreSQL refused (SQLSTATE class 22, "data exception": a number out of range, a NUL byte, an
 * impossible date). The contracts at the edge should stop these first — the fuzz test fails on this code — but
 * one that slips through is still the caller's value, not a server fault.
 */
function databaseRefusal(error: unknown): Refusal | undefined {
  // A transaction that lost a race every time retryTransaction ran it: nothing was wrong with the request,
  // and the same request a moment later goes through.
  if (lostRace(error)) {
    return refusal(
      503,
      'BUSY',
      '同时修改的人太多，本次修改没有保存，请稍后重试',
      'Too many changes at the same moment: yours was not saved; please try again',
    );
  }
  const { code, severity } = error as { code?: unknown; severity?: unknown };
  if (typeof code !== 'string' || typeof severity !== 'string' || !code.startsWith('22')) return undefined;
  return refusal(
    400,
    'INVALID_VALUE',
    '输入的值无法保存（超出范围或格式无效）',
    'A value is out of range or malformed',
  );
}

function refusalOf(error: FastifyError): Refusal | undefined {
  const known = error.code ? FRAMEWORK[error.code] : undefined;
  if (known) return known;
  if (error instanceof SyntaxError && error.statusCode === 400) return BAD_JSON;
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return refusal(error.statusCode, 'BAD_REQUEST', '请求无效', 'Bad request');
  }
  return databaseRefusal(error);
}

export async function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof DomainError) return reply.status(httpStatus(error.kind)).send(body(error, request.id));
  if (error.validation) {
    const domain = fromSchemaValidation(error, request);
    return reply.status(httpStatus(domain.kind)).send(body(domain, request.id));
  }
  const known = refusalOf(error);
  if (known) {
    if (known.code === 'INVALID_VALUE') request.log.warn({ err: error }, 'the database refused a value');
    return reply
      .status(known.status)
      .send({ error: { code: known.code, message: known.message, requestId: request.id } });
  }
  request.log.error({ err: error }, 'unhandled error');
  return reply.status(500).send({
    error: {
      code: 'INTERNAL',
      message: { zh: '服务器内部错误，请稍后再试', en: 'Internal server error; please try again later' },
      requestId: request.id,
    },
  });
}
