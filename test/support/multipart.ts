import { randomBytes } from 'node:crypto';

export interface FormFile {
  field: string;
  fileName: string;
  content: string | Buffer;
  contentType?: string;
}

/** A multipart/form-data body of text fields and files, and its content type, for app.inject. */
export function multipartForm(
  fields: Record<string, string>,
  files: readonly FormFile[],
): { payload: Buffer; contentType: string } {
  const boundary = `----zhenfu${randomBytes(8).toString('hex')}`;
  const parts = [
    ...Object.entries(fields).map(([name, value]) =>
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    ),
    ...files.map((f) =>
      Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="${f.field}"; filename="${f.fileName}"\r\nContent-Type: ${f.contentType ?? 'application/octet-stream'}\r\n\r\n`,
        ),
        typeof f.content === 'string' ? Buffer.from(f.content) : f.content,
        Buffer.from('\r\n'),
      ]),
    ),
  ];
  const payload = Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]);
  return { payload, contentType: `multipart/form-data; boundary=${boundary}` };
}

/** A multipart/form-data body with one file field `file`, and its content type, for app.inject. */
export function multipartFile(
  fileName: string,
  content: string | Buffer,
  contentType = 'text/csv',
): { payload: Buffer; contentType: string } {
  return multipartForm({}, [{ field: 'file', fileName, content, contentType }]);
}
