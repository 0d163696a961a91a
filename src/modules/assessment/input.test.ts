import { describe, expect, it } from 'vitest';
import { parseAssessmentInput, type EvidenceFile } from './input.ts';

const today = '2026-11-29';
const base = { year: 2020, guarantee: 'water', secure: true, reason: '已通自来水' };
const visit = { visitReference: 'ZF-2020-118', visitDate: '2020-06-01' };
const pdf: EvidenceFile = { fileName: 'a.pdf', bytes: Buffer.from('%PDF-1.4 test') };
const fields = (raw: Record<string, unknown>, file?: EvidenceFile) =>
  parseAssessmentInput(raw, file, today).issues.map((i) => i.field);

describe('parseAssessmentInput', () => {
  it('reads a JSON body with a visit as evidence', () => {
    expect(parseAssessmentInput({ ...base, ...visit }, undefined, today).input).toEqual({
      year: 2020,
      guarantee: 'water',
      secure: true,
      reason: '已通自来水',
      visit: { reference: 'ZF-2020-118', date: '2020-06-01' },
    });
  });

  it('reads multipart text fields with a file as evidence', () => {
    const { input } = parseAssessmentInput(
      { year: '2020', guarantee: 'food', secure: 'false', reason: ' 缺粮 ' },
      pdf,
      today,
    );
    expect(input).toMatchObject({
      year: 2020,
      guarantee: 'food',
      secure: false,
      reason: '缺粮',
      visit: null,
    });
  });

  it('needs evidence', () => {
    const { issues } = parseAssessmentInput(base, undefined, today);
    expect(issues.map((i) => i.code)).toEqual(['EVIDENCE_REQUIRED']);
    expect(issues[0]!.field).toBe('evidence');
    expect(issues[0]!.message.zh).toContain('证明材料');
  });

  it.each([
    [{ year: 2012 }, 'year'],
    [{ year: '20x0' }, 'year'],
    [{ guarantee: 'income' }, 'guarantee'],
    [{ secure: 'yes' }, 'secure'],
    [{ secure: undefined }, 'secure'],
    [{ reason: '  ' }, 'reason'],
    [{ visitDate: '2020-02-30' }, 'visitDate'],
    [{ visitDate: '2026-11-30' }, 'visitDate'],
    [{ visitDate: undefined }, 'visitDate'],
    [{ visitReference: undefined }, 'visitReference'],
    [{ visitReference: 'x'.repeat(201) }, 'visitReference'],
  ])('refuses %j naming %s', (change, field) => {
    expect(fields({ ...base, ...visit, ...change })).toEqual([field]);
  });

  it('refuses files that are empty or not documents and pictures', () => {
    expect(fields(base, { fileName: 'a.pdf', bytes: new Uint8Array() })).toEqual(['file']);
    expect(fields(base, { fileName: 'a.pdf', bytes: Buffer.from('<html>') })).toEqual(['file']);
  });
});
