import { describe, expect, it } from 'vitest';
import { assessmentBody, formFieldOf } from './assessment-model.ts';

describe('the manual assessment body', () => {
  it('is JSON without a file, leaving out empty evidence so the server can ask for it', () => {
    expect(
      assessmentBody(
        2020,
        { guarantee: 'housing', secure: false, reason: ' 房屋漏雨 ', visitReference: '  ' },
        undefined,
      ),
    ).toEqual({ year: 2020, guarantee: 'housing', secure: false, reason: '房屋漏雨' });
    expect(
      assessmentBody(
        2020,
        {
          guarantee: 'water',
          secure: true,
          reason: '已通自来水',
          visitReference: 'ZF-1',
          visitDate: '2020-05-01',
        },
        undefined,
      ),
    ).toEqual({
      year: 2020,
      guarantee: 'water',
      secure: true,
      reason: '已通自来水',
      visitReference: 'ZF-1',
      visitDate: '2020-05-01',
    });
  });

  it('is multipart with the fields as text and the file in the part "file"', () => {
    const file = new File([new Uint8Array([37, 80, 68, 70])], '证明.pdf', { type: 'application/pdf' });
    const body = assessmentBody(2020, { guarantee: 'food', secure: true, reason: '有余粮' }, file);
    expect(body).toBeInstanceOf(FormData);
    const form = body as FormData;
    expect(form.get('year')).toBe('2020');
    expect(form.get('secure')).toBe('true');
    expect(form.get('guarantee')).toBe('food');
    expect((form.get('file') as File).name).toBe('证明.pdf');
  });

  it('shows a missing evidence under the file', () => {
    expect(formFieldOf('evidence')).toBe('file');
    expect(formFieldOf('visitDate')).toBe('visitDate');
  });
});
