/**
 * China's rural poor population and poverty incidence at the current standard (2010 prices, 2,300 yuan per
 * person per year), 2012–2020, as the National Bureau of Statistics (国家统计局) published them. Copied from
 * the project's data file national-poverty-series.csv; shown on the dashboard as context, its source named in the
 * catalogues (dashboard.nationalSource).
 */
export interface NationalYear {
  year: number;
  /** Rural poor population, millions. */
  ruralPoorMillions: number;
  /** Poverty incidence, percent of the rural population. */
  incidencePercent: number;
}

export const NATIONAL_SERIES: readonly NationalYear[] = [
  { year: 2012, ruralPoorMillions: 98.99, incidencePercent: 10.2 },
  { year: 2013, ruralPoorMillions: 82.49, incidencePercent: 8.5 },
  { year: 2014, ruralPoorMillions: 70.17, incidencePercent: 7.2 },
  { year: 2015, ruralPoorMillions: 55.75, incidencePercent: 5.7 },
  { year: 2016, ruralPoorMillions: 43.35, incidencePercent: 4.5 },
  { year: 2017, ruralPoorMillions: 30.46, incidencePercent: 3.1 },
  { year: 2018, ruralPoorMillions: 16.6, incidencePercent: 1.7 },
  { year: 2019, ruralPoorMillions: 5.51, incidencePercent: 0.6 },
  { year: 2020, ruralPoorMillions: 0, incidencePercent: 0 },
];
