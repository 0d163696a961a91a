import { codeEntries } from '../../src/modules/registry/codes.ts';
import { checkCharacter } from '../../src/modules/registry/id-number.ts';

/**
 * What personal data looks like on a page, to fail a test on any: an 18-character ID number with a valid
 * check character, a mainland mobile number, a bank-card number (16–19 digits passing Luhn), or a health
 * detail of the registry (its health labels other than 健康 itself, which ordinary text uses).
 */
export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

const HEALTH_LABELS = codeEntries('health')
  .filter((e) => e.code !== '1')
  .map((e) => e.zh);

/** A form's human-check token is opaque random text, not words of the page: left out of the scan. */
const strip = (html: string) => html.replace(/name="humanToken" value="[^"]*"/g, '');

export function personalData(html: string): string[] {
  const text = strip(html);
  const found: string[] = [];
  for (const [id] of text.matchAll(/(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/g))
    if (checkCharacter(id.slice(0, 17)) === id[17]!.toUpperCase()) found.push(`ID ${id}`);
  for (const [phone] of text.matchAll(/(?<!\d)1[3-9]\d{9}(?!\d)/g)) found.push(`mobile ${phone}`);
  for (const [card] of text.matchAll(/(?<!\d)\d{16,19}(?!\d)/g)) if (luhn(card)) found.push(`card ${card}`);
  for (const label of HEALTH_LABELS) if (text.includes(label)) found.push(`health ${label}`);
  return found;
}
