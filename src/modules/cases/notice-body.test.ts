import { describe, expect, it } from 'vitest';
import { renderNoticeHtml } from './notice-html.ts';
import { buildNotice, issuerOf, type Places } from './notice-body.ts';
import { noticeRegion } from './notices.ts';

const PLACES: Places = { province: '山东省', county: '兰陵县', town: '车辋镇', village: '测试村' };

describe('a notice built from its case', () => {
  it('names the village, the head and the procedure', () => {
    const { title, body } = buildNotice({
      type: 'exit',
      level: 'village',
      places: PLACES,
      household: { headName: '王守田', size: 4 },
      reason: '收入稳定超过标准',
    });
    expect(title).toBe('关于测试村王守田户贫困户退出的村级公示');
    expect(body).toMatchObject({
      procedure: '贫困户退出',
      kind: '公示',
      place: '兰陵县车辋镇测试村',
      rows: [{ name: '王守田', size: 4, village: '测试村', reason: '收入稳定超过标准' }],
      issuer: '测试村村民委员会',
      supervision: '12317',
    });
  });

  it('names a village by its place and signs with its committee', () => {
    const places = { ...PLACES, village: '唐家庄村村民委员会' };
    const { title, body } = buildNotice({
      type: 'identification',
      level: 'village',
      places,
      household: { headName: '王守田', size: 2 },
      reason: '申请',
    });
    expect(title).toBe('关于唐家庄村王守田户贫困户识别的村级公示');
    expect(body.rows[0]!.village).toBe('唐家庄村');
    expect(body.issuer).toBe('唐家庄村村民委员会');
    expect(issuerOf('identification', 'village', { ...PLACES, village: '城东社区居委会' })).toBe(
      '城东社区居委会',
    );
  });

  it('masks ID, phone and account numbers typed into the reason', () => {
    const { body } = buildNotice({
      type: 'identification',
      level: 'town',
      places: PLACES,
      household: { headName: '王守田', size: 2 },
      reason: '身份证 371324197001011234，电话 13912345678，账号 6222020200112233445',
    });
    const text = JSON.stringify(body);
    for (const secret of ['371324197001011234', '13912345678', '6222020200112233445'])
      expect(text).not.toContain(secret);
  });

  it('announces a village’s exit in the county and a county’s in the province', () => {
    const village = buildNotice({
      type: 'village_exit',
      level: 'announcement',
      places: PLACES,
      household: null,
      reason: '达标',
    });
    expect(village.title).toBe('关于测试村贫困村退出的公告');
    expect(village.body.issuer).toBe('兰陵县人民政府');
    expect(issuerOf('county_exit', 'announcement', PLACES)).toBe('山东省人民政府');
    expect(noticeRegion('county_exit', 'announcement', '371324000000')).toBe('370000000000');
    expect(noticeRegion('identification', 'town', '371324106201')).toBe('371324106000');
    expect(noticeRegion('identification', 'county', '371324106201')).toBe('371324000000');
  });

  it('escapes what it prints', () => {
    const { title, body } = buildNotice({
      type: 'identification',
      level: 'village',
      places: PLACES,
      household: { headName: '<script>x</script>', size: 1 },
      reason: 'a & b',
    });
    const html = renderNoticeHtml({
      serial: '371324-2026-000001',
      title,
      postedOn: '2026-06-01',
      periodDays: 7,
      endsOn: '2026-06-08',
      body,
    });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('2026年6月1日至2026年6月8日（7天）');
  });
});
