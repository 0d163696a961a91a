import type { FastifyBaseLogger } from 'fastify';
import type { App } from '../../app/context.ts';
import { maskSealed } from '../privacy/seal.ts';

/**
 * How a visit's confirmation code reaches the household's phone. The deployment plugs in its SMS gateway;
 * by default the code goes to the server's log with the phone masked, so a demo or a test can read it and
 * no phone number is ever written in clear.
 */
export interface CodeSender {
  send(message: { householdId: number; phone: string; code: string; expiresAt: Date }): Promise<void>;
}

export function logSender(log: FastifyBaseLogger): CodeSender {
  return {
    async send({ householdId, phone, code, expiresAt }) {
      log.info(
        { householdId, sentTo: maskSealed('phone', phone), code, expiresAt: expiresAt.toISOString() },
        'visit confirmation code',
      );
    },
  };
}

const senders = new WeakMap<object, CodeSender>();

/**
 * Replaces the server's sender (an SMS gateway; a test's recorder). Keyed by the server's database, which every
 * plugin context of one server shares (each registered plugin sees its own `app` object).
 */
export function useCodeSender(app: App, sender: CodeSender): void {
  senders.set(app.db, sender);
}

export const codeSenderOf = (app: App): CodeSender => senders.get(app.db) ?? logSender(app.log);
