import type { InjectOptions } from 'fastify';
import type { App } from '../../src/app/context.ts';
import { shellActor, type Actor, type Role } from '../../src/modules/auth/actor.ts';
import { createArticle } from '../../src/modules/portal/articles/commands.ts';
import { COUNTRY } from '../../src/modules/regions/region-code.ts';
import { createSite } from '../../src/modules/portal/sites/commands.ts';
import { loginAs, type LoggedIn } from './auth.ts';

/** Helpers of the portal's staff API tests: sites made directly, users by role, requests with a session. */
export const COUNTY = '371324000000';
export const TOWN = '371324106000';
export const VILLAGE = '371324106201';
export const B_COUNTY = '371302000000';

const shell = shellActor('test');

export async function siteFor(app: App, regionCode: string, name = '测试门户') {
  return app.db.transaction((tx) => createSite(tx, shell, { regionCode, name }));
}

export async function userOf(app: App, role: Role, regionCode = COUNTY): Promise<LoggedIn> {
  return loginAs(app, [{ role, regionCode }]);
}

export function call(app: App, who: LoggedIn | null, method: string, url: string, payload?: object) {
  const options: InjectOptions = {
    method: method,
    url,
    ...(payload === undefined ? {} : { payload }),
    ...(who ? { headers: { cookie: who.cookie } } : {}),
  };
  return app.inject(options);
}

/** A 1×1 PNG (the smallest real image image-size reads). */
export const PNG_1x1 = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
    '1f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f1f5d20000000049454e44ae426082',
  'hex',
);

/** A multipart body with a file part and text fields, for the image upload. */
export function imageUpload(fields: Record<string, string>, file: Buffer, fileName = 'a.png') {
  const boundary = `----portal${Math.random().toString(16).slice(2)}`;
  const parts = Object.entries(fields).map(
    ([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`,
  );
  const payload = Buffer.concat([
    Buffer.from(parts.join('')),
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: image/png\r\n\r\n`,
    ),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** The shell as an editor everywhere: the fixtures write articles through the editorial commands. */
export const editorShell: Actor = {
  ...shellActor('test'),
  grants: [{ role: 'editor', regionCode: COUNTRY }],
};

/** A draft of the site's `work` column (or the column given), through the command as an editor. */
export async function draftIn(
  app: App,
  siteId: number,
  fields: { title?: string; bodyHtml?: string; columnId?: number } = {},
) {
  const [column] = await app.db.query<{ id: number }>(
    `SELECT id::int FROM portal_columns WHERE site_id = $1 AND slug = 'work'`,
    [siteId],
  );
  return app.db.transaction((tx) =>
    createArticle(tx, editorShell, {
      siteId,
      columnId: fields.columnId ?? column!.id,
      kind: 'article',
      title: fields.title ?? '乡村振兴工作动态',
      bodyHtml: fields.bodyHtml ?? '<p>全县扶贫工作稳步推进。</p>',
    }),
  );
}
