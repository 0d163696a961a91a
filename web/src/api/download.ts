import { reportUnauthorized } from './client.ts';
import { ApiError } from './errors.ts';

/**
 * The file name a download's Content-Disposition gives: the UTF-8 `filename*` when present (the server sends
 * Chinese names that way), else the plain `filename`.
 */
export function fileNameOf(disposition: string | null): string | undefined {
  if (!disposition) return undefined;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded.trim());
    } catch {
      // A malformed name: fall back to the plain one.
    }
  }
  return /filename="([^"]*)"/i.exec(disposition)?.[1] ?? /filename=([^;]+)/i.exec(disposition)?.[1]?.trim();
}

async function errorOf(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => undefined);
  return ApiError.fromBody(response.status, body);
}

/**
 * Downloads a file of the API (an export, the import template, a bad-row report) the way the rest of the
 * console makes requests: a navigation to the link would save the server's error JSON as the file when the
 * session has expired, so the file is fetched first. A 401 sends the user to the login page and back, like
 * any other call; any other failure is thrown as an ApiError for the page to show; a good answer is handed
 * to the browser as a download under the server's file name.
 */
export interface Downloaded {
  /** The server masked the personal data in the file for the caller's role (header x-zhenfu-masked). */
  masked: boolean;
}

export async function downloadFile(href: string): Promise<Downloaded> {
  let response: Response;
  try {
    response = await fetch(href, { credentials: 'include' });
  } catch (cause) {
    throw ApiError.network(cause);
  }
  if (!response.ok) {
    const error = await errorOf(response);
    if (response.status === 401) reportUnauthorized();
    throw error;
  }
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download =
    fileNameOf(response.headers.get('content-disposition')) ??
    new URL(href, window.location.href).pathname.split('/').at(-1) ??
    '';
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled; the blob is freed a little later.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { masked: response.headers.get('x-zhenfu-masked') === 'true' };
}
