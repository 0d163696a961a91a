import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';

/**
 * A client of the real server over HTTP, logged in with a session cookie. A request to a server that was
 * killed fails with `ServerGone` (the answer never came: the write may or may not have committed).
 */
export class ServerGone extends Error {}

export interface Answer<T = unknown> {
  status: number;
  body: T;
}

export class ApiClient {
  private constructor(
    readonly url: string,
    private readonly cookie: string,
  ) {}

  static async login(url: string, username: string, password: string): Promise<ApiClient> {
    const answer = await send(`${url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    if (answer.status !== 200)
      throw new Error(`login of ${username}: ${answer.status} ${await answer.text()}`);
    const cookie = answer.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    return new ApiClient(url, cookie);
  }

  async json<T>(method: string, path: string, body?: unknown): Promise<Answer<T>> {
    const answer = await send(`${this.url}${path}`, {
      method,
      headers: { cookie: this.cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await answer.text().catch(() => {
      throw new ServerGone(`${method} ${path}: the answer was cut off`);
    });
    return { status: answer.status, body: (text ? JSON.parse(text) : null) as T };
  }

  /** Uploads a file to POST /api/v1/imports and returns the job id. */
  async upload(file: string, year: number): Promise<number> {
    const form = new FormData();
    form.append('file', new Blob([await readFile(file)]), basename(file));
    const answer = await send(`${this.url}/api/v1/imports?year=${year}`, {
      method: 'POST',
      headers: { cookie: this.cookie },
      body: form,
    });
    const body = (await answer.json()) as { jobId?: number };
    if (answer.status !== 202 || body.jobId === undefined)
      throw new Error(`upload: ${answer.status} ${JSON.stringify(body)}`);
    return body.jobId;
  }

  /** Polls a job until it is done (resolves with its result) or failed (throws). */
  async waitForJob(jobId: number, pollMs = 200): Promise<unknown> {
    for (;;) {
      const { status, body } = await this.json<{ status: string; result: unknown; error: unknown }>(
        'GET',
        `/api/v1/jobs/${jobId}`,
      );
      if (status !== 200) throw new Error(`job ${jobId}: ${status} ${JSON.stringify(body)}`);
      if (body.status === 'done') return body.result;
      if (body.status === 'failed') throw new Error(`job ${jobId} failed: ${JSON.stringify(body.error)}`);
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }
}

async function send(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    // fetch says "fetch failed"; the reason (ECONNREFUSED, a reset socket) is its cause.
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
    throw new ServerGone(`${init.method} ${url}: ${cause instanceof Error ? cause.message : 'no answer'}`);
  }
}
