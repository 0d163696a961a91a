import { Pagination } from 'antd';
import { formatNumber } from '../i18n/format.ts';
import { useI18n } from '../i18n/useT.ts';
import { useIsPhone } from './useIsPhone.ts';

interface Props {
  /** The page shown, from 1. */
  page: number;
  /** Rows matching on all pages, as the server counted them. */
  total: number;
  pageSize: number;
  /** What is counted: households or entries. */
  unit: 'count.households' | 'count.entries';
  onChange: (page: number) => void;
  className?: string;
}

/**
 * The pager under every paged list: the total ("共 N 户"), the pages, and a box to jump to a page. Page size
 * is the server's choice, not the user's. On a phone the pages shrink to fewer buttons, so it fits 375 px.
 */
export function ListPager({ page, total, pageSize, unit, onChange, className }: Props) {
  const { t, lang } = useI18n();
  const phone = useIsPhone();
  return (
    <Pagination
      className={['zf-list-pager', className].filter(Boolean).join(' ')}
      aria-label={t('pager.label')}
      current={page}
      total={total}
      pageSize={pageSize}
      showSizeChanger={false}
      showQuickJumper
      showLessItems={phone}
      size={phone ? 'small' : 'medium'}
      showTotal={(count) => t(unit, { count: formatNumber(count, lang) })}
      onChange={onChange}
    />
  );
}
