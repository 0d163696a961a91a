import { randomBytes } from 'node:crypto';

/** A multipart/form-data body with one file field `file`, and its content type, for app.inject. */
export function multipartFile(
  fileName: string,
  content: string | Buffer,
  contentType = 'text/csv',
): { payload: Buffer; contentType: string } {
  const boundary = `----zhenfu${randomBytes(8).toString('hex')}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`,
    ),
    typeof content === 'string' ? Buffer.from(content) : content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, contentType: `multipart/form-data; boundary=${boundary}` };
}
