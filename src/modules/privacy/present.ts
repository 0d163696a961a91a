import { ageOn } from '../assessment/derive.ts';
import { maskValue, personalKindOf } from '../registry/present.ts';

/**
 * The one presenter of personal data. Every read of the registry — household page, list, history, audit,
 * exports — passes its records through here, so what a role sees is decided once:
 *
 * - A role with personal data (county administrator, village cadre) sees the values, the birth date and age.
 * - Any other role sees ID numbers, phones, bank accounts and certificate numbers masked (an ID shows at most
 *   its first 6 and last 4 characters) and a member's age, never the birth date: the birth date is characters
 *   7–14 of the ID number, so the two together would rebuild it whole.
 *
 * Snapshots (history, audit) drop the birth date for those roles without an age: an age is "at today", and a
 * snapshot is of its own day. Free text (error messages) never echoes a personal value to anyone (scrubText).
 */
export interface Viewer {
  /** May this reader see the record's personal data (canSeePersonalData on its region)? */
  personal: boolean;
  /** The server's today (YYYY-MM-DD), from app.clock: ages are counted on it. */
  today: string;
}

type Rec = Record<string, unknown>;

/**
 * Masks a personal value; a value already masked at rest (history, audit: privacy/seal.ts) is shown as it
 * was masked — the same way everywhere — not masked a second time.
 */
function maskOnce(kind: Parameters<typeof maskValue>[0], value: string): string {
  return value === '' || value.includes('*') ? value : maskValue(kind, value);
}

/** A copy of `record` with its personal fields masked and its birth date removed. */
function masked<T extends Rec>(record: T): Omit<T, 'birthDate'> {
  const out: Rec = {};
  for (const [key, value] of Object.entries(record)) {
    if (key === 'birthDate') continue;
    const kind = personalKindOf(key);
    out[key] = kind && typeof value === 'string' ? maskOnce(kind, value) : value;
  }
  return out as Omit<T, 'birthDate'>;
}

export type PresentedMember<M> = Omit<M, 'birthDate'> & { birthDate?: string; age: number };

/** A member as the viewer may see them: with the age (on the viewer's today), and the birth date only if personal. */
export function presentMember<M extends Rec & { birthDate: string }>(
  member: M,
  viewer: Viewer,
): PresentedMember<M> {
  // A birth date after today (written before dates were checked, or a demo of the current year) is shown as
  // age 0, not as a negative age the response would refuse with a 500.
  const age = Math.max(0, ageOn(member.birthDate, viewer.today));
  return viewer.personal ? { ...member, age } : { ...masked(member), age };
}

/** A household's own fields (phone, bank account) as the viewer may see them. */
export function presentHousehold<H extends Rec>(household: H, viewer: Pick<Viewer, 'personal'>): H {
  return viewer.personal ? household : (masked(household) as H);
}

/** A row of an export (keys of the import columns, which hold no birth date) as the viewer may see it. */
export function presentRow<R extends Rec>(row: R, viewer: Pick<Viewer, 'personal'>): R {
  return viewer.personal ? row : (masked(row) as R);
}

/**
 * An ID number in a list. A list needs no full ID number for any role: a screen of fifty households never
 * exposes fifty identities, whoever reads it (the household page shows the number to roles that need it).
 */
export function presentListIdNumber(idNumber: string | null): string | null {
  return idNumber && maskValue('id', idNumber);
}

/**
 * A before/after snapshot (audit) or a JSON history value, at any depth, as the viewer may see it: personal
 * fields masked and birth dates left out for a role without personal data.
 */
export function presentSnapshot(value: unknown, viewer: Pick<Viewer, 'personal'>): unknown {
  if (viewer.personal) return value;
  if (Array.isArray(value)) return value.map((v) => presentSnapshot(v, viewer));
  if (value === null || typeof value !== 'object') return value;
  const out = masked(value as Rec) as Rec;
  for (const [key, v] of Object.entries(out)) out[key] = presentSnapshot(v, viewer);
  return out;
}

/**
 * A history value: a field's text, or a JSON snapshot for the field '*' (a new household with its members, a
 * new member, a year's facts).
 */
export function presentHistoryValue(
  field: string,
  value: string | null,
  viewer: Pick<Viewer, 'personal'>,
): string | null {
  if (value === null || viewer.personal) return value;
  if (field === 'birthDate') return null;
  const kind = personalKindOf(field);
  if (kind) return maskOnce(kind, value);
  if (field !== '*') return value;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return value;
  }
  return JSON.stringify(presentSnapshot(parsed, viewer));
}

/** ID numbers (and certificate numbers) standing alone, not inside a longer run of digits. */
const ID_IN_TEXT = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;
/** Bank accounts and other long numbers: 13 digits or more (a 12-digit region code stays readable). */
const LONG_NUMBER = /\d{13,}/g;
const MOBILE_IN_TEXT = /(?<!\d)1\d{10}(?!\d)/g;

/**
 * A household named by its number in a message the server writes ("此人已是户 3713240000001 的成员",
 * "member of household …", "户编号 … 已存在"): the number is the registry's key, not personal data, and the
 * clerk needs it to find the household. Only right after these words and only in the registry's format
 * (schemas.ts: 1–40 letters, digits or -). A number these words precede that has the shape of an ID number or
 * a mobile number is masked all the same: text that was typed can put anything after "household".
 */
const HOUSEHOLD_IN_TEXT =
  /((?:户(?:编号)?|household(?: number)?)(?:\s*[:：]\s*|\s+))([0-9A-Za-z-]{1,40})(?![0-9A-Za-z-])/gi;
const PERSONAL_SHAPE = /^(\d{17}[\dXx]|1\d{10})$/;

function scrubNumbers(text: string): string {
  return text
    .replace(ID_IN_TEXT, (id) => maskValue('id', id))
    .replace(LONG_NUMBER, (n) => maskValue('bank', n))
    .replace(MOBILE_IN_TEXT, (p) => maskValue('phone', p));
}

/**
 * Free text (an error message, an import error) with every ID number, mobile number and long account-like
 * number masked, household numbers named as such kept. Messages may quote what was typed — a value in the
 * wrong column — and must not hand a personal value back to anyone, masked role or not: the text goes to
 * logs, reports and screenshots.
 */
export function scrubText(text: string): string {
  let out = '';
  let from = 0;
  for (const found of text.matchAll(HOUSEHOLD_IN_TEXT)) {
    const [whole, words = '', householdNo = ''] = found;
    if (PERSONAL_SHAPE.test(householdNo)) continue;
    out += scrubNumbers(text.slice(from, found.index + words.length)) + householdNo;
    from = found.index + whole.length;
  }
  return out + scrubNumbers(text.slice(from));
}

/** scrubText on every string of a JSON-like value (error details, a job's result). */
export function scrubDeep<T>(value: T): T {
  if (typeof value === 'string') return scrubText(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => scrubDeep(v)) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubDeep(v)])) as T;
}

/**
 * A contact left with a complaint (free text: a phone, an address, a name): whole for a role with personal
 * data, else only its first and last two characters — in a staff answer and in the audit.
 */
export function maskContact(contact: string): string {
  const chars = [...contact];
  if (chars.length <= 4) return '*'.repeat(chars.length);
  return `${chars[0]}${'*'.repeat(chars.length - 3)}${chars.slice(-2).join('')}`;
}

export function presentContact(contact: string | null, viewer: Pick<Viewer, 'personal'>): string | null {
  return contact === null || viewer.personal ? contact : maskContact(contact);
}
