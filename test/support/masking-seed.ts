import { randomBytes } from 'node:crypto';
import { stringify } from 'csv-stringify/sync';
import type { App } from '../../src/app/context.ts';
import { makeIdNumber } from '../../src/modules/registry/id-number.ts';
import type { LoggedIn } from './auth.ts';
import { uniqueHouseholdNo } from './factories.ts';
import { seedHousehold as seedRecorded } from './seed.ts';
import type { Secret } from './reveal.ts';

/**
 * The household test/masking.test.ts reads as every masked role: known ID numbers, phones and a bank account,
 * a history (a changed phone, a corrected ID number, a member who moved out), an assessment with evidence.
 * Every value it ever had is a secret: an old phone in the history must stay masked as much as the new one.
 */
export const SEED = {
  village: '371324106202',
  year: 2025,
  head: makeIdNumber('371324', '1971-03-15', 100, '1'),
  spouse: makeIdNumber('371324', '1973-11-02', 120, '2'),
  spouseCorrected: makeIdNumber('371324', '1973-11-20', 120, '2'),
  child: makeIdNumber('371324', '2012-07-09', 140, '1'),
  lodger: makeIdNumber('371324', '1988-05-27', 160, '1'),
  phone: '13955501234',
  phoneChanged: '13955509876',
  memberPhone: '13766604321',
  bank: '6222021234567890123',
  cadrePhone: '13688807654',
} as const;

export function seedSecrets(): Secret[] {
  const ids = ['head', 'spouse', 'spouseCorrected', 'child', 'lodger'] as const;
  return [
    ...ids.map((label): Secret => ({ kind: 'id', value: SEED[label], label })),
    { kind: 'phone', value: SEED.phone, label: 'household phone' },
    { kind: 'phone', value: SEED.phoneChanged, label: 'household phone (changed)' },
    { kind: 'phone', value: SEED.memberPhone, label: 'member phone' },
    { kind: 'bank', value: SEED.bank, label: 'bank account' },
    { kind: 'phone', value: SEED.cadrePhone, label: 'cadre phone' },
  ];
}

const PDF = Buffer.from('%PDF-1.4\n% 入户核实表\n');

function multipart(fields: Record<string, string>, file: { name: string; content: Buffer }) {
  const boundary = `----zhenfu${randomBytes(8).toString('hex')}`;
  const parts: Buffer[] = Object.entries(fields).map(([k, v]) =>
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`),
  );
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    file.content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

async function call(app: App, who: LoggedIn, method: 'POST' | 'PATCH', url: string, payload: unknown) {
  const res = await app.inject({ method, url, headers: { cookie: who.cookie }, payload: payload as object });
  if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
  return res.body ? res.json<Record<string, unknown>>() : {};
}

const member = (name: string, idNumber: string, relation: string, more: Record<string, unknown> = {}) => ({
  name,
  idNumber,
  relation,
  education: '3',
  health: '1',
  labour: '1',
  medicalInsurance: true,
  ...more,
});

/** Registers the household as a county administrator and gives it a history; returns its ids. */
export async function seedHousehold(app: App, admin: LoggedIn) {
  // A poor household identified before the system: seeded, the API registers ordinary ones only.
  const { id } = await seedRecorded(app, admin, {
    householdNo: uniqueHouseholdNo(),
    regionCode: SEED.village,
    year: SEED.year,
    phone: SEED.phone,
    bankAccount: SEED.bank,
    housingRating: 'A',
    safeWater: true,
    facts: { status: '01', householdType: '01', mainCause: '01', wageIncome: 3000, transferIncome: 800 },
    members: [
      member('王守田', SEED.head, '01', { phone: SEED.memberPhone }),
      member('刘桂兰', SEED.spouse, '02'),
      // A disability certificate number is the holder's ID number and two digits (category, grade).
      member('王小宝', SEED.child, '03', {
        health: '4',
        studentStatus: '3',
        disabilityCert: `${SEED.child}41`,
      }),
      member('赵借住', SEED.lodger, '99'),
    ],
  });
  const household = async () =>
    (
      await app.inject({ method: 'GET', url: `/api/v1/households/${id}`, headers: { cookie: admin.cookie } })
    ).json<{
      version: number;
      members: { id: number; idNumber: string; version: number }[];
    }>();
  const h = await household();
  await call(app, admin, 'PATCH', `/api/v1/households/${id}`, {
    version: h.version,
    phone: SEED.phoneChanged,
  });
  const spouse = h.members.find((m) => m.idNumber === SEED.spouse)!;
  await call(app, admin, 'PATCH', `/api/v1/members/${spouse.id}`, {
    version: spouse.version,
    idNumber: SEED.spouseCorrected,
  });
  const lodger = h.members.find((m) => m.idNumber === SEED.lodger)!;
  await call(app, admin, 'POST', `/api/v1/members/${lodger.id}/events`, {
    version: lodger.version,
    event: 'moved_out',
    eventDate: '2026-01-10',
  });
  const { payload, contentType } = multipart(
    { year: String(SEED.year), guarantee: 'clothing', secure: 'true', reason: '衣被齐全' },
    { name: '入户核实表.pdf', content: PDF },
  );
  const assessed = await app.inject({
    method: 'POST',
    url: `/api/v1/households/${id}/assessments`,
    headers: { cookie: admin.cookie, 'content-type': contentType },
    payload,
  });
  if (assessed.statusCode !== 201) throw new Error(`assessment: ${assessed.body}`);
  return { householdId: id, evidenceId: assessed.json<{ evidence: { id: number } }>().evidence.id };
}

/**
 * An import file with one good household and bad rows that name the seeded people: a head already registered
 * in the seeded household, and values put in the wrong column (an ID number as the relation, a phone as the
 * household type), which an error message must not echo.
 */
export function badImportFile(prefix: string): string {
  const header = [
    '户编号',
    '行政区划代码',
    '姓名',
    '证件号码',
    '与户主关系',
    '性别',
    '户类型',
    '户状态',
    '主要致贫原因',
  ];
  const row = (no: string, name: string, id: string, relation: string, type = '一般贫困户') => [
    `${prefix}${no}`,
    SEED.village,
    name,
    id,
    relation,
    '',
    type,
    '未脱贫',
    '因病',
  ];
  const fresh = (n: number) => makeIdNumber('371324', `1980-01-${String(n).padStart(2, '0')}`, 200, '1');
  return stringify([
    header,
    row('A', '新户主', fresh((prefix.charCodeAt(0) % 28) + 1), '户主'),
    row('B', '王守田', SEED.head, '户主'),
    row('C', '错列', fresh(((prefix.charCodeAt(0) + 1) % 28) + 1), SEED.spouseCorrected, SEED.phoneChanged),
  ]);
}
