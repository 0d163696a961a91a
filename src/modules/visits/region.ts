import { subtreeRange } from '../regions/region-code.ts';

/** `column` lies in the subtree of `region` (the lists' `?region=`), as a range the indexes serve. */
export function inRegion(column: string, region: string, params: unknown[]): string {
  const [lo, hi] = subtreeRange(region);
  params.push(lo, hi);
  return `${column} BETWEEN $${params.length - 1} AND $${params.length}`;
}
