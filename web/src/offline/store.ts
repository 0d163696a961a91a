import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { OutboxItem } from './types.ts';

/**
 * The phone's own database: the outbox of visits and check-ins not yet answered, and snapshots of the last
 * answers the field pages read (my households, a household), so a page opened without network still shows
 * what it showed last.
 */
interface FieldDb extends DBSchema {
  outbox: { key: string; value: OutboxItem; indexes: { owner: number } };
  snapshots: { key: string; value: { key: string; savedAt: string; data: unknown } };
}

export const DB_NAME = 'zhenfu-field';

let opened: Promise<IDBPDatabase<FieldDb>> | undefined;

export function fieldDb(): Promise<IDBPDatabase<FieldDb>> {
  opened ??= openDB<FieldDb>(DB_NAME, 1, {
    upgrade(db) {
      db.createObjectStore('outbox', { keyPath: 'clientId' }).createIndex('owner', 'owner');
      db.createObjectStore('snapshots', { keyPath: 'key' });
    },
  });
  return opened;
}

/** Forgets the open connection (tests start each case on a fresh database). */
export async function closeFieldDb(): Promise<void> {
  const db = await opened;
  db?.close();
  opened = undefined;
}

export const outboxStore = {
  async all(owner: number): Promise<OutboxItem[]> {
    const items = await (await fieldDb()).getAllFromIndex('outbox', 'owner', owner);
    return items.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  },
  async get(clientId: string): Promise<OutboxItem | undefined> {
    return (await fieldDb()).get('outbox', clientId);
  },
  async put(item: OutboxItem): Promise<void> {
    await (await fieldDb()).put('outbox', item);
  },
  async remove(clientId: string): Promise<void> {
    await (await fieldDb()).delete('outbox', clientId);
  },
};

export type OutboxStore = typeof outboxStore;

export async function saveSnapshot(key: string, data: unknown, now: Date): Promise<void> {
  await (await fieldDb()).put('snapshots', { key, data, savedAt: now.toISOString() });
}

export async function readSnapshot<T>(key: string): Promise<{ data: T; savedAt: string } | undefined> {
  const row = await (await fieldDb()).get('snapshots', key);
  return row ? { data: row.data as T, savedAt: row.savedAt } : undefined;
}
