import type { inspectionZh } from '../zh-CN/inspection.ts';

/** English: the self-inspection of a portal site. */
export const inspectionEn: Record<keyof typeof inspectionZh, string> = {
  'inspection.title': 'Site self-inspection',
  'inspection.help':
    'Checks this site as a government-website inspection would: columns not updated for too long or empty, broken internal links, published pages without a publish time, images without alt text, complaints left unanswered past their deadline. Each finding links to where it is fixed.',
  'inspection.site': 'Site: {name}',
  'inspection.checkedAt': 'Checked {time}',
  'inspection.recheck': 'Check again',
  'inspection.clean': 'No findings',
  'inspection.cleanHint': 'This inspection found nothing to fix.',
  'inspection.summary': '{count} findings, {errors} of them serious',
  'inspection.summaryOne': '{count} finding, {errors} of them serious',
  'inspection.col.severity': 'Severity',
  'inspection.col.kind': 'Kind',
  'inspection.col.message': 'Finding',
  'inspection.col.fix': 'Fix',
  'inspection.fix': 'Fix it',
  'inspection.severity.error': 'Serious',
  'inspection.severity.warning': 'Warning',
  'inspection.kind.stale_column': 'Stale column',
  'inspection.kind.empty_column': 'Empty column',
  'inspection.kind.broken_link': 'Broken link',
  'inspection.kind.no_publish_time': 'Publish time',
  'inspection.kind.image_alt': 'Alt text',
  'inspection.kind.overdue_complaint': 'Overdue complaint',
  'inspection.badSite': 'The site number in the address is not valid',
};
