import { z } from 'zod';

/**
 * Page numbers beside the keyset cursors of the lists (households, history, audit): the console shows the
 * total and lets a clerk jump to page N. A cursor stays the cheap way to walk on; a page number costs an
 * OFFSET, bounded by the largest page a list can reach at its smallest limit.
 */
export const MAX_PAGE = 100_000;

export const pageQuery = z.coerce
  .number()
  .int()
  .min(1)
  .max(MAX_PAGE)
  .optional()
  .describe('page number from 1 (instead of the cursor) / 页码，从 1 起（代替游标）');

export const totalSchema = z
  .number()
  .int()
  .describe('rows matching the query in your scope, on all pages / 符合条件的总条数');

/** The OFFSET of a page (0 without one: the cursor, if any, says where the page starts). */
export function offsetOf(page: number | undefined, limit: number): number {
  return page === undefined ? 0 : (page - 1) * limit;
}
