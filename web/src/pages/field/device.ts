import type { Position } from '../../offline/contract.ts';

/**
 * What the phone gives the field pages: its position, its photos. Kept apart from the pages so the pages read
 * as forms.
 */

/** The phone's position now, asked fresh (a cached one from another village would be wrong). */
export function currentPosition(): Promise<Position> {
  return new Promise((resolve, reject) => {
    if (!('geolocation' in navigator)) {
      reject(new Error('geolocation unavailable'));
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (p) =>
        resolve({
          lat: p.coords.latitude,
          lng: p.coords.longitude,
          accuracy: Math.round(p.coords.accuracy),
        }),
      (error) => reject(new Error(error.message || `geolocation error ${error.code}`)),
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 0 },
    );
  });
}

/** Photos up to this size are sent as taken, with their EXIF (time, position) for the server to compare. */
export const PHOTO_LIMIT = 1.5 * 1024 * 1024;
const LONG_SIDE = 1920;

/**
 * A photo as it will be sent: the original when small enough (its EXIF intact), else a JPEG drawn again
 * on a canvas at most 1920 px on its long side — which drops the EXIF, so the form says so.
 */
export async function photoForSending(file: File): Promise<{ blob: Blob; resized: boolean }> {
  if (file.size <= PHOTO_LIMIT) return { blob: file, resized: false };
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, LONG_SIDE / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  for (const quality of [0.85, 0.7, 0.55]) {
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
    if (blob && (blob.size <= PHOTO_LIMIT || quality === 0.55)) return { blob, resized: true };
  }
  return { blob: file, resized: false };
}
