/**
 * A CPU profile of this process while `fn` runs (V8's sampling profiler through node:inspector, as
 * `node --cpu-prof` takes it, but only around the measured load), and where its busy time went: by layer of
 * the server (see summarise), by package or source file, by function.
 * Sampling costs some throughput: profile an extra run, never a timed one.
 */
import { Session } from 'node:inspector/promises';
import type { Profiler, Runtime } from 'node:inspector';

export async function profiled<T>(fn: () => Promise<T>): Promise<[T, Profiler.Profile]> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 250 }); // µs
    await session.post('Profiler.start');
    const result = await fn();
    const { profile } = await session.post('Profiler.stop');
    return [result, profile];
  } finally {
    session.disconnect();
  }
}

/** Where a frame's code lives: an npm package, a file of src/ or bench/, Node's own JS, or V8 (GC, builtins). */
export function placeOf(frame: Runtime.CallFrame): string {
  const { url, functionName } = frame;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  const own = /\/((?:src|bench)\/.+)$/.exec(url);
  if (own) return own[1]!;
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/').slice(0, 2).join('/')}`;
  if (functionName === '(garbage collector)') return '(garbage collector)';
  if (functionName === '(program)') return '(program: V8 and native code)';
  return url === '' ? '(V8 builtins)' : url;
}

export interface ProfileSummary {
  /** Sampled time not idle, ms. */
  busyMs: number;
  /**
   * Self time by layer: each sample goes to the innermost frame of its stack that a probe matches (so the pg
   * client's socket writes count as pg, the presenter inside getHousehold as the presenter), else to "other".
   * The layers add up to busyMs.
   */
  layers: [string, number][];
  /** Self time by place, ms, largest first. */
  places: [string, number][];
  /** Self time by function (name and place), ms, largest first. */
  functions: [string, number][];
}

export type Probe = [label: string, match: (frame: Runtime.CallFrame) => boolean];

const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
const add = <K>(m: Map<K, number>, key: K, ms: number) => m.set(key, (m.get(key) ?? 0) + ms);

export function summarise(profile: Profiler.Profile, probes: readonly Probe[]): ProfileSummary {
  const self = new Map<number, number>();
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => add(self, id, (deltas[i] ?? 0) / 1000));
  const parent = new Map<number, Profiler.ProfileNode>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node);
  const layerOf = (node: Profiler.ProfileNode): string => {
    for (let n: Profiler.ProfileNode | undefined = node; n; n = parent.get(n.id)) {
      const probe = probes.find(([, match]) => match(n.callFrame));
      if (probe) return probe[0];
    }
    return 'other';
  };
  const layers = new Map<string, number>();
  const places = new Map<string, number>();
  const functions = new Map<string, number>();
  let busyMs = 0;
  for (const node of profile.nodes) {
    const ms = self.get(node.id) ?? 0;
    if (node.callFrame.functionName === '(idle)' || ms === 0) continue;
    busyMs += ms;
    const place = placeOf(node.callFrame);
    add(layers, layerOf(node), ms);
    add(places, place, ms);
    add(
      functions,
      `${node.callFrame.functionName || '(anonymous)'} ${place}:${node.callFrame.lineNumber + 1}`,
      ms,
    );
  }
  return { busyMs, layers: sorted(layers), places: sorted(places), functions: sorted(functions) };
}
