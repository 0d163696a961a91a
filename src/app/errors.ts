/**
 * Domain errors: a stable code, a message in Chinese and English, and details. Domain code throws these and
 * knows nothing of HTTP; src/app/http-errors.ts maps each kind to a status at the edge.
 */
export interface Message {
  zh: string;
  en: string;
}

export type ErrorKind =
  'invalid' | 'unauthenticated' | 'forbidden' | 'not_found' | 'conflict' | 'locked' | 'rule' | 'too_large';

export interface FieldIssue {
  field: string;
  code: string;
  message: Message;
}

export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    readonly messages: Message,
    readonly details: Record<string, unknown> = {},
    readonly fields: FieldIssue[] = [],
  ) {
    super(messages.en);
    this.name = 'DomainError';
  }
}

export function notFound(entity: string, id: string | number): DomainError {
  return new DomainError(
    'not_found',
    'NOT_FOUND',
    {
      zh: `未找到该记录（${entity} ${id}）`,
      en: `No such ${entity}: ${id}`,
    },
    { entity, id: String(id) },
  );
}

export function versionConflict(entity: string, currentVersion: number): DomainError {
  return new DomainError(
    'conflict',
    'VERSION_CONFLICT',
    {
      zh: '该记录已被他人修改，请刷新后再改',
      en: 'This record was changed by someone else; reload it and try again',
    },
    { entity, currentVersion },
  );
}

/** Fields that fail validation (400): every one named, with its own message. */
export function invalidFields(fields: FieldIssue[]): DomainError {
  return fieldsError('invalid', 'VALIDATION', fields);
}

/**
 * Fields well formed but contradicting a rule of the domain (422), e.g. a date after today: the same shape as
 * invalidFields, so a form shows both the same way.
 */
export function fieldRules(code: string, fields: FieldIssue[]): DomainError {
  return fieldsError('rule', code, fields);
}

function fieldsError(kind: ErrorKind, code: string, fields: FieldIssue[]): DomainError {
  const first = fields[0];
  return new DomainError(
    kind,
    code,
    {
      // Each field's message names the field in words; its key (`members.2.idNumber`) is in `fields`.
      zh: `输入有误：${fields.map((f) => f.message.zh).join('；')}`,
      en: `Please check the input: ${fields.map((f) => f.message.en).join('; ')}`,
    },
    first ? { field: first.field } : {},
    fields,
  );
}

export function fieldError(field: string, code: string, message: Message): DomainError {
  return invalidFields([{ field, code, message }]);
}

export function ruleViolation(
  code: string,
  message: Message,
  details: Record<string, unknown> = {},
): DomainError {
  return new DomainError('rule', code, message, details);
}
