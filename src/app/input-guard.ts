import { fieldError } from './errors.ts';

/**
 * PostgreSQL text cannot hold the character U+0000, so a NUL in any string a caller sends could only fail in
 * the database as a 500. One rule at the edge refuses it for every route: path, query and JSON body (and the
 * text fields of multipart forms, which their routes pass here themselves).
 */
export function rejectNul(value: unknown, path = '(body)', depth = 0): void {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) {
      throw fieldError(path, 'NUL_CHARACTER', {
        zh: '不能包含空字符（U+0000）',
        en: 'must not contain the NUL character (U+0000)',
      });
    }
    return;
  }
  // JSON nests no deeper than this in any contract; deeper input is refused by the schemas anyway.
  if (typeof value !== 'object' || value === null || ArrayBuffer.isView(value) || depth > 32) return;
  for (const [key, item] of Object.entries(value)) {
    rejectNul(key, path, depth + 1);
    rejectNul(item, path === '(body)' ? key : `${path}.${key}`, depth + 1);
  }
}
