import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Outbox, type OutboxEnv } from './outbox.ts';
import { answerOf, requestOf } from './send.ts';
import { closeFieldDb, DB_NAME, outboxStore } from './store.ts';
import type { Answer, OutboxItem } from './types.ts';

/**
 * The outbox against a server of its own: a map of clientIds, 201 the first time, 200 after (as POST
 * /api/v1/visits answers), and a connection that can drop — before the request arrives or after it was
 * stored but before its answer. No timers run: a failed round's retry is recorded, not waited for.
 */
class FakeServer {
  stored = new Map<string, number>();
  posts = new Map<string, number>();
  answered = 0;
  /** After this many answers the connection drops: the next request is stored but its answer is lost. */
  dropAfter = Infinity;
  connected = true;

  send = async (item: OutboxItem): Promise<Answer> => {
    await Promise.resolve();
    if (!this.connected) throw new TypeError('Failed to fetch');
    this.posts.set(item.clientId, (this.posts.get(item.clientId) ?? 0) + 1);
    const status = this.stored.has(item.clientId) ? 200 : 201;
    this.stored.set(item.clientId, item.kind === 'visit' ? item.body.householdId : 0);
    if (this.answered >= this.dropAfter) {
      this.connected = false;
      throw new TypeError('Failed to fetch');
    }
    this.answered += 1;
    return answerOf(status, {});
  };
}

let server: FakeServer;
let events: EventTarget;
let timers: number[];
let outbox: Outbox;

function envOf(overrides: Partial<OutboxEnv> = {}): OutboxEnv {
  return {
    store: outboxStore,
    owner: 7,
    send: server.send,
    online: () => server.connected,
    events,
    now: () => new Date('2026-06-30T08:00:00+08:00'),
    concurrency: 4,
    setTimer: (_run, ms) => timers.push(ms),
    clearTimer: () => undefined,
    ...overrides,
  };
}

function visit(n: number) {
  return {
    kind: 'visit' as const,
    clientId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    label: `户 ${n}`,
    photos: [new Blob([new Uint8Array([0xff, 0xd8, n % 256])], { type: 'image/jpeg' })],
    body: {
      clientId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
      householdId: n,
      at: '2026-06-30T08:00:00+08:00',
      position: { lat: 35.1, lng: 118.3, accuracy: 12 },
      checks: { food: true, clothing: true, education: true, medical: true, housing: true, water: true },
    },
  };
}

/** Queues visits while offline, as a cadre does in a village without network. */
async function queueOffline(count: number): Promise<void> {
  server.connected = false;
  for (let n = 1; n <= count; n += 1) await outbox.add(visit(n));
}

async function states(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const item of await outbox.items()) counts[item.state] = (counts[item.state] ?? 0) + 1;
  return counts;
}

beforeEach(async () => {
  server = new FakeServer();
  events = new EventTarget();
  timers = [];
  outbox = new Outbox(envOf());
  await outbox.start();
});

afterEach(async () => {
  outbox.stop();
  await closeFieldDb();
  indexedDB.deleteDatabase(DB_NAME);
});

// 200 visits through IndexedDB take a few seconds on a busy machine.
const SLOW = 30_000;

describe('the outbox of visits made offline', () => {
  it(
    'keeps 200 visits made offline and sends each once when the network returns',
    async () => {
      await queueOffline(200);
      expect(await states()).toEqual({ pending: 200 });
      expect(server.posts.size).toBe(0);

      server.connected = true;
      events.dispatchEvent(new Event('online'));
      await outbox.sync();

      expect(await states()).toEqual({ sent: 200 });
      expect(server.stored.size).toBe(200);
      expect([...server.posts.values()].every((n) => n === 1)).toBe(true);
      // A sent visit's photos are not kept on the phone.
      expect((await outbox.items()).every((item) => item.photos.length === 0)).toBe(true);
    },
    SLOW,
  );

  it(
    'loses nothing when the connection drops after 100: the rest go on the next `online`, each stored once',
    async () => {
      await queueOffline(200);
      server.dropAfter = 100;
      server.connected = true;
      events.dispatchEvent(new Event('online'));
      await outbox.sync();

      // The 101st was stored but its answer was lost; whatever was on its way is pending again, nothing failed.
      const afterDrop = await states();
      expect(afterDrop.sent).toBe(100);
      expect(afterDrop.pending).toBe(100);
      expect(server.stored.size).toBe(101);
      // A retry is scheduled with a wait.
      expect(timers).toHaveLength(1);

      server.connected = true;
      server.dropAfter = Infinity;
      events.dispatchEvent(new Event('online'));
      await outbox.sync();

      expect(await states()).toEqual({ sent: 200 });
      expect(server.stored.size).toBe(200);
      // Only the visit whose answer was lost went twice, and the server answered it 200 without storing it again.
      const twice = [...server.posts.entries()].filter(([, n]) => n > 1);
      expect(twice).toHaveLength(1);
    },
    SLOW,
  );

  it('counts a 200 (the same clientId stored before) as sent', async () => {
    const item = visit(1);
    server.stored.set(item.clientId, 1);
    await outbox.add(item);
    await outbox.sync();
    const [only] = await outbox.items();
    expect(only?.state).toBe('sent');
    expect(server.posts.get(item.clientId)).toBe(1);
  });

  it('keeps a refused visit as failed with the server’s message, to be fixed and sent again or discarded', async () => {
    const message = { zh: '走访时间不能晚于现在', en: 'The visit cannot be in the future' };
    outbox.stop();
    outbox = new Outbox(
      envOf({
        send: async () => answerOf(422, { error: { code: 'VISIT_IN_FUTURE', message, requestId: 'r' } }),
      }),
    );
    await outbox.start();
    await outbox.add(visit(1));
    await outbox.add(visit(2));
    await outbox.sync();
    const [first, second] = await outbox.items();
    expect(first).toMatchObject({ state: 'failed', error: { code: 'VISIT_IN_FUTURE', message } });

    await outbox.discard(second!.clientId);
    outbox.stop();
    outbox = new Outbox(envOf());
    await outbox.start();
    await outbox.retry(
      first!.clientId,
      (item) => ({ ...item, body: { ...item.body, at: '2026-06-30T07:00:00+08:00' } }) as OutboxItem,
    );
    await outbox.sync();
    expect(await outbox.items()).toMatchObject([
      { state: 'sent', body: { at: '2026-06-30T07:00:00+08:00' } },
    ]);
  });

  it('sends again what a closed page left on its way, and only its own user’s items', async () => {
    await outboxStore.put({
      ...visit(1),
      owner: 7,
      state: 'sending',
      createdAt: '2026-06-30T00:00:00Z',
      attempts: 1,
      error: null,
      sentAt: null,
    });
    await outboxStore.put({
      ...visit(2),
      owner: 8,
      state: 'pending',
      createdAt: '2026-06-30T00:00:00Z',
      attempts: 0,
      error: null,
      sentAt: null,
    });
    outbox.stop();
    outbox = new Outbox(envOf());
    await outbox.start();
    await outbox.sync();
    expect(await outbox.items()).toMatchObject([{ state: 'sent' }]);
    expect([...server.posts.keys()]).toEqual([visit(1).clientId]);
    expect((await outboxStore.get(visit(2).clientId))?.state).toBe('pending');
  });
});

describe('the requests and answers', () => {
  it('encodes a visit’s photos as base64 and leaves a check-in as it is', async () => {
    const { url, body } = await requestOf({
      ...visit(65),
      owner: 7,
      state: 'pending',
      createdAt: '',
      attempts: 0,
      error: null,
      sentAt: null,
    });
    expect(url).toBe('/api/v1/visits');
    expect(body).toMatchObject({
      householdId: 65,
      photos: [{ data: btoa(String.fromCharCode(0xff, 0xd8, 65)) }],
    });
  });

  it('waits on no answer, a server error or an expired session; a refusal is the user’s', () => {
    expect(answerOf(201, {})).toEqual({ kind: 'sent' });
    expect(answerOf(200, {})).toEqual({ kind: 'sent' });
    for (const status of [401, 429, 500, 503]) expect(answerOf(status, null)).toEqual({ kind: 'later' });
    expect(answerOf(404, null)).toMatchObject({ kind: 'refused', code: 'HTTP_404' });
  });
});
