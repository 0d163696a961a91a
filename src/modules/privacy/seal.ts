import { createHash, createHmac } from 'node:crypto';
import { HOUSEHOLD_FIELDS, MEMBER_FIELDS, type PersonalKind } from '../registry/fields.ts';
import { maskBankAccount } from '../registry/id-number.ts';
import { maskValue } from '../registry/present.ts';

/**
 * Personal data at rest in the audit log and the change history: kept only as its masked text plus a keyed
 * hash (HMAC-SHA256 with the instance's secret, lowercase hex). The mask lets a reader see what changed
 * (371324********123X); the hash lets someone who already knows a value check whether it is the one recorded,
 * without the log itself ever holding it. Without the secret a hash cannot be tested against guesses, which a
 * plain SHA-256 of an 18-digit ID number (a few million plausible values per county and year) would allow.
 *
 * Where the hash is kept: text values (change_history.old_value/new_value) in the columns old_hash/new_hash;
 * JSON (audit before/after, history '*' snapshots) in a sibling key `<key>#hmac`. Readers strip both.
 */
export const HASH_SUFFIX = '#hmac';

/**
 * Besides the personal fields of fields.ts: the member's birth date, which with a masked ID number (6 + 4
 * characters) rebuilds it, kept as its year; and the disability certificate number (残疾证号), which is the
 * holder's ID number plus two digits, kept as its last four characters.
 */
export type SealKind = PersonalKind | 'birthDate' | 'cert';

/** Keys sealed at any depth of a snapshot. */
export const SEALED_KEYS: ReadonlyMap<string, SealKind> = new Map<string, SealKind>([
  ...[...HOUSEHOLD_FIELDS, ...MEMBER_FIELDS]
    .filter((s) => s.personal)
    .map((s): [string, SealKind] => [s.key, s.personal!]),
  ['birthDate', 'birthDate'],
  ['disabilityCert', 'cert'],
]);

let key: Buffer | undefined;

/**
 * Sets the secret every seal of this process uses (src/modules/privacy/secret.ts reads it from the
 * configuration). One process serves one database, so one key per process.
 */
export function configureSeal(secret: string): void {
  if (secret.length < 32) throw new Error('密钥至少32个字符 / the secret needs at least 32 characters');
  key = Buffer.from(secret, 'utf8');
}

function requireKey(): Buffer {
  if (!key) {
    throw new Error(
      '未配置密钥（ZHENFU_SECRET 或数据目录中的 secret 文件）/ no secret configured (ZHENFU_SECRET or the data directory)',
    );
  }
  return key;
}

/** HMAC-SHA256 of a value with the configured secret, lowercase hex. */
export function sealHash(value: string): string {
  return createHmac('sha256', requireKey()).update(value, 'utf8').digest('hex');
}

/**
 * The inner and outer pads of HMAC-SHA256 for the key (RFC 2104), in hex, for SQL that seals in bulk
 * (zf_hmac in migration 0012: sha256(opad ‖ sha256(ipad ‖ value))), where core PostgreSQL has sha256 but
 * no HMAC.
 */
export function sealPads(): { ipad: string; opad: string } {
  let k = requireKey();
  if (k.length > 64) k = createHash('sha256').update(k).digest();
  const block = Buffer.alloc(64);
  k.copy(block);
  return {
    ipad: Buffer.from(block.map((b) => b ^ 0x36)).toString('hex'),
    opad: Buffer.from(block.map((b) => b ^ 0x5c)).toString('hex'),
  };
}

/** The masked text of a value: the presenter's masks, and a birth date as its year (1990-**-**). */
export function maskSealed(kind: SealKind, value: string): string {
  switch (kind) {
    case 'birthDate':
      return /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value.slice(0, 4)}-**-**` : '*'.repeat(value.length);
    // At rest a certificate keeps its last 4 characters only, as the import's SQL mask (zf_mask) does.
    case 'cert':
      return maskBankAccount(value);
    case 'id':
    case 'phone':
    case 'bank':
      return maskValue(kind, value);
  }
}

export interface Sealed {
  masked: string;
  hash: string;
}

export function sealValue(kind: SealKind, value: string): Sealed {
  return { masked: maskSealed(kind, value), hash: sealHash(value) };
}

/**
 * A copy of a JSON value with every sealed key, at any depth, replaced by its masked text and a sibling
 * `<key>#hmac`. A value that already has its sibling is left as it is, so sealing twice changes nothing.
 */
export function sealSnapshot(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sealSnapshot);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(source)) {
    const kind = SEALED_KEYS.get(k);
    if (kind && typeof v === 'string' && v !== '' && !(`${k}${HASH_SUFFIX}` in source)) {
      const sealed = sealValue(kind, v);
      out[k] = sealed.masked;
      out[`${k}${HASH_SUFFIX}`] = sealed.hash;
    } else {
      out[k] = sealSnapshot(v);
    }
  }
  return out;
}

/** A copy without the `#hmac` keys, for readers: hashes never leave the server. */
export function stripSeals(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripSeals);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([k]) => !k.endsWith(HASH_SUFFIX))
      .map(([k, v]) => [k, stripSeals(v)]),
  );
}

/** stripSeals for JSON kept as text (history '*' rows); other text comes back unchanged. */
export function stripSealsText(text: string | null): string | null {
  if (text === null || !text.includes(HASH_SUFFIX)) return text;
  try {
    return JSON.stringify(stripSeals(JSON.parse(text)));
  } catch {
    return text;
  }
}

/** A value as typed to look it up (?match=): trimmed, an ID number's final x upper-cased. */
export function normaliseLookup(value: string): string {
  return value.trim().replace(/^(\d{17})x$/, '$1X');
}
