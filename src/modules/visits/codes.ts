import { randomInt } from 'node:crypto';
import { fieldRules, ruleViolation } from '../../app/errors.ts';
import type { Tx } from '../../db/types.ts';
import { requireAccess } from '../access/require-access.ts';
import { recordAudit } from '../audit/audit.ts';
import type { Actor } from '../auth/actor.ts';
import { maskSealed, sealHash } from '../privacy/seal.ts';
import type { CodeSender } from './sender.ts';

/** How long a code sent to a household's phone confirms a visit. */
const CODE_MINUTES = 15;

/** The keyed hash a code is kept as: bound to its household, so a code of one household confirms no other. */
const codeHash = (householdId: number, code: string) => sealHash(`visit-code:${householdId}:${code}`);

/**
 * Sends a 6-digit code to the household's phone (the household's, else its head's) for the visit being made:
 * kept only as a keyed hash with its expiry. 422 NO_PHONE when the registry holds no phone of the household.
 */
export async function sendConfirmationCode(
  tx: Tx,
  actor: Actor,
  householdId: number,
  now: Date,
  sender: CodeSender,
) {
  const regions = await requireAccess(tx, actor, 'household.casework', [householdId]);
  const [row] = await tx.query<{ phone: string | null }>(
    `SELECT coalesce(nullif(h.phone, ''),
              (SELECT nullif(m.phone, '') FROM members m WHERE m.household_id = h.id AND m.active AND m.relation = '01' LIMIT 1)) AS phone
     FROM households h WHERE h.id = $1`,
    [householdId],
  );
  const phone = row?.phone ?? null;
  if (!phone)
    throw ruleViolation('NO_PHONE', {
      zh: '该户没有登记电话，请用手写签名确认',
      en: 'The household has no phone on record; confirm with a drawn signature',
    });
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const expiresAt = new Date(now.getTime() + CODE_MINUTES * 60_000);
  const [stored] = await tx.query<{ id: number }>(
    `INSERT INTO visit_codes (household_id, code_hash, expires_at, created_by) VALUES ($1, $2, $3, $4) RETURNING id::int`,
    [householdId, codeHash(householdId, code), expiresAt.toISOString(), actor.userId],
  );
  await recordAudit(tx, actor, {
    action: 'visit.code.send',
    entity: 'household',
    entityId: householdId,
    regionCode: regions.get(String(householdId)) ?? null,
    after: { codeId: stored!.id, expiresAt: expiresAt.toISOString() },
  });
  await sender.send({ householdId, phone, code, expiresAt });
  return { sentTo: maskSealed('phone', phone), expiresAt: expiresAt.toISOString() };
}

/** Uses up the household's code: once, before it expires; 422 CODE_INVALID otherwise (the caller audits). */
export async function consumeConfirmationCode(tx: Tx, householdId: number, code: string, now: Date) {
  const used = await tx.query<{ id: number }>(
    `UPDATE visit_codes SET used_at = $3
     WHERE id = (SELECT id FROM visit_codes
                 WHERE household_id = $1 AND code_hash = $2 AND used_at IS NULL AND expires_at > $3
                 ORDER BY id DESC LIMIT 1 FOR UPDATE)
     RETURNING id::int`,
    [householdId, codeHash(householdId, code), now.toISOString()],
  );
  if (used.length === 0)
    throw fieldRules('CODE_INVALID', [
      {
        field: 'confirmation.code',
        code: 'CODE_INVALID',
        message: { zh: '确认码不正确或已过期', en: 'The confirmation code is wrong or has expired' },
      },
    ]);
  return used[0]!.id;
}
