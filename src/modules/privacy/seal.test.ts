import { createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  configureSeal,
  normaliseLookup,
  sealSnapshot,
  sealValue,
  stripSeals,
  stripSealsText,
} from './seal.ts';
import { loadSecret, SECRET_FILE } from './secret.ts';

const SECRET = 'unit-test-secret-0123456789abcdef0123';
const hmac = (v: string) => createHmac('sha256', SECRET).update(v).digest('hex');

configureSeal(SECRET);

describe('sealValue', () => {
  it('keeps the mask and the HMAC-SHA256 of the value, never the value', () => {
    expect(sealValue('id', '37132419900101123X')).toEqual({
      masked: '371324********123X',
      hash: hmac('37132419900101123X'),
    });
    expect(sealValue('phone', '13812345678').masked).toBe('138****5678');
    expect(sealValue('bank', '6228480012345678901').masked).toBe('***************8901');
    expect(sealValue('birthDate', '1990-01-01')).toEqual({ masked: '1990-**-**', hash: hmac('1990-01-01') });
  });
});

describe('sealSnapshot', () => {
  const snapshot = {
    household: { phone: '13812345678', bankAccount: '6228480012345678901', landArea: 3 },
    members: [
      { id: 7, name: '张三', idNumber: '37132419900101123X', birthDate: '1990-01-01', phone: null },
      { id: 8, idNumber: '' },
    ],
    at: new Date('2026-06-30T00:00:00Z'),
  };
  const sealed = sealSnapshot(snapshot);

  it('seals personal keys and the birth date at any depth, with a sibling #hmac key', () => {
    expect(sealed).toEqual({
      household: {
        phone: '138****5678',
        'phone#hmac': hmac('13812345678'),
        bankAccount: '***************8901',
        'bankAccount#hmac': hmac('6228480012345678901'),
        landArea: 3,
      },
      members: [
        {
          id: 7,
          name: '张三',
          idNumber: '371324********123X',
          'idNumber#hmac': hmac('37132419900101123X'),
          birthDate: '1990-**-**',
          'birthDate#hmac': hmac('1990-01-01'),
          phone: null,
        },
        { id: 8, idNumber: '' },
      ],
      at: snapshot.at,
    });
    expect(JSON.stringify(sealed)).not.toMatch(
      /37132419900101123X|13812345678|6228480012345678901|1990-01-01/,
    );
  });

  it('is idempotent, and stripSeals leaves only the masks', () => {
    expect(sealSnapshot(sealed)).toEqual(sealed);
    expect(JSON.stringify(stripSeals(sealed))).not.toContain('#hmac');
    expect(stripSealsText(JSON.stringify(sealed))).not.toContain('#hmac');
    expect(stripSealsText('plain text')).toBe('plain text');
  });

  it('normalises a looked-up value as the registry stores it', () => {
    expect(normaliseLookup(' 37132419900101123x ')).toBe('37132419900101123X');
  });
});

describe('loadSecret', () => {
  it('prefers ZHENFU_SECRET, else generates a 0600 file in the data directory once and reads it after', () => {
    expect(loadSecret({ secret: SECRET, dataDir: '/nonexistent' })).toBe(SECRET);
    const dataDir = join(mkdtempSync(join(tmpdir(), 'zhenfu-secret-')), 'data');
    const first = loadSecret({ dataDir });
    expect(first.length).toBeGreaterThanOrEqual(32);
    const file = join(dataDir, SECRET_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8').trim()).toBe(first);
    expect(loadSecret({ dataDir })).toBe(first);
  });
});
