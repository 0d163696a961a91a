/**
 * Can one answer rebuild a secret? Every string of an answer that agrees with a secret on all its visible
 * (non-'*') characters is a masked rendering of it and reveals those positions; an ID number's birth date, in
 * any common format, reveals its characters 7–14. The union of what one answer reveals must never be the whole
 * value, and an ID number must never show more than its first 6 and last 4 characters.
 */
export type SecretKind = 'id' | 'phone' | 'bank';

export interface Secret {
  kind: SecretKind;
  value: string;
  /** Who or what the secret is, for the failure message. */
  label: string;
}

export interface Leak {
  secret: Secret;
  reason: 'full value' | 'every position' | 'ID beyond first 6 and last 4';
  /** 0-based positions the answer reveals. */
  positions: number[];
  /** The strings that revealed them. */
  evidence: string[];
}

/** The positions an ID number may show: its first 6 and last 4 characters. */
const ID_VISIBLE = new Set([0, 1, 2, 3, 4, 5, 14, 15, 16, 17]);
const TOKEN = /[0-9X*]+/gi;

/** Positions of `secret` that `token` shows, aligned at `offset` of the secret; undefined when it disagrees. */
function agreeing(secret: string, token: string, offset: number): number[] | undefined {
  const shown: number[] = [];
  for (let i = 0; i < token.length; i += 1) {
    const c = token[i]!.toUpperCase();
    if (c === '*') continue;
    const at = offset + i;
    if (at < 0 || at >= secret.length || secret[at] !== c) return undefined;
    shown.push(at);
  }
  return shown;
}

/** What a token with at least one '*' reveals: aligned with the secret's start or its end. */
function maskedPositions(secret: string, token: string): number[] {
  if (!token.includes('*') || !/[0-9X]/i.test(token)) return [];
  const found = new Set<number>();
  for (const offset of new Set([0, secret.length - token.length])) {
    for (const p of agreeing(secret, token, offset) ?? []) found.add(p);
  }
  return [...found];
}

/** The renderings of a birth date people and programs use (ISO, compact, slashes, dots, Chinese). */
export function birthDateRenderings(idNumber: string): string[] {
  const y = idNumber.slice(6, 10);
  const m = idNumber.slice(10, 12);
  const d = idNumber.slice(12, 14);
  const [mm, dd] = [String(Number(m)), String(Number(d))];
  return [
    `${y}-${m}-${d}`,
    `${y}${m}${d}`,
    `${y}/${m}/${d}`,
    `${y}/${mm}/${dd}`,
    `${y}.${m}.${d}`,
    `${y}年${mm}月${dd}日`,
    `${y}年${m}月${d}日`,
  ];
}

/** The leak of `secret` in the texts of one answer, or undefined when it cannot be rebuilt from them. */
export function findLeak(secret: Secret, texts: readonly string[]): Leak | undefined {
  const value = secret.value.toUpperCase();
  const full = texts.find((t) => t.toUpperCase().includes(value));
  const all = Array.from({ length: value.length }, (_, i) => i);
  if (full !== undefined) {
    const at = full.toUpperCase().indexOf(value);
    const excerpt = full.slice(Math.max(0, at - 30), at + value.length + 10);
    return { secret, reason: 'full value', positions: all, evidence: [excerpt] };
  }
  const revealed = new Set<number>();
  const evidence: string[] = [];
  for (const text of texts) {
    for (const token of text.match(TOKEN) ?? []) {
      const shown = maskedPositions(value, token);
      if (shown.length === 0) continue;
      shown.forEach((p) => revealed.add(p));
      evidence.push(token);
    }
    if (secret.kind !== 'id') continue;
    for (const date of birthDateRenderings(value)) {
      if (!text.includes(date)) continue;
      for (let p = 6; p < 14; p += 1) revealed.add(p);
      evidence.push(date);
    }
  }
  const positions = [...revealed].sort((a, b) => a - b);
  if (positions.length === value.length) return { secret, reason: 'every position', positions, evidence };
  if (secret.kind === 'id' && positions.some((p) => !ID_VISIBLE.has(p)))
    return { secret, reason: 'ID beyond first 6 and last 4', positions, evidence };
  return undefined;
}

/** Every leak of `secrets` in one answer. */
export function findLeaks(secrets: readonly Secret[], texts: readonly string[]): Leak[] {
  return secrets.flatMap((s) => findLeak(s, texts) ?? []);
}
