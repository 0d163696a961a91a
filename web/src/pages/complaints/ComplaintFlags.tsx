import { Tag } from 'antd';
import { useT } from '../../i18n/useT.ts';
import type { ComplaintSummary } from './api.ts';

/** The flags beside a complaint's due date: overdue, reminded, escalated, published. */
export function ComplaintFlags({ complaint: c }: { complaint: ComplaintSummary }) {
  const t = useT();
  return (
    <>
      {c.overdue && <Tag color="red">{t('complaints.flag.overdue')}</Tag>}
      {c.reminded && !c.overdue && <Tag color="orange">{t('complaints.flag.reminded')}</Tag>}
      {c.escalationLevel > 0 && <Tag color="volcano">{t('complaints.flag.escalated')}</Tag>}
      {c.published && <Tag color="green">{t('complaints.flag.published')}</Tag>}
    </>
  );
}
