import type { ServerMessage } from '../api/errors.ts';
import type { CheckinBody, VisitBody } from './contract.ts';

/**
 * One write made on the phone, kept in IndexedDB until the server has answered it. `pending` waits for the
 * network, `sending` is on its way (back to pending if the page dies meanwhile: the server knows the clientId,
 * so sending again stores nothing twice), `sent` has its answer, `failed` was refused (4xx) and waits for the
 * user to fix or discard it.
 */
export type OutboxState = 'pending' | 'sending' | 'sent' | 'failed';

interface Common {
  clientId: string;
  /** The user who made it: a phone shared by two cadres sends each one's items under their own session. */
  owner: number;
  state: OutboxState;
  createdAt: string;
  attempts: number;
  /** The server's refusal, shown to the user. */
  error: { code: string; message: ServerMessage | null } | null;
  sentAt: string | null;
  /** What to show in the queue without decoding the body (the household's number and head). */
  label: string;
}

export interface VisitItem extends Common {
  kind: 'visit';
  body: VisitBody;
  /** Photos as taken or resized on the phone; dropped once the visit is sent. */
  photos: Blob[];
}

export interface CheckinItem extends Common {
  kind: 'checkin';
  body: CheckinBody;
  photos: [];
}

export type OutboxItem = VisitItem | CheckinItem;

/** What the server said to one item. */
export type Answer =
  | { kind: 'sent' }
  | { kind: 'refused'; code: string; message: ServerMessage | null }
  /** No answer (offline, dropped connection), a server error or an expired session: the item waits. */
  | { kind: 'later' };
