import { DomainError } from '../../app/errors.ts';
import type { Queryable } from '../../db/types.ts';
import { requireAccess } from '../access/require-access.ts';
import type { Actor } from '../auth/actor.ts';

/** Whether the actor may write a problem they can read (problem.write by region or pairing), without throwing. */
export async function mayWrite(q: Queryable, actor: Actor, id: number): Promise<boolean> {
  try {
    await requireAccess(q, actor, 'problem.write', [id]);
    return true;
  } catch (error) {
    if (error instanceof DomainError && error.kind === 'forbidden') return false;
    throw error;
  }
}
