import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useSession } from '../auth/session.tsx';
import { Outbox } from './outbox.ts';
import { sendItem } from './send.ts';
import { outboxStore } from './store.ts';
import type { OutboxItem } from './types.ts';

/** One outbox per user on this phone, started on first use and kept for the page's life. */
const boxes = new Map<number, Outbox>();

function outboxOf(owner: number): Outbox {
  let box = boxes.get(owner);
  if (!box) {
    box = new Outbox({
      store: outboxStore,
      owner,
      send: sendItem,
      online: () => navigator.onLine,
      events: window,
      now: () => new Date(),
    });
    boxes.set(owner, box);
    void box.start();
  }
  return box;
}

function subscribeOnline(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

export function useOnline(): boolean {
  return useSyncExternalStore(subscribeOnline, () => navigator.onLine);
}

/**
 * The logged-in user's outbox and its items, kept fresh: when an item is sent, the field pages' reads (my
 * households, the visits, today's check-ins) are asked again.
 */
export function useOutbox(): { outbox: Outbox | undefined; items: OutboxItem[] } {
  const user = useSession().data;
  const client = useQueryClient();
  const outbox = user ? outboxOf(user.id) : undefined;
  const [items, setItems] = useState<OutboxItem[]>([]);
  useEffect(() => {
    if (!outbox) return undefined;
    let sent = -1;
    let alive = true;
    const load = () =>
      void outbox.items().then((all) => {
        if (!alive) return;
        setItems(all);
        const now = all.filter((i) => i.state === 'sent').length;
        if (sent >= 0 && now !== sent) void client.invalidateQueries({ queryKey: ['field'] });
        sent = now;
      });
    load();
    const unsubscribe = outbox.subscribe(load);
    return () => {
      alive = false;
      unsubscribe();
    };
  }, [outbox, client]);
  return { outbox, items };
}

/** Items not yet answered: pending, on their way, or refused and waiting for the user. */
export function unsent(items: OutboxItem[]): OutboxItem[] {
  return items.filter((item) => item.state !== 'sent');
}
