import { describe, expect, it } from 'vitest';
import { footerBody } from './footer.ts';

describe('site footer', () => {
  it('trims each line and leaves the empty ones out', () => {
    expect(
      footerBody({ sponsor: ' 兰陵县人民政府 ', organizer: '', icp: '  ', supervision: '12317' }),
    ).toEqual({
      sponsor: '兰陵县人民政府',
      supervision: '12317',
    });
    expect(footerBody(undefined)).toEqual({});
  });
});
