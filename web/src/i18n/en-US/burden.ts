import type { burdenZh } from '../zh-CN/burden.ts';

/** English: the burden meter and the generated documents. */
export const burdenEn: Record<keyof typeof burdenZh, string> = {
  'nav.burden': 'Workload',
  'burden.title': 'Workload of the grassroots',
  'burden.help':
    'For every write, the fields the user typed and those the system had already filled in, per week (from Monday). A form should never ask for a fact the system holds: the higher the pre-filled share, the better.',
  'burden.byCadre': 'By person',
  'burden.byVillage': 'By village',
  'burden.mine': 'Mine',
  'burden.col.week': 'Week (Monday)',
  'burden.col.name': 'Name',
  'burden.col.typed': 'Fields typed',
  'burden.col.prefilled': 'Fields pre-filled',
  'burden.col.writes': 'Writes',
  'burden.col.share': 'Pre-filled share',
  'burden.chart.typed': 'Typed',
  'burden.chart.prefilled': 'Pre-filled',
  'burden.chart.description':
    'In {weeks} weeks, {typed} fields typed and {prefilled} pre-filled by the system',
  'burden.empty': 'No writes in this period',
  'handbook.title': 'Assistance handbook',
  'handbook.dossier': 'Village dossier',
  'handbook.pdf': 'PDF',
  'handbook.xlsx': 'Excel',
};
