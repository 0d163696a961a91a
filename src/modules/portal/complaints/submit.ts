import { randomInt } from 'node:crypto';
import { fieldRules } from '../../../app/errors.ts';
import type { Tx } from '../../../db/types.ts';
import { cleanFileName, sha256Hex } from '../../assessment/evidence.ts';
import { recordAudit } from '../../audit/audit.ts';
import { publicActor } from '../../cases/objections.ts';
import { maskContact, scrubText } from '../../privacy/present.ts';
import { sealHash } from '../../privacy/seal.ts';
import { levelOf, parentOf } from '../../regions/region-code.ts';
import { addWorkingDays } from '../calendar/calendar.ts';
import { insertEvent } from './events.ts';
import type { SubmitInput } from './schemas.ts';
import { readComplaintSettings } from './settings.ts';
import { scheduleComplaintTimers } from './timers.ts';

/** An attachment as received: its type already sniffed from its first bytes (attachments.ts). */
export interface Attachment {
  fileName: string;
  contentType: string;
  content: Buffer;
}

export interface Receipt {
  trackingNo: string;
  queryCode: string;
  receivedOn: string;
  dueOn: string;
}

/** Letters and digits a person copies from a screen without mistaking one for another (no 0/O, 1/I/L). */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const randomText = (length: number) =>
  Array.from({ length }, () => ALPHABET.charAt(randomInt(ALPHABET.length))).join('');

/** The query code is kept only as a keyed hash bound to its complaint: the table never holds the code. */
export const queryCodeHash = (trackingNo: string, code: string) =>
  sealHash(`complaint:${trackingNo}:${code.trim().toUpperCase()}`);

function regionRefused(): never {
  throw fieldRules('REGION_NOT_ACCEPTED', [
    {
      field: 'regionCode',
      code: 'REGION_NOT_ACCEPTED',
      message: {
        zh: '所涉地区应为县（区）、乡镇或村',
        en: 'The region it concerns must be a county, a town or a village',
      },
    },
  ]);
}

/**
 * The inbox a new complaint goes to: a village's or a town's to the town, a county's to the county (a
 * village of a city without counties goes to its town all the same).
 */
async function handlerOf(tx: Tx, regionCode: string): Promise<string> {
  const [region] = await tx.query<{ code: string }>('SELECT code FROM regions WHERE code = $1', [regionCode]);
  const level = region ? levelOf(region.code) : 0;
  if (level < 3) regionRefused();
  return level === 5 ? parentOf(regionCode)! : regionCode;
}

/** The site whose 监督举报 the complaint belongs to: the given one, else the nearest site above the region. */
async function siteOf(tx: Tx, regionCode: string, handler: string, siteId: number | null) {
  if (siteId !== null) return siteId;
  const [site] = await tx.query<{ id: number }>(
    `SELECT id FROM portal_sites WHERE region_code IN ($1, $2, left($1, 6) || '000000')
     ORDER BY region_code DESC LIMIT 1`,
    [regionCode, handler],
  );
  return site ? Number(site.id) : null;
}

/**
 * A complaint from the public: stored with its attachments, its first event and its audit row (the contact
 * only masked there), in its inbox with the deadline counted in working days, and its reminder and
 * escalation timers. The query code is returned here once and never again.
 */
export async function submitComplaint(
  tx: Tx,
  requestId: string | null,
  input: SubmitInput,
  attachments: readonly Attachment[],
  today: string,
  siteId: number | null = null,
): Promise<Receipt> {
  const handler = await handlerOf(tx, input.regionCode);
  const settings = await readComplaintSettings(tx);
  const dueOn = await addWorkingDays(tx, today, settings.deadlineWorkingDays);
  const anonymous = input.anonymous ?? false;
  const contact = anonymous ? null : input.contact || null;
  const queryCode = randomText(8);
  let row: { id: number; trackingNo: string } | undefined;
  // A clash of two random numbers the same day is rare; a new one is drawn then.
  for (let attempt = 0; !row; attempt += 1) {
    if (attempt === 5) throw new Error('no free tracking number');
    const trackingNo = `JB${today.replaceAll('-', '')}${randomText(6)}`;
    [row] = await tx.query<{ id: number; trackingNo: string }>(
      `INSERT INTO complaints (tracking_no, query_code_hash, site_id, region_code, county_code, handler_region_code,
                               title, content, contact, anonymous, consent_publish, received_on, due_on)
       VALUES ($1, $2, $3, $4, left($4, 6), $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT (tracking_no) DO NOTHING RETURNING id, tracking_no AS "trackingNo"`,
      [
        trackingNo,
        queryCodeHash(trackingNo, queryCode),
        await siteOf(tx, input.regionCode, handler, siteId),
        input.regionCode,
        handler,
        input.title,
        input.content,
        contact,
        anonymous,
        input.consentPublish ?? false,
        today,
        dueOn,
      ],
    );
  }
  const id = Number(row.id);
  const files = attachments.map((a) => ({
    ...a,
    fileName: cleanFileName(a.fileName),
    sha256: sha256Hex(a.content),
  }));
  if (files.length)
    await tx.query(
      `INSERT INTO complaint_attachments (complaint_id, file_name, content_type, size, sha256, content)
       SELECT $1, * FROM unnest($2::text[], $3::text[], $4::int[], $5::text[], $6::bytea[])`,
      [
        id,
        files.map((f) => f.fileName),
        files.map((f) => f.contentType),
        files.map((f) => f.content.length),
        files.map((f) => f.sha256),
        files.map((f) => f.content),
      ],
    );
  const actor = publicActor(requestId);
  await insertEvent(tx, actor, {
    complaintId: id,
    action: 'submit',
    fromState: null,
    toState: 'received',
    toRegion: handler,
    date: today,
  });
  await recordAudit(tx, actor, {
    action: 'complaint.submit',
    entity: 'complaint',
    entityId: id,
    regionCode: handler,
    after: {
      trackingNo: row.trackingNo,
      title: scrubText(input.title),
      regionCode: input.regionCode,
      handlerRegionCode: handler,
      contact: contact && maskContact(contact),
      anonymous,
      consentPublish: input.consentPublish ?? false,
      receivedOn: today,
      dueOn,
      attachments: files.map((f) => ({ fileName: f.fileName, size: f.content.length, sha256: f.sha256 })),
    },
  });
  await scheduleComplaintTimers(tx, { id, handlerRegionCode: handler, dueOn, escalationLevel: 0 }, settings);
  return { trackingNo: row.trackingNo, queryCode, receivedOn: today, dueOn };
}
