/**
 * CPU time spent during a measurement, by the bench's own Node process (the servers under test and their
 * database client) and by the PostgreSQL backends of its pool. Divided by the requests answered, it is a
 * cost per request that moves much less than requests/s when other work shares the cores: a request waiting
 * for a core costs wall time, not CPU time.
 */
import { readFileSync } from 'node:fs';
import type { Db } from '../../src/db/types.ts';

/** Linux clock ticks per second of /proc/<pid>/stat (`getconf CLK_TCK`, 100 on x86-64 and arm64). */
const TICKS_PER_SECOND = 100;

/** utime + stime of a process in ms, 0 once it has gone (or where there is no /proc). */
function processCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces: utime, stime are 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

export interface CpuSpent {
  /** ms of CPU of this process (user + system). */
  nodeMs: number;
  /** ms of CPU of the pool's PostgreSQL backends (0 on PGlite, which runs inside nodeMs). */
  postgresMs: number;
}

/**
 * Starts a meter; the returned function gives the CPU spent since. `applicationName` picks the backends
 * (support/db.ts names the pool's connections after the bench's schema); they are looked up at both ends, so
 * a connection the pool opens in between is missed (its first ticks) — the pool is warm before every run — and one gone in between is left out.
 */
export async function cpuMeter(db: Db, applicationName?: string): Promise<() => Promise<CpuSpent>> {
  const backends = async (): Promise<number[]> => {
    if (!applicationName) return [];
    const rows = await db.query<{ pid: number }>(
      'SELECT pid FROM pg_stat_activity WHERE application_name = $1',
      [applicationName],
    );
    return rows.map((r) => r.pid);
  };
  const startPids = await backends();
  const startBackends = new Map(startPids.map((pid) => [pid, processCpuMs(pid)]));
  const startNode = process.cpuUsage();
  return async () => {
    const node = process.cpuUsage(startNode);
    let postgresMs = 0;
    for (const pid of new Set([...startPids, ...(await backends())])) {
      const now = processCpuMs(pid);
      if (now > 0) postgresMs += now - (startBackends.get(pid) ?? 0); // a backend gone meanwhile: not counted
    }
    return { nodeMs: (node.user + node.system) / 1000, postgresMs };
  };
}
