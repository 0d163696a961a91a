/**
 * Where a bench's database time goes, statement by statement: wraps a Db so that every query (inside
 * transactions too) adds its wall time to the statement's shape (its text with whitespace folded, first
 * 90 characters). For the cases benches' `--profile`; the wrapper costs a timer per statement.
 */
import type { Db, Queryable } from '../src/db/types.ts';

export interface StatementTime {
  sql: string;
  calls: number;
  ms: number;
}

export function timedDb(db: Db): { db: Db; times: () => StatementTime[]; reset: () => void } {
  const byShape = new Map<string, StatementTime>();
  const wrap = <Q extends Queryable>(q: Q): Q =>
    new Proxy(q, {
      get(target, name, receiver) {
        if (name === 'query')
          return async (sql: string, params?: readonly unknown[], options?: object) => {
            const start = performance.now();
            try {
              return await target.query(sql, params, options);
            } finally {
              const shape = sql.replace(/\s+/g, ' ').trim().slice(0, 90);
              const t = byShape.get(shape) ?? { sql: shape, calls: 0, ms: 0 };
              t.calls += 1;
              t.ms += performance.now() - start;
              byShape.set(shape, t);
            }
          };
        if (name === 'transaction')
          return <T>(fn: (tx: Queryable) => Promise<T>) =>
            (target as unknown as Db).transaction((tx) => fn(wrap(tx)));
        const value: unknown = Reflect.get(target, name, receiver);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  return {
    db: wrap(db),
    times: () => [...byShape.values()].sort((a, b) => b.ms - a.ms),
    reset: () => byShape.clear(),
  };
}
