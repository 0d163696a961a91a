import type { Tx } from '../../../db/types.ts';
import type { Actor } from '../../auth/actor.ts';

/** A step of a complaint's trail (complaint_events, append-only); the caller writes its audit row too. */
export interface ComplaintEvent {
  complaintId: number;
  action: string;
  fromState: string | null;
  toState: string;
  fromRegion?: string | null;
  toRegion?: string | null;
  note?: string | null;
  date: string;
}

export async function insertEvent(tx: Tx, actor: Actor, e: ComplaintEvent): Promise<void> {
  await tx.query(
    `INSERT INTO complaint_events (complaint_id, action, from_state, to_state, from_region, to_region, actor_id,
                                   actor, note, date)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      e.complaintId,
      e.action,
      e.fromState,
      e.toState,
      e.fromRegion ?? null,
      e.toRegion ?? null,
      actor.userId,
      actor.username,
      e.note ?? null,
      e.date,
    ],
  );
}
