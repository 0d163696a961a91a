import type { z } from 'zod';
import { invalidFields, type FieldIssue, type Message } from './errors.ts';
import { fieldName } from './field-names.ts';
import { counted, nouns } from './plural.ts';

/**
 * The request contracts' (zod) complaints in the house's words: each issue becomes a message in zh and en that
 * names the field as a clerk knows it and says what it should be. zod's own text ("Too small: expected string
 * to have >=1 characters") is English only and speaks of types, so it never reaches anyone.
 */
export interface SchemaIssue {
  /** zod's issue code: invalid_type, too_small, too_big, invalid_format, invalid_value, … */
  code: string;
  path: readonly PropertyKey[];
  params: Readonly<Record<string, unknown>>;
  /** The part of the request the path starts in (body, query or params), to tell a missing value. */
  input: unknown;
}

const TYPES: Record<string, Message> = {
  string: { zh: '文本', en: 'text' },
  number: { zh: '数字', en: 'a number' },
  int: { zh: '整数', en: 'a whole number' },
  bigint: { zh: '整数', en: 'a whole number' },
  boolean: { zh: '是或否（true/false）', en: 'true or false' },
  array: { zh: '列表', en: 'a list' },
  object: { zh: '一组字段', en: 'a set of fields' },
  date: { zh: '日期', en: 'a date' },
};

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** A bound as written: a number as it is, a huge one grouped, so "100000000" reads 100,000,000. */
const bound = (value: unknown) => (typeof value === 'number' ? value.toLocaleString('en') : String(value));

/** What a value must look like, for the patterns our contracts use; null when a general word must do. */
function formatHint(params: Readonly<Record<string, unknown>>): Message | null {
  // zod writes the pattern as a regex literal, `/^\\d{12}$/`.
  const pattern = typeof params.pattern === 'string' ? params.pattern.replace(/^\/|\/[a-z]*$/g, '') : '';
  if (pattern.includes('\\d{4}-\\d{2}-\\d{2}')) {
    return {
      zh: '应为“年-月-日”格式的日期，如 2026-06-30',
      en: 'must be a date written YYYY-MM-DD, e.g. 2026-06-30',
    };
  }
  const digits = /^\^\\d\{(\d+)\}\$$/.exec(pattern);
  if (digits) return { zh: `应为 ${digits[1]} 位数字`, en: `must be ${digits[1]} digits` };
  if (/\\d\{2\}.*\\d\{12\}|\\d\{2\}\(\\d\{2\}/.test(pattern)) {
    return {
      zh: '应为 2、4、6、9 或 12 位的行政区划代码',
      en: 'must be a region code of 2, 4, 6, 9 or 12 digits',
    };
  }
  return null;
}

/** "…must be at least/at most …", by what is measured: a text's length, a list's size, a number. */
function sizeMessage(params: Readonly<Record<string, unknown>>, small: boolean): Message {
  const limit = Number(small ? params.minimum : params.maximum);
  const inclusive = params.inclusive !== false;
  switch (params.origin) {
    case 'string':
      if (small && limit === 1) return { zh: '不能为空', en: 'must not be empty' };
      return small
        ? { zh: `至少 ${limit} 个字`, en: `must have at least ${counted(limit, nouns.character)}` }
        : { zh: `不能超过 ${limit} 个字`, en: `may have at most ${counted(limit, nouns.character, bound)}` };
    case 'array':
    case 'set':
      if (small && limit === 1) return { zh: '至少要有 1 项', en: 'must have at least 1 item' };
      return small
        ? { zh: `至少要有 ${limit} 项`, en: `must have at least ${counted(limit, nouns.item)}` }
        : { zh: `不能超过 ${bound(limit)} 项`, en: `may have at most ${counted(limit, nouns.item, bound)}` };
    default:
      if (small) {
        return inclusive
          ? { zh: `不能小于 ${bound(limit)}`, en: `must be at least ${bound(limit)}` }
          : { zh: `应大于 ${bound(limit)}`, en: `must be greater than ${bound(limit)}` };
      }
      return inclusive
        ? { zh: `不能大于 ${bound(limit)}`, en: `must be at most ${bound(limit)}` }
        : { zh: `应小于 ${bound(limit)}`, en: `must be less than ${bound(limit)}` };
  }
}

/** What is wrong, without the field's name. */
function problem(issue: SchemaIssue): Message {
  const { params } = issue;
  switch (issue.code) {
    case 'invalid_type': {
      if (valueAt(issue.input, issue.path) === undefined) return { zh: '为必填项', en: 'is required' };
      const type = TYPES[String(params.expected)] ?? { zh: '正确类型的值', en: 'a value of the right kind' };
      return { zh: `应为${type.zh}`, en: `must be ${type.en}` };
    }
    case 'too_small':
      return sizeMessage(params, true);
    case 'too_big':
      return sizeMessage(params, false);
    case 'invalid_format':
      return formatHint(params) ?? { zh: '格式不正确', en: 'is not written the right way' };
    case 'not_multiple_of':
      return {
        zh: `应为 ${bound(params.divisor)} 的倍数`,
        en: `must be a multiple of ${bound(params.divisor)}`,
      };
    case 'invalid_value': {
      const values = Array.isArray(params.values) ? params.values.map(String) : [];
      if (values.length === 0) return { zh: '取值无效', en: 'has a value that is not allowed' };
      const en = `must be one of: ${values.join(', ')}`;
      // Codes such as 01–05 help a clerk; English keywords (birth, moved_out) do not belong in Chinese text.
      if (values.some((v) => /[A-Za-z]/.test(v))) return { zh: '取值不在允许的范围内', en };
      return { zh: `应为以下之一：${values.join('、')}`, en };
    }
    default:
      return { zh: '取值无效', en: 'has a value that is not allowed' };
  }
}

/** One field issue of a 400: the path as the field (`members.2.idNumber`), the code, and the message. */
export function schemaIssue(issue: SchemaIssue): FieldIssue {
  const name = fieldName(issue.path);
  const what = problem(issue);
  return {
    field: issue.path.map(String).join('.') || '(body)',
    code: issue.code.toUpperCase(),
    message: { zh: `${name.zh}${what.zh}`, en: `${capital(name.en)} ${what.en}` },
  };
}

/**
 * Parses input a route reads itself (multipart fields, a form, the shell's arguments) with a contract, its
 * refusals worded as the API's own validation words them (400 VALIDATION).
 */
export function parseInput<S extends z.ZodType>(schema: S, input: Record<string, unknown>): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw invalidFields(result.error.issues.map((i) => schemaIssue({ ...i, params: { ...i }, input })));
}
