import type { App } from '../../src/app/context.ts';

/** The village, town and county of the complaints' tests (insertTestRegions). */
export const VILLAGE = '371324106201';
export const TOWN = '371324106000';
export const COUNTY = '371324000000';

export interface Receipt {
  trackingNo: string;
  queryCode: string;
  receivedOn: string;
  dueOn: string;
}

let address = 0;

/**
 * A complaint through the public API, each from its own address (the limit of 5 an hour per address is the
 * rate-limit test's business).
 */
export async function submitComplaint(app: App, body: Record<string, unknown> = {}): Promise<Receipt> {
  address += 1;
  const res = await app.inject({
    method: 'POST',
    url: '/api/public/complaints',
    remoteAddress: `10.9.${Math.floor(address / 250)}.${address % 250}`,
    payload: { title: '低保评定不公', content: '村里低保名单有问题，请核实。', regionCode: VILLAGE, ...body },
  });
  if (res.statusCode !== 201) throw new Error(`complaint refused: ${res.statusCode} ${res.body}`);
  return res.json<Receipt>();
}

export async function complaintId(app: App, trackingNo: string): Promise<number> {
  const [row] = await app.db.query<{ id: number }>('SELECT id FROM complaints WHERE tracking_no = $1', [
    trackingNo,
  ]);
  return Number(row!.id);
}
