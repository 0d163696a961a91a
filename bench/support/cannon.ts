/**
 * Drives an HTTP server with autocannon in a child process, so the load generator does not share the event
 * loop of the servers under test (it still shares the machine's cores: say so next to the figures).
 */
import { fileURLToPath } from 'node:url';
import { inChild } from './child.ts';

export interface CannonOptions {
  /** Base URL, e.g. http://127.0.0.1:3000 */
  url: string;
  /** Path before the id: `/api/v1/households/` → `/api/v1/households/1234`. */
  pathPrefix: string;
  /** Ids are drawn uniformly from this inclusive range, one per request. */
  ids: readonly [number, number];
  connections: number;
  /** Seconds. */
  duration: number;
  headers?: Record<string, string>;
}

export interface CannonResult {
  requestsPerSecond: number;
  requests: number;
  p50Ms: number;
  p99Ms: number;
  averageMs: number;
  maxMs: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

/** The parts of autocannon's API and result the worker uses (the package ships no types). */
export interface AutocannonRequest {
  method?: string;
  path?: string;
  setupRequest?: (request: AutocannonRequest) => AutocannonRequest;
}

export interface AutocannonOptions {
  url: string;
  connections: number;
  duration: number;
  headers?: Record<string, string>;
  requests: AutocannonRequest[];
}

export interface AutocannonResult {
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number; max: number };
}

export type Autocannon = (
  options: AutocannonOptions,
  done: (error: Error | null, result: AutocannonResult) => void,
) => unknown;

const worker = fileURLToPath(new URL('./cannon-worker.ts', import.meta.url));

/** Runs one autocannon load in a child process and returns its figures. */
export const drive = (options: CannonOptions): Promise<CannonResult> => inChild(worker, options);
