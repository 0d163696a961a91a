import { useParams, useSearchParams } from 'react-router';
import { fullCode, shortCode } from './code.ts';

/**
 * The selected region and year live in the URL (`/r/371324/households?year=2020`), so every page reads them
 * from there, a reload keeps them and a link can be shared.
 */
export interface RegionScope {
  /** 12-digit code, or undefined when the URL's code is malformed. */
  code: string | undefined;
  /** The year chosen, or undefined for "the latest year with data". */
  year: number | undefined;
}

export function parseYear(value: string | null): number | undefined {
  if (!value || !/^\d{4}$/.test(value)) return undefined;
  const year = Number(value);
  return year >= 2013 && year <= 2100 ? year : undefined;
}

export function useRegionScope(): RegionScope {
  const { region } = useParams();
  const [search] = useSearchParams();
  return { code: region ? fullCode(region) : undefined, year: parseYear(search.get('year')) };
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
