import fc from 'fast-check';
import { objectValue, type Schema } from './fuzz-values.ts';

/** File contents an upload might carry: text, CSV, the start of a ZIP (XLSX), an image header, noise. */
const fileContent = fc.oneof(
  fc.constantFrom(
    Buffer.from('户编号,姓名\n1,张三\n'),
    Buffer.from('region_code,year,rural_population\n371324106202,2020,1000\n371324106202,99999,-1\n'),
    Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.from('%PDF-1.4\n%\u00e2\u00e3'),
    Buffer.from('\u0000\u0000\u0000'),
    Buffer.alloc(0),
  ),
  fc.uint8Array({ maxLength: 512 }).map((a) => Buffer.from(a)),
);

const fileName = fc.constantFrom(
  'a.csv',
  'a.xlsx',
  'evidence.pdf',
  'photo.png',
  'a.exe',
  '',
  'noextension',
  '../../../etc/passwd.csv',
  'a\u0000.csv',
  '真扶.xlsx',
  'x'.repeat(300) + '.csv',
);

function part(boundary: string, name: string, content: Buffer, file?: string): Buffer {
  const disposition = file === undefined ? `name="${name}"` : `name="${name}"; filename="${file}"`;
  return Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; ${disposition}\r\n\r\n`),
    content,
    Buffer.from('\r\n'),
  ]);
}

/**
 * A multipart/form-data body: the fields of `fields` as text parts plus a file part, now and then with the
 * file under another name, two files, no closing boundary, a boundary that never appears, or plain garbage.
 */
export function multipartBody(fields?: Schema): fc.Arbitrary<{ payload: Buffer; contentType: string }> {
  const boundary = 'zhenfuFuzzBoundary';
  const shape = fc.constantFrom(
    'ok',
    'ok',
    'ok',
    'second-file',
    'other-name',
    'unclosed',
    'wrong-boundary',
    'garbage',
    'no-boundary',
  );
  return fc
    .record({ shape, content: fileContent, file: fileName, values: objectValue(fields ?? {}) })
    .map(({ shape: s, content, file, values }) => {
      const text = Object.entries(values).map(([k, v]) => part(boundary, k, Buffer.from(String(v))));
      const files = [part(boundary, s === 'other-name' ? 'evidence' : 'file', content, file)];
      if (s === 'second-file') files.push(part(boundary, 'file', content, file));
      const end = s === 'unclosed' ? Buffer.alloc(0) : Buffer.from(`--${boundary}--\r\n`);
      const payload = s === 'garbage' ? content : Buffer.concat([...text, ...files, end]);
      const contentType =
        s === 'no-boundary'
          ? 'multipart/form-data'
          : `multipart/form-data; boundary=${s === 'wrong-boundary' ? 'nothere' : boundary}`;
      return { payload, contentType };
    });
}
