import { reportUnauthorized } from '../api/client.ts';
import { ApiError } from '../api/errors.ts';
import type { Answer, OutboxItem } from './types.ts';

/** A photo as the API takes it: base64 of its bytes, in chunks (a spread of a whole photo overflows the stack). */
export async function base64Of(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let text = '';
  for (let at = 0; at < bytes.length; at += 0x8000) {
    text += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  }
  return btoa(text);
}

/** The request an item makes: the visit with its photos encoded, or the check-in as kept. */
export async function requestOf(item: OutboxItem): Promise<{ url: string; body: unknown }> {
  if (item.kind === 'checkin') return { url: '/api/v1/checkins', body: item.body };
  const photos = await Promise.all(item.photos.map(async (photo) => ({ data: await base64Of(photo) })));
  return { url: '/api/v1/visits', body: photos.length > 0 ? { ...item.body, photos } : item.body };
}

/**
 * What an answer means for the queue: 2xx (201 stored, or 200 stored before under the same clientId) is sent;
 * a refusal (4xx) waits for the user with the server's message; no answer, a server error, a timeout, too many
 * requests or an expired session (the login page opens, the item is sent after) mean later.
 */
export function answerOf(status: number, body: unknown): Answer {
  if (status >= 200 && status < 300) return { kind: 'sent' };
  if (status === 401 || status === 408 || status === 429 || status >= 500) return { kind: 'later' };
  const error = ApiError.fromBody(status, body);
  return { kind: 'refused', code: error.code, message: error.serverMessage };
}

export async function sendItem(item: OutboxItem): Promise<Answer> {
  const { url, body } = await requestOf(item);
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    return { kind: 'later' };
  }
  if (response.status === 401) reportUnauthorized();
  const parsed: unknown = await response.json().catch(() => null);
  return answerOf(response.status, parsed);
}
