import { describe, expect, it } from 'vitest';
import { actionsFor, splitNames } from './api.ts';

describe('the complaint page', () => {
  it('offers the steps of each state, publishing only with consent', () => {
    expect(actionsFor({ state: 'received', consentPublish: false })).toEqual(['accept', 'reply', 'close']);
    expect(actionsFor({ state: 'answered', consentPublish: false })).toEqual(['close']);
    expect(actionsFor({ state: 'answered', consentPublish: true })).toEqual(['close', 'publish_reply']);
    expect(actionsFor({ state: 'closed', consentPublish: false })).toEqual([]);
  });

  it('reads the names to hide as typed with Chinese or Latin separators', () => {
    expect(splitNames(' 张三，李四、王五 赵六,')).toEqual(['张三', '李四', '王五', '赵六']);
    expect(splitNames('')).toEqual([]);
  });
});
