import { randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { Config } from '../../app/config.ts';
import type { App } from '../../app/context.ts';
import { DomainError, type Message } from '../../app/errors.ts';
import type { Queryable } from '../../db/types.ts';
import { sealHash } from '../privacy/seal.ts';

/**
 * The human check of the public forms (objections, complaints): a small sum served with the form, and a token
 * that carries what the server needs to judge the answer — so nothing is stored until it is answered. The
 * token is `nonce.expiresAt.answerHash.signature`: the answer only as a keyed hash (the secret of
 * src/modules/privacy/seal.ts, so a script cannot try the few possible answers against it), all of it signed
 * with the same secret. Each token answers once (right or wrong): its nonce goes into human_check_used, and
 * rows past their expiry are swept as new answers come in.
 */
export const HUMAN_CHECK_MINUTES = 30;

export interface Challenge {
  question: Message;
  token: string;
  expiresAt: string;
}

export interface HumanAnswer {
  token?: string | undefined;
  answer?: string | undefined;
}

const answerHash = (nonce: string, answer: string) => sealHash(`human-check:answer:${nonce}:${answer}`);
const signature = (payload: string) => sealHash(`human-check:token:${payload}`);

/** A new question and its token; `now` is the server's clock. */
export function issueChallenge(config: Pick<Config, 'humanCheck'>, now: Date): Challenge {
  void config; // issued even when the check is off, so the forms look the same in tests and monitoring
  const a = randomInt(2, 20);
  const b = randomInt(1, 10);
  const plus = randomInt(2) === 0;
  const answer = String(plus ? a + b : a - b);
  const question = plus
    ? { zh: `请计算：${a} 加 ${b} 等于多少？`, en: `What is ${a} plus ${b}?` }
    : { zh: `请计算：${a} 减 ${b} 等于多少？`, en: `What is ${a} minus ${b}?` };
  const nonce = randomBytes(12).toString('base64url');
  const expires = now.getTime() + HUMAN_CHECK_MINUTES * 60_000;
  const payload = `${nonce}.${expires}.${answerHash(nonce, answer)}`;
  return { question, token: `${payload}.${signature(payload)}`, expiresAt: new Date(expires).toISOString() };
}

/** Full-width digits and a minus sign typed on a phone's Chinese keyboard count as the plain ones. */
function normaliseAnswer(answer: string): string {
  return answer
    .trim()
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/^[－—−]/, '-')
    .replace(/^\+/, '')
    .replace(/^(-?)0+(?=\d)/, '$1');
}

function sameHex(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

function failed(reason: 'missing' | 'invalid' | 'expired' | 'used' | 'wrong'): DomainError {
  const messages: Record<typeof reason, Message> = {
    missing: { zh: '请回答验证问题', en: 'Please answer the check question' },
    invalid: { zh: '验证信息无效，请重新打开表单', en: 'The check is not valid; open the form again' },
    expired: { zh: '验证问题已过期，请回答新的问题', en: 'The check question expired; answer a new one' },
    used: { zh: '验证问题已使用过，请回答新的问题', en: 'That check question was used; answer a new one' },
    wrong: {
      zh: '验证问题回答错误，请回答新的问题',
      en: 'Wrong answer to the check question; try a new one',
    },
  };
  return new DomainError('rule', 'HUMAN_CHECK_FAILED', messages[reason], { reason });
}

/**
 * Accepts a right answer to a live, unused token; else 422 HUMAN_CHECK_FAILED (details.reason). Call it with
 * the database, not inside the form's transaction: the token must be spent even when the answer is wrong
 * (else a script could try every small number on one token). Does nothing when the check is off.
 */
export async function verifyHumanCheck(
  q: Queryable,
  config: Pick<Config, 'humanCheck'>,
  input: HumanAnswer,
  now: Date,
): Promise<void> {
  if (!config.humanCheck) return;
  const token = input.token?.trim() ?? '';
  const answer = normaliseAnswer(input.answer ?? '');
  if (token === '' || answer === '') throw failed('missing');
  const parts = token.split('.');
  if (parts.length !== 4) throw failed('invalid');
  const [nonce = '', expires = '', hash = '', sig = ''] = parts;
  if (!sameHex(sig, signature(`${nonce}.${expires}.${hash}`))) throw failed('invalid');
  const expiresAt = new Date(Number(expires));
  if (!(expiresAt.getTime() > now.getTime())) throw failed('expired');
  await q.query('DELETE FROM human_check_used WHERE expires_at < $1', [now]);
  const spent = await q.query(
    'INSERT INTO human_check_used (nonce, expires_at) VALUES ($1, $2) ON CONFLICT (nonce) DO NOTHING RETURNING nonce',
    [nonce, expiresAt],
  );
  if (spent.length === 0) throw failed('used');
  if (!sameHex(hash, answerHash(nonce, answer))) throw failed('wrong');
}

/** The two fields a public form carries (optional in the contract: a missing answer is 422, not 400). */
export const humanCheckFields = {
  humanToken: z
    .string()
    .max(300)
    .optional()
    .describe('人机验证令牌 / the token of GET /api/public/human-check'),
  humanAnswer: z.string().max(20).optional().describe('人机验证答案 / the answer to its question'),
};

const challengeSchema = z.object({
  question: z.object({ zh: z.string(), en: z.string() }),
  token: z.string(),
  expiresAt: z.string(),
});

export async function humanCheckRoutes(app: App) {
  app.get(
    '/api/public/human-check',
    {
      schema: {
        tags: ['public'],
        summary: 'A question for a public form / 人机验证问题（公开）',
        description: `Send the token and the answer with the form as humanToken and humanAnswer; the token lasts ${HUMAN_CHECK_MINUTES} minutes and answers once.`,
        response: { 200: challengeSchema },
      },
    },
    async (_request, reply) => {
      void reply.header('cache-control', 'no-store');
      return issueChallenge(app.config, app.clock());
    },
  );
}
