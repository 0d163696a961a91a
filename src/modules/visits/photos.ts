import { createHash } from 'node:crypto';
import exifr from 'exifr';
import { imageSize } from 'image-size';
import { DomainError, fieldRules } from '../../app/errors.ts';
import { LIMITS } from '../../app/limits.ts';
import { distanceMetres } from './time.ts';

/** A photo whose EXIF is this far from the visit, in time or place, is flagged for whoever checks the visits. */
export const PHOTO_GAP_SECONDS = 2 * 3600;
export const PHOTO_GAP_METRES = 1000;

export interface CheckedImage {
  mime: 'image/jpeg' | 'image/png';
  bytes: Buffer;
  sha256: string;
}

export interface CheckedPhoto extends CheckedImage {
  takenAt: Date | null;
  lat: number | null;
  lng: number | null;
  timeGapSeconds: number | null;
  distanceM: number | null;
}

const PNG = Buffer.from('89504e470d0a1a0a', 'hex');
const JPEG = Buffer.from('ffd8ff', 'hex');

/**
 * The bytes of a base64 image, typed by their content (never by what the client says): a JPEG or PNG whose
 * header gives a size; anything else is 422, more than LIMITS.visitPhoto 413.
 */
export function decodeImage(
  field: string,
  data: string,
  allowed: readonly CheckedImage['mime'][],
): CheckedImage {
  const text = data.replace(/^data:image\/[a-z]+;base64,/, '');
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length > LIMITS.visitPhoto)
    throw new DomainError(
      'too_large',
      'PHOTO_TOO_LARGE',
      { zh: '照片不能超过 4 MB', en: 'A photo is at most 4 MB' },
      { field, maxBytes: LIMITS.visitPhoto },
    );
  const mime = bytes.subarray(0, 8).equals(PNG)
    ? 'image/png'
    : bytes.subarray(0, 3).equals(JPEG)
      ? 'image/jpeg'
      : null;
  if (mime === null || !allowed.includes(mime) || !hasSize(bytes)) throw notAnImage(field, allowed);
  return { mime, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

function hasSize(bytes: Buffer): boolean {
  try {
    const { width, height } = imageSize(bytes);
    return width > 0 && height > 0;
  } catch {
    return false;
  }
}

function notAnImage(field: string, allowed: readonly string[]): DomainError {
  const png = allowed.length === 1;
  return fieldRules('IMAGE_TYPE', [
    {
      field,
      code: 'IMAGE_TYPE',
      message: png
        ? { zh: '签名须为 PNG 图片', en: 'A signature must be a PNG image' }
        : { zh: '照片须为 JPEG 或 PNG 图片', en: 'A photo must be a JPEG or PNG image' },
    },
  ]);
}

/** EXIF's local time ('2026:06:30 09:30:00') at its offset, or China time when the camera gave none. */
function exifInstant(value: unknown, offset: unknown): Date | null {
  const match =
    typeof value === 'string' ? /^(\d{4}):(\d{2}):(\d{2}) (\d{2}):(\d{2}):(\d{2})/.exec(value) : null;
  if (!match) return null;
  const zone = typeof offset === 'string' && /^[+-]\d{2}:\d{2}$/.test(offset) ? offset : '+08:00';
  const when = new Date(`${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}${zone}`);
  return Number.isNaN(when.getTime()) ? null : when;
}

/** What a photo's EXIF says of time and place, compared with the visit's (NULL where it says nothing). */
export async function checkPhoto(
  image: CheckedImage,
  visit: { at: Date; lat: number; lng: number },
): Promise<CheckedPhoto> {
  let tags: Record<string, unknown> | undefined;
  try {
    tags = (await exifr.parse(image.bytes, { gps: true, reviveValues: false })) as
      Record<string, unknown> | undefined;
  } catch {
    tags = undefined; // A photo without readable EXIF is still a photo: it just says nothing.
  }
  const takenAt = exifInstant(tags?.DateTimeOriginal ?? tags?.CreateDate, tags?.OffsetTimeOriginal);
  const lat = typeof tags?.latitude === 'number' && Number.isFinite(tags.latitude) ? tags.latitude : null;
  const lng = typeof tags?.longitude === 'number' && Number.isFinite(tags.longitude) ? tags.longitude : null;
  return {
    ...image,
    takenAt,
    lat,
    lng,
    timeGapSeconds: takenAt ? Math.round(Math.abs(takenAt.getTime() - visit.at.getTime()) / 1000) : null,
    distanceM: lat !== null && lng !== null ? Math.round(distanceMetres({ lat, lng }, visit)) : null,
  };
}

export const flagged = (p: { timeGapSeconds: number | null; distanceM: number | null }): boolean =>
  (p.timeGapSeconds ?? 0) > PHOTO_GAP_SECONDS || (p.distanceM ?? 0) > PHOTO_GAP_METRES;
