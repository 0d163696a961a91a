import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleError } from '../../src/app/http-errors.ts';
import { createHouseholdBody } from '../../src/modules/registry/schemas.ts';
import { ApiError } from '../src/api/errors.ts';
import { errorText } from '../src/components/error-text.ts';
import { issuesOf } from '../src/forms/issues.ts';
import { pickMessage, translator, type Lang } from '../src/i18n/format.ts';

/**
 * A request the server's contract refuses, as the console shows it: the server's own handler answers (the
 * real zod schema of a new household, the real error mapping), the console reads the body into its error and
 * writes it in the reader's language — above the form and under each field.
 */
const app = Fastify({ logger: false });
app.setValidatorCompiler(validatorCompiler);
app.setSerializerCompiler(serializerCompiler);
app.setErrorHandler(handleError);
app.post('/households', { schema: { body: createHouseholdBody } }, () => ({}));

beforeAll(() => app.ready());
afterAll(() => app.close());

async function refusal(payload: object): Promise<ApiError> {
  const res = await app.inject({ method: 'POST', url: '/households', payload });
  return ApiError.fromBody(res.statusCode, res.json());
}

const i18n = (lang: Lang) => ({
  t: translator(lang),
  pick: (m: { zh: string; en: string }) => pickMessage(m, lang),
});

describe('a validation error in the console', () => {
  it('reads in Chinese in the Chinese console, naming the fields as the form does', async () => {
    const error = await refusal({ regionCode: '3713', members: [{ name: '' }], facts: { status: '01' } });
    expect(error.status).toBe(400);
    const text = errorText(error, i18n('zh-CN'));
    expect(text).toMatch(/^输入有误：/);
    expect(text).toContain('行政区划代码应为 12 位数字');
    expect(text).toContain('户编号为必填项');
    expect(text).not.toMatch(/[A-Za-z]{3,}/);
    const underFields = new Map(issuesOf(error)?.map((i) => [i.field, pickMessage(i.message, 'zh-CN')]));
    expect(underFields.get('members.0.name')).toBe('姓名（第 1 项）不能为空');
    for (const message of underFields.values()) expect(message).not.toMatch(/[A-Za-z]{3,}/);
  });

  it('reads in plain English in the English console', async () => {
    const error = await refusal({ regionCode: '3713', members: [{ name: '' }], facts: { status: '01' } });
    const text = errorText(error, i18n('en-US'));
    expect(text).toContain('Region code must be 12 digits');
    expect(text).toContain('Household number is required');
    expect(text).not.toMatch(/expected|received|Too small/);
  });
});
