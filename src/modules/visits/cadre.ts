import { DomainError } from '../../app/errors.ts';
import type { Queryable } from '../../db/types.ts';
import type { Actor } from '../auth/actor.ts';
import { cadreOfUser } from '../organisation/cadres.ts';

/** The caller's own cadre record: check-ins, visits and "my households" are a cadre's (404 without one). */
export async function requireCadre(q: Queryable, actor: Actor) {
  const cadre = actor.userId === null ? null : await cadreOfUser(q, actor.userId);
  if (!cadre)
    throw new DomainError('not_found', 'NO_CADRE_RECORD', {
      zh: '您的账号没有对应的干部记录',
      en: 'Your login has no cadre record',
    });
  return cadre;
}
