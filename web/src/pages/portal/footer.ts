import type { Footer } from './types.ts';

/** The footer's fields in the order the seed page shows them. */
export const FOOTER_FIELDS = [
  'sponsor',
  'organizer',
  'siteId',
  'icp',
  'police',
  'contact',
  'supervision',
  'errorReportUrl',
] as const satisfies readonly (keyof Footer)[];

/** The footer as sent: each line trimmed, an empty line left out (the server takes no empty line). */
export function footerBody(footer: Footer | undefined): Footer {
  const body: Footer = {};
  for (const field of FOOTER_FIELDS) {
    const value = footer?.[field]?.trim();
    if (value) body[field] = value;
  }
  return body;
}
