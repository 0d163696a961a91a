/**
 * Chinese resident ID numbers (公民身份号码, GB 11643-1999) and the masking of personal data.
 *
 * An ID number has 18 characters: a 6-digit address code (GB/T 2260), an 8-digit birth date (YYYYMMDD),
 * a 3-digit order code whose last digit is odd for men and even for women, and a check character computed
 * with ISO 7064 MOD 11-2 ('0'-'9' or 'X' for ten). Everything here is pure: the caller passes "today".
 */
import { isCalendarDate } from './dates.ts';

export type IdNumberError =
  'ID_LENGTH' | 'ID_CHARACTERS' | 'ID_CHECKSUM' | 'ID_BIRTH_DATE' | 'ID_FUTURE_BIRTH' | 'ID_PROVINCE';

export interface LocalizedMessage {
  zh: string;
  en: string;
}

export interface ParsedIdNumber {
  ok: true;
  /** Trimmed, with a lowercase 'x' turned into 'X'. */
  idNumber: string;
  /** YYYY-MM-DD */
  birthDate: string;
  /** '1' male (odd 17th digit), '2' female (even); the same codes as the `sex` code list. */
  sex: '1' | '2';
  provinceCode: string;
}

export interface InvalidIdNumber {
  ok: false;
  error: IdNumberError;
  message: LocalizedMessage;
}

export type IdNumberResult = ParsedIdNumber | InvalidIdNumber;

export const ID_NUMBER_ERROR_MESSAGES: Readonly<Record<IdNumberError, LocalizedMessage>> = Object.freeze({
  ID_LENGTH: { zh: '证件号码必须为18位', en: 'ID number must be 18 characters long' },
  ID_CHARACTERS: {
    zh: '证件号码前17位必须是数字，最后一位必须是数字或X',
    en: 'ID number must be 17 digits followed by a digit or X',
  },
  ID_PROVINCE: {
    zh: '证件号码前两位不是有效的省级行政区划代码',
    en: 'ID number does not start with a valid province code',
  },
  ID_BIRTH_DATE: {
    zh: '证件号码中的出生日期不是有效日期（不得早于1900年1月1日）',
    en: 'Birth date in the ID number is not a valid date on or after 1900-01-01',
  },
  ID_FUTURE_BIRTH: {
    zh: '证件号码中的出生日期晚于当前日期',
    en: 'Birth date in the ID number is in the future',
  },
  ID_CHECKSUM: { zh: '证件号码校验位错误', en: 'ID number check character is wrong' },
});

/** Province-level codes of GB/T 2260 (the first two digits of every address code). */
export const PROVINCE_PREFIXES: ReadonlySet<string> = new Set([
  '11', '12', '13', '14', '15', // 北京 天津 河北 山西 内蒙古
  '21', '22', '23', // 辽宁 吉林 黑龙江
  '31', '32', '33', '34', '35', '36', '37', // 上海 江苏 浙江 安徽 福建 江西 山东
  '41', '42', '43', '44', '45', '46', // 河南 湖北 湖南 广东 广西 海南
  '50', '51', '52', '53', '54', // 重庆 四川 贵州 云南 西藏
  '61', '62', '63', '64', '65', // 陕西 甘肃 青海 宁夏 新疆
  '71', // 台湾
  '81', '82', // 香港 澳门
]); // prettier-ignore

/** Weight of position i is 2^(17 - i) mod 11 (ISO 7064 MOD 11-2). */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
/** Check character indexed by (weighted sum mod 11). */
const CHECK_CHARACTERS = '10X98765432';
const EARLIEST_BIRTH_DATE = '1900-01-01';

const SEVENTEEN_DIGITS = /^\d{17}$/;
const ID_SHAPE = /^\d{17}[\dX]$/;

/** The MOD 11-2 check character of the first 17 digits of an ID number. */
export function checkCharacter(first17: string): string {
  if (!SEVENTEEN_DIGITS.test(first17)) {
    throw new RangeError(`校验位计算需要17位数字 / check character needs exactly 17 digits: "${first17}"`);
  }
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARACTERS.charAt(sum % 11);
}

/**
 * Validates an ID number as typed by a person or found in an import file.
 * Checks run from the coarsest to the finest so the error names the first thing a person must fix.
 * `today` (YYYY-MM-DD) comes from the caller, not the user: a malformed one throws a RangeError.
 */
export function parseIdNumber(input: string, today: string): IdNumberResult {
  requireIsoDate(today, 'today');
  const idNumber = input.trim().replace(/x$/, 'X');
  if (idNumber.length !== 18) return invalid('ID_LENGTH');
  if (!ID_SHAPE.test(idNumber)) return invalid('ID_CHARACTERS');

  const provinceCode = idNumber.slice(0, 2);
  if (!PROVINCE_PREFIXES.has(provinceCode)) return invalid('ID_PROVINCE');

  const birthDate = `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
  if (!isCalendarDate(birthDate) || birthDate < EARLIEST_BIRTH_DATE) return invalid('ID_BIRTH_DATE');
  // ISO dates compare correctly as strings.
  if (birthDate > today) return invalid('ID_FUTURE_BIRTH');

  if (checkCharacter(idNumber.slice(0, 17)) !== idNumber.charAt(17)) return invalid('ID_CHECKSUM');

  const sex = Number(idNumber.charAt(16)) % 2 === 1 ? '1' : '2';
  return { ok: true, idNumber, birthDate, sex, provinceCode };
}

/**
 * Builds a valid ID number, for demo data and test factories.
 * The order code is `sequence` with its last digit's parity forced to match `sex` (odd male, even female),
 * so sequences 2k and 2k + 1 give the same ID for a given sex: 500 distinct IDs per area, date and sex.
 */
export function makeIdNumber(area6: string, birthDate: string, sequence: number, sex: '1' | '2'): string {
  if (!/^\d{6}$/.test(area6) || !PROVINCE_PREFIXES.has(area6.slice(0, 2))) {
    throw new RangeError(
      `区划代码必须是6位有效代码 / area code must be 6 digits of a known province: "${area6}"`,
    );
  }
  requireIsoDate(birthDate, 'birthDate');
  if (birthDate < EARLIEST_BIRTH_DATE) {
    throw new RangeError(
      `出生日期不得早于1900-01-01 / birth date must not be before 1900-01-01: ${birthDate}`,
    );
  }
  if (!Number.isInteger(sequence) || sequence < 0 || sequence > 999) {
    throw new RangeError(`顺序号必须是0到999的整数 / sequence must be an integer from 0 to 999: ${sequence}`);
  }
  if (sex !== '1' && sex !== '2') {
    throw new RangeError(`性别代码必须是1或2 / sex must be '1' or '2': ${String(sex)}`);
  }
  const order = sex === '1' ? sequence | 1 : sequence & ~1;
  const first17 = `${area6}${birthDate.replaceAll('-', '')}${String(order).padStart(3, '0')}`;
  return first17 + checkCharacter(first17);
}

/** Shows the area code and the last four characters: 371324********123X. Anything else is fully masked. */
export function maskIdNumber(id: string): string {
  const value = id.trim();
  if (value.length !== 18) return maskAll(value);
  return `${value.slice(0, 6)}********${value.slice(14).replace(/x$/, 'X')}`;
}

/**
 * A disability certificate number (残疾人证号) is the holder's ID number and two digits (category, grade): the
 * ID part is masked as an ID number, so the certificate shows no more of it than the ID column does.
 */
export function maskCertificate(cert: string): string {
  const value = cert.trim();
  if (/^\d{17}[\dXx]\d{0,2}$/.test(value)) return maskIdNumber(value.slice(0, 18)) + value.slice(18);
  return maskAllButLast4(value);
}

/** A mobile number keeps its first 3 and last 4 digits (138****5678); any other number its last 4. */
export function maskPhone(phone: string): string {
  const value = phone.trim();
  if (/^1\d{10}$/.test(value)) return `${value.slice(0, 3)}****${value.slice(7)}`;
  return maskAllButLast4(value);
}

/** A bank account keeps only its last 4 characters. */
export function maskBankAccount(acct: string): string {
  return maskAllButLast4(acct.trim());
}

/** Keeps the last 4 characters; a value of 4 or fewer would be revealed whole, so it is fully masked. */
function maskAllButLast4(value: string): string {
  if (value.length <= 4) return maskAll(value);
  return '*'.repeat(value.length - 4) + value.slice(-4);
}

function maskAll(value: string): string {
  return '*'.repeat(value.length);
}

function invalid(error: IdNumberError): InvalidIdNumber {
  return { ok: false, error, message: { ...ID_NUMBER_ERROR_MESSAGES[error] } };
}

function requireIsoDate(value: string, name: string): void {
  if (!isCalendarDate(value)) {
    throw new RangeError(
      `${name} 必须是 YYYY-MM-DD 格式的有效日期 / ${name} must be a valid YYYY-MM-DD date: ${value}`,
    );
  }
}
