import { fieldError, ruleViolation, versionConflict } from '../../../app/errors.ts';
import type { Tx } from '../../../db/types.ts';
import { requireAccess } from '../../access/require-access.ts';
import { recordAudit } from '../../audit/audit.ts';
import type { Actor } from '../../auth/actor.ts';
import { scrubText } from '../../privacy/present.ts';
import { insertEvent } from './events.ts';
import type { ActionInput, ComplaintAction, ComplaintState } from './schemas.ts';
import { cancelComplaintTimers } from './timers.ts';

/**
 * The handler's steps on a complaint: accept (received → in_progress), reply (→ answered, the reply
 * required), close (answered → closed; an unanswered one only with the reason in `reply`), publish_reply
 * (answered or closed, and only when the complainant consented: the public text is the reply — or the
 * handler's `publicReply` — with ID, phone and bank numbers masked and the names listed in `namesToHide`
 * removed). Each step checks the version (409), writes an event and an audit row in one transaction.
 */
const FROM: Record<ComplaintAction, readonly ComplaintState[]> = {
  accept: ['received'],
  reply: ['received', 'in_progress'],
  close: ['received', 'in_progress', 'answered'],
  publish_reply: ['answered', 'closed'],
};

interface Row {
  id: number;
  state: ComplaintState;
  version: number;
  handlerRegionCode: string;
  escalationLevel: number;
  consentPublish: boolean;
  title: string;
  reply: string | null;
}

/** A name the handler listed, removed wherever it stands in the text: 某某 keeps the sentence readable. */
export function publicText(text: string, namesToHide: readonly string[] = []): string {
  const names = [...new Set(namesToHide.map((n) => n.trim()).filter((n) => n !== ''))].sort(
    (a, b) => b.length - a.length,
  );
  return names.reduce((out, name) => out.replaceAll(name, '某某'), scrubText(text));
}

function wrongState(action: ComplaintAction, state: ComplaintState) {
  return ruleViolation(
    'WRONG_STATE',
    {
      zh: `该举报当前状态（${state}）不能执行此操作（${action}）`,
      en: `A complaint in state ${state} cannot ${action}`,
    },
    { state, action },
  );
}

const required = (field: string, zh: string, en: string) => fieldError(field, 'REQUIRED', { zh, en });

export async function actOnComplaint(
  tx: Tx,
  actor: Actor,
  id: number,
  input: ActionInput,
  today: string,
): Promise<void> {
  await requireAccess(tx, actor, 'complaint.write', [id], { lock: true });
  const [row] = await tx.query<Row>(
    `SELECT id, state, version, handler_region_code AS "handlerRegionCode", escalation_level AS "escalationLevel",
            consent_publish AS "consentPublish", title, reply
     FROM complaints WHERE id = $1`,
    [id],
  );
  const c = row!;
  if (c.version !== input.version) throw versionConflict('complaint', c.version);
  if (!FROM[input.action].includes(c.state)) throw wrongState(input.action, c.state);

  let to: ComplaintState = c.state;
  let note: string | null = null;
  const set: Record<string, unknown> = {};
  switch (input.action) {
    case 'accept':
      to = 'in_progress';
      break;
    case 'reply':
      if (!input.reply) throw required('reply', '请填写答复', 'Please write the reply');
      to = 'answered';
      Object.assign(set, { reply: input.reply, replied_on: today });
      break;
    case 'close':
      if (c.state !== 'answered' && !input.reply)
        throw required('reply', '未答复的举报办结时须说明理由', 'Say why an unanswered complaint is closed');
      to = 'closed';
      note = input.reply ?? null;
      break;
    case 'publish_reply': {
      if (!c.consentPublish)
        throw ruleViolation('NO_CONSENT', {
          zh: '举报人未同意公开答复，不能发布',
          en: 'The complainant did not consent to publishing the reply',
        });
      const names = input.namesToHide ?? [];
      Object.assign(set, {
        public_reply: publicText(input.publicReply ?? c.reply ?? '', names),
        public_title: publicText(c.title, names),
        published: true,
      });
      break;
    }
  }
  const assignments = Object.keys(set).map((k, i) => `${k} = $${i + 3}`);
  await tx.query(
    `UPDATE complaints SET state = $2, ${[...assignments, 'version = version + 1', 'updated_at = now()'].join(', ')}
     WHERE id = $1`,
    [id, to, ...Object.values(set)],
  );
  if (to === 'answered' || to === 'closed') await cancelComplaintTimers(tx, id, c.escalationLevel);
  const eventNote =
    input.action === 'reply' ? input.reply : input.action === 'publish_reply' ? set.public_reply : note;
  await insertEvent(tx, actor, {
    complaintId: id,
    action: input.action,
    fromState: c.state,
    toState: to,
    note: typeof eventNote === 'string' ? eventNote : null,
    date: today,
  });
  await recordAudit(tx, actor, {
    action: `complaint.${input.action}`,
    entity: 'complaint',
    entityId: id,
    regionCode: c.handlerRegionCode,
    before: { state: c.state, version: c.version },
    after: {
      state: to,
      version: c.version + 1,
      ...(input.action === 'reply' ? { reply: scrubText(input.reply ?? '') } : {}),
      ...(note ? { reason: scrubText(note) } : {}),
      ...(input.action === 'publish_reply' ? { publicReply: set.public_reply } : {}),
    },
  });
}
