import { CalendarOutlined } from '@ant-design/icons';
import { App, Select, Tooltip } from 'antd';
import { useSearchParams } from 'react-router';
import { useErrorText } from '../components/errors.tsx';
import { useI18n } from '../i18n/useT.ts';
import { FIRST_YEAR, useSetWorkingYear, useWorkingYear } from '../region/working-year.ts';

/** This year back to 2013: a working year after this one would hold no facts yet (the server refuses it). */
function yearOptions(): { value: number; label: string }[] {
  const years: { value: number; label: string }[] = [];
  for (let y = new Date().getFullYear(); y >= FIRST_YEAR; y -= 1) years.push({ value: y, label: String(y) });
  return years;
}

/**
 * 工作年度 in the header: the year every page opens on. A system administrator changes it here (after a
 * confirmation: it moves every user's default); everyone else sees it.
 */
export function WorkingYear({ compact }: { compact: boolean }) {
  const { t } = useI18n();
  const working = useWorkingYear();
  const change = useSetWorkingYear();
  const [search, setSearch] = useSearchParams();
  const { modal, message } = App.useApp();
  const errorText = useErrorText();
  if (!working.data) return null;
  const { year, canChange } = working.data;
  const label = compact ? null : <span className="zf-working-year-label">{t('workingYear.label')}</span>;

  if (!canChange) {
    return (
      <Tooltip title={t('workingYear.readOnly')}>
        <span className="zf-working-year" aria-label={t('workingYear.value', { year })}>
          {compact ? <CalendarOutlined /> : label} <strong>{year}</strong>
        </span>
      </Tooltip>
    );
  }

  const confirm = (next: number) => {
    void modal.confirm({
      title: t('workingYear.confirmTitle', { year: next }),
      content: t('workingYear.confirmBody'),
      okText: t('workingYear.confirmOk'),
      onOk: async () => {
        try {
          await change.mutateAsync(next);
        } catch (error) {
          void message.error(errorText(error));
          return;
        }
        void message.success(t('workingYear.changed', { year: next }));
        // The page follows the new year: a year in its address would keep it on the old one.
        if (search.has('year')) {
          const rest = new URLSearchParams(search);
          rest.delete('year');
          rest.delete('after');
          setSearch(rest);
        }
      },
    });
  };

  return (
    <span className="zf-working-year">
      {label}
      <Select
        size="small"
        className="zf-working-year-select"
        aria-label={t('workingYear.label')}
        value={year}
        options={yearOptions()}
        popupMatchSelectWidth={false}
        loading={change.isPending}
        onChange={(next: number) => {
          if (next !== year) confirm(next);
        }}
      />
    </span>
  );
}
