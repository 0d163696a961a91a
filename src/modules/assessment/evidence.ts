import { createHash } from 'node:crypto';
import { LIMITS } from '../../app/limits.ts';
import { scrubText } from '../privacy/present.ts';

/**
 * Evidence files: photos and scans of a field visit, kept in the database. What a file is comes from its
 * first bytes, not from the name or the type the browser sent, so only documents and pictures are stored and
 * nothing that a browser would run when it is downloaded again.
 */
export const MAX_EVIDENCE_BYTES = LIMITS.evidenceFile;
export const ALLOWED_EVIDENCE = 'PDF, JPEG, PNG, WebP, HEIC';

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) =>
  prefix.every((b, i) => bytes[at + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
const HEIC_BRANDS = ['heic', 'heix', 'heim', 'heis', 'mif1'];

/** The content type of an evidence file from its signature, or undefined when it is not one we keep. */
export function sniffEvidenceType(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, ascii('%PDF-'))) return 'application/pdf';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(bytes, ascii('ftyp'), 4) && HEIC_BRANDS.some((b) => startsWith(bytes, ascii(b), 8)))
    return 'image/heic';
  return undefined;
}

/**
 * The last path segment of an uploaded name, without control characters, at most 200 characters — and with
 * any ID, phone or bank number in it masked (scans are often named after the person's ID number), since the
 * name is shown, downloaded and audited as it is kept.
 */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return scrubText(clean || 'evidence').slice(-200);
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
