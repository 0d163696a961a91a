import { describe, expect, it } from 'vitest';
import { cleanFileName, sha256Hex, sniffEvidenceType } from './evidence.ts';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));

describe('sniffEvidenceType', () => {
  it.each([
    [bytes('%PDF-1.7\n'), 'application/pdf'],
    [bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'image/jpeg'],
    [bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0]), 'image/png'],
    [bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '), 'image/webp'],
    [bytes([0, 0, 0, 0x18], 'ftypheic', [0, 0]), 'image/heic'],
  ])('recognises %#', (file, type) => {
    expect(sniffEvidenceType(file)).toBe(type);
  });

  it('keeps out anything else, whatever its name says', () => {
    expect(sniffEvidenceType(bytes('<html><script>alert(1)</script>'))).toBeUndefined();
    expect(sniffEvidenceType(bytes('MZ'))).toBeUndefined();
    expect(sniffEvidenceType(bytes('%PD'))).toBeUndefined();
    expect(sniffEvidenceType(new Uint8Array())).toBeUndefined();
  });
});

describe('cleanFileName', () => {
  it('keeps the last segment without control characters', () => {
    expect(cleanFileName('C:\\scans\\入户核实表.pdf')).toBe('入户核实表.pdf');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('a\u0000b\n.jpg')).toBe('ab.jpg');
    expect(cleanFileName('  ')).toBe('evidence');
    expect(cleanFileName(`${'x'.repeat(300)}.pdf`)).toHaveLength(200);
  });
});

describe('sha256Hex', () => {
  it('hashes the bytes', () => {
    expect(sha256Hex(bytes('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
