import type { OutboxStore } from './store.ts';
import type { Answer, OutboxItem } from './types.ts';

/** What the outbox needs from the world, given by the page (window, fetch) or by a test. */
export interface OutboxEnv {
  store: OutboxStore;
  /** The logged-in user: only their items are sent. */
  owner: number;
  send: (item: OutboxItem) => Promise<Answer>;
  online: () => boolean;
  /** Where the `online` event comes from (window). */
  events: EventTarget;
  now: () => Date;
  /** Items sent at once: a few, so 200 visits go quickly without flooding a weak connection. */
  concurrency?: number;
  /** The wait before the n-th retry after a failed round (1, 2, …). */
  backoffMs?: (round: number) => number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

/** 2 s, 4 s, 8 s … up to five minutes. */
export const backoff = (round: number): number => Math.min(2000 * 2 ** (round - 1), 5 * 60_000);

/** Sent items are kept a week for the cadre's own record of the day, then forgotten. */
const KEEP_SENT_MS = 7 * 24 * 3600_000;

/**
 * The queue of visits and check-ins made on the phone. An item is written to IndexedDB before anything is
 * sent and changes state only after its answer, so a connection that drops half-way loses nothing: an item
 * whose answer never came is sent again, and the server, which knows its clientId, answers 200 and stores
 * nothing twice. Sending starts when the phone is online, on the `online` event, on `sync()` (the 同步
 * button) and after a failed round with a growing wait.
 */
export class Outbox {
  private readonly listeners = new Set<() => void>();
  private running: Promise<void> | undefined;
  private again = false;
  private failedRounds = 0;
  private timer: unknown;
  private readonly onOnline = () => void this.sync();

  constructor(private readonly env: OutboxEnv) {}

  /** Starts listening for the network; an item left `sending` by a page that died goes back to pending. */
  async start(): Promise<void> {
    const now = this.env.now().getTime();
    for (const item of await this.env.store.all(this.env.owner)) {
      if (item.state === 'sending') await this.env.store.put({ ...item, state: 'pending' });
      const sentAt = item.sentAt ? Date.parse(item.sentAt) : now;
      if (item.state === 'sent' && now - sentAt > KEEP_SENT_MS) await this.env.store.remove(item.clientId);
    }
    this.env.events.addEventListener('online', this.onOnline);
    this.notify();
    void this.sync();
  }

  stop(): void {
    this.env.events.removeEventListener('online', this.onOnline);
    this.cancelTimer();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  items(): Promise<OutboxItem[]> {
    return this.env.store.all(this.env.owner);
  }

  /** Keeps a new item (saved before it is sent) and tries to send it. */
  async add(item: Omit<OutboxItem, 'owner' | 'state' | 'createdAt' | 'attempts' | 'error' | 'sentAt'>) {
    const stored = {
      ...item,
      owner: this.env.owner,
      state: 'pending',
      createdAt: this.env.now().toISOString(),
      attempts: 0,
      error: null,
      sentAt: null,
    } as OutboxItem;
    await this.env.store.put(stored);
    this.notify();
    void this.sync();
    return stored;
  }

  /** A refused item, fixed or not, goes back to the queue (same clientId: the server stored nothing of it). */
  async retry(clientId: string, change?: (item: OutboxItem) => OutboxItem): Promise<void> {
    const item = await this.env.store.get(clientId);
    if (!item || item.state === 'sent' || item.state === 'sending') return;
    const fixed = change ? change(item) : item;
    await this.env.store.put({ ...fixed, state: 'pending', error: null });
    this.notify();
    void this.sync();
  }

  async discard(clientId: string): Promise<void> {
    const item = await this.env.store.get(clientId);
    if (!item || item.state === 'sending') return;
    await this.env.store.remove(clientId);
    this.notify();
  }

  /**
   * Sends what waits, a few at a time, until nothing is left or a round fails (then waits and tries again).
   * One run at a time: a call during a run makes the run look once more when it ends.
   */
  sync(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.cancelTimer();
    this.running = this.run().finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        void this.sync();
      }
    });
    return this.running;
  }

  private async run(): Promise<void> {
    const size = this.env.concurrency ?? 3;
    for (;;) {
      if (!this.env.online()) return;
      const waiting = (await this.env.store.all(this.env.owner)).filter((i) => i.state === 'pending');
      if (waiting.length === 0) {
        this.failedRounds = 0;
        return;
      }
      const answers = await Promise.all(waiting.slice(0, size).map((item) => this.sendOne(item)));
      if (answers.includes('later')) {
        this.failedRounds += 1;
        this.schedule();
        return;
      }
      this.failedRounds = 0;
    }
  }

  private async sendOne(item: OutboxItem): Promise<Answer['kind']> {
    const sending = { ...item, state: 'sending', attempts: item.attempts + 1 } as OutboxItem;
    await this.env.store.put(sending);
    this.notify();
    let answer: Answer;
    try {
      answer = await this.env.send(sending);
    } catch {
      answer = { kind: 'later' };
    }
    if (answer.kind === 'sent') {
      await this.env.store.put({
        ...sending,
        state: 'sent',
        photos: [],
        error: null,
        sentAt: this.env.now().toISOString(),
      });
    } else if (answer.kind === 'refused') {
      await this.env.store.put({
        ...sending,
        state: 'failed',
        error: { code: answer.code, message: answer.message },
      });
    } else {
      await this.env.store.put({ ...sending, state: 'pending' });
    }
    this.notify();
    return answer.kind;
  }

  private schedule(): void {
    const wait = (this.env.backoffMs ?? backoff)(this.failedRounds);
    const set = this.env.setTimer ?? ((run: () => void, ms: number) => setTimeout(run, ms));
    this.timer = set(() => void this.sync(), wait);
  }

  private cancelTimer(): void {
    if (this.timer === undefined) return;
    (this.env.clearTimer ?? ((t: unknown) => clearTimeout(t as ReturnType<typeof setTimeout>)))(this.timer);
    this.timer = undefined;
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
