import { describe, expect, it } from 'vitest';
import { imagesIn } from './articles/body.ts';
import { inspectImage } from './images.ts';
import { disclosureSchema, footerSchema, type Disclosure } from './schemas.ts';

const DISCLOSURE: Disclosure = {
  projectName: '光伏扶贫电站',
  village: '371324106201',
  villageName: '测试村',
  content: '建设 100 千瓦村级光伏电站',
  funds: [
    { source: 'provincial', amount: 200000 },
    { source: 'other', amount: 0.1 },
  ],
  total: 200000.1,
  periodFrom: '2026-03-01',
  periodTo: '2026-03-01',
  responsibleUnit: '车辋镇人民政府',
  beneficiaryHouseholds: 40,
  namesAllowed: false,
  expectedBenefit: '年收益用于村公益岗位',
  supervisionPhone: '0539-12317',
};

const issues = (value: unknown) =>
  disclosureSchema.safeParse(value).error?.issues.map((i) => i.path.join('.')) ?? [];

describe('disclosureSchema', () => {
  it('accepts a complete disclosure, a one-day period and cent amounts', () => {
    expect(issues(DISCLOSURE)).toEqual([]);
  });

  it('names what is wrong', () => {
    expect(issues({ ...DISCLOSURE, total: 200000 })).toEqual(['total']);
    expect(issues({ ...DISCLOSURE, periodTo: '2026-02-28' })).toEqual(['periodTo']);
    expect(issues({ ...DISCLOSURE, beneficiaryNames: ['张某'] })).toEqual(['beneficiaryNames']);
    expect(issues({ ...DISCLOSURE, funds: [...DISCLOSURE.funds, { source: 'other', amount: 0 }] })).toEqual([
      'funds',
    ]);
    expect(issues({ ...DISCLOSURE, funds: [{ source: 'province', amount: 1 }], total: 1 })).toEqual([
      'funds.0.source',
    ]);
    expect(issues({ ...DISCLOSURE, funds: [{ source: 'county', amount: 0.001 }], total: 0 })).toContain(
      'funds.0.amount',
    );
    expect(issues({ ...DISCLOSURE, extra: 1 })).toEqual(['']);
  });
});

describe('footerSchema', () => {
  it.each(['https://www.gov.cn/', '/s/371324/c/supervision/', '/'])('takes the link %s', (link) => {
    expect(footerSchema.safeParse({ errorReportUrl: link }).success).toBe(true);
  });

  it.each(['javascript:alert(1)', '//evil.example/', 'data:text/html,x', 'ftp://x', 'https://a b'])(
    'refuses the link %s',
    (link) => {
      expect(footerSchema.safeParse({ errorReportUrl: link }).success).toBe(false);
    },
  );
});

describe('imagesIn', () => {
  it('reads the images of a sanitised body with their alt text', () => {
    expect(
      imagesIn('<p>x</p><img src="/media/3" alt=" " /><img src="/media/12" alt="村道" width="9" />'),
    ).toEqual([
      { id: 3, alt: '' },
      { id: 12, alt: '村道' },
    ]);
  });
});

describe('inspectImage', () => {
  const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000002000000030806000000' + '0000000000', 'hex');

  it('reads the type from the bytes and the dimensions', () => {
    expect(inspectImage(png)).toEqual({ contentType: 'image/png', width: 2, height: 3 });
  });

  it('refuses anything else', () => {
    expect(() => inspectImage(Buffer.from('<svg/>'))).toThrow();
    expect(() => inspectImage(Buffer.from('GIF89a'))).toThrow();
    expect(() => inspectImage(Buffer.alloc(0))).toThrow();
  });
});
