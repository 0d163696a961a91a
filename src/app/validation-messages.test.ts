import { describe, expect, it } from 'vitest';
import { schemaIssue } from './validation-messages.ts';

/** The contracts' complaints in words (the HTTP side is test/validation-messages.test.ts). */
describe('validation messages', () => {
  it('count in English with the right noun', () => {
    const tooShort = (minimum: number) =>
      schemaIssue({
        code: 'too_small',
        path: ['newPassword'],
        params: { origin: 'string', minimum, inclusive: true },
        input: {},
      }).message.en;
    expect(tooShort(2)).toBe('New password must have at least 2 characters');
    const list = schemaIssue({
      code: 'too_small',
      path: ['entries'],
      params: { origin: 'array', minimum: 1, inclusive: true },
      input: {},
    }).message;
    expect(list).toEqual({ zh: '人口数据至少要有 1 项', en: 'Population entries must have at least 1 item' });
  });

  it('list the allowed codes, but keep English keywords out of the Chinese', () => {
    const choice = (values: string[]) =>
      schemaIssue({ code: 'invalid_value', path: ['event'], params: { values }, input: { event: 'x' } })
        .message;
    expect(choice(['01', '02']).zh).toBe('变动类型应为以下之一：01、02');
    expect(choice(['birth', 'death'])).toEqual({
      zh: '变动类型取值不在允许的范围内',
      en: 'Event must be one of: birth, death',
    });
  });
});
