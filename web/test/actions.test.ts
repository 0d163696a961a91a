import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCode } from '../../src/modules/registry/codes.ts';
import { actionMessage } from '../src/components/actions.ts';

/**
 * The household's history and audit tabs name each recorded action in words. The actions are read from the
 * server's source (every `action: '…'` of a household, member or evidence), so an action added there without
 * a label here fails this test instead of showing its English key in a Chinese page.
 */
const SRC = new URL('../../src/', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const recorded = new Set(
  sources(SRC)
    .filter((f) => !f.endsWith('.test.ts'))
    .flatMap((f) => [
      ...readFileSync(f, 'utf8').matchAll(/action:[^,\n]*?'((?:household|member|evidence)\.[a-z_]+)'/g),
    ])
    .map((m) => m[1]!),
);

describe('the household page names every recorded action', () => {
  it('finds the actions the server records', () => {
    expect(recorded).toContain('household.view');
    expect(recorded).toContain('evidence.download');
  });

  it('has a catalogue message for each, a member event by its code', () => {
    for (const action of recorded) expect(actionMessage(action).key, action).not.toBe('action.unknown');
    expect(actionMessage('member.death')).toEqual({ key: 'action.member.event', event: 'death' });
    expect(isCode('change_event', 'death')).toBe(true);
    expect(actionMessage('something.new').key).toBe('action.unknown');
  });
});
