import { useParams, useSearchParams } from 'react-router';
import { fullCode, shortCode } from './code.ts';
import { useWorkingYear } from './working-year.ts';

/**
 * The selected region and year live in the URL (`/r/371324/households?year=2020`), so every page reads them
 * from there, a reload keeps them and a link can be shared. Without a year there, pages open on the
 * deployment's working year (工作年度), not on whatever year had data last: one small import into another
 * year must not move everyone's lists, dashboard and exports to it.
 */
export interface RegionScope {
  /** 12-digit code, or undefined when the URL's code is malformed. */
  code: string | undefined;
  /** The year chosen in the URL; undefined for the working year. Links carry this one, so a page reached
   * without choosing a year keeps following the working year when an administrator changes it. */
  year: number | undefined;
  /** The year the page shows: the URL's, else the working year (undefined only while that loads). */
  viewYear: number | undefined;
}

export function parseYear(value: string | null): number | undefined {
  if (!value || !/^\d{4}$/.test(value)) return undefined;
  const year = Number(value);
  return year >= 2013 && year <= 2100 ? year : undefined;
}

export function useRegionScope(): RegionScope {
  const { region } = useParams();
  const [search] = useSearchParams();
  const working = useWorkingYear();
  const year = parseYear(search.get('year'));
  return { code: region ? fullCode(region) : undefined, year, viewYear: year ?? working.data?.year };
}

/** The address of a page of a region, keeping the year. */
export function regionHref(
  code: string,
  page: string,
  year: number | undefined,
  query?: URLSearchParams,
): string {
  const search = new URLSearchParams(query);
  if (year === undefined) search.delete('year');
  else search.set('year', String(year));
  const text = search.toString();
  return `/r/${shortCode(code)}/${page}${text ? `?${text}` : ''}`;
}
