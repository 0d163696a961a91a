import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCallback } from 'react';
import type { MpiIndicator } from '../../api/measures.ts';
import { useMeasureFormat } from '../../components/measureFormat.ts';
import { useIsPhone } from '../../components/useIsPhone.ts';
import { useT } from '../../i18n/useT.ts';
import type { MessageKey } from '../../i18n/zh-CN.ts';
import type { Indicator } from './measures-chart.ts';

const LABELS: Record<MpiIndicator, MessageKey> = {
  income: 'indicator.income',
  food: 'indicator.food',
  clothing: 'indicator.clothing',
  education: 'indicator.education',
  medical: 'indicator.medical',
  housing: 'indicator.housing',
  water: 'indicator.water',
};

/** The name of an MPI indicator in the reader's language. */
export function useIndicatorLabel(): (name: MpiIndicator) => string {
  const t = useT();
  return useCallback((name) => t(LABELS[name]), [t]);
}

/**
 * Each indicator of the index: its weight, who is deprived in it (everyone, and the multidimensionally poor
 * only), its share of M0, and how many have no value recorded (counted as not deprived, so a large share
 * means the index understates).
 */
export function IndicatorTable({ indicators }: { indicators: readonly Indicator[] }) {
  const t = useT();
  const f = useMeasureFormat();
  const phone = useIsPhone();
  const label = useIndicatorLabel();
  const percent = (n: number | null) => f.percent(n, 1);
  const columns: ColumnsType<Indicator> = [
    {
      title: t('measures.indicator'),
      dataIndex: 'name',
      fixed: 'left',
      // On a phone the name wraps, so three figures fit beside it.
      ...(phone ? { width: 92 } : {}),
      render: (n: MpiIndicator) => label(n),
    },
    { title: t('measures.weight'), key: 'weight', dataIndex: 'weight', align: 'right', render: percent },
    { title: t('measures.uncensored'), dataIndex: 'uncensoredHeadcount', align: 'right', render: percent },
    {
      title: t('measures.censored'),
      key: 'censored',
      dataIndex: 'censoredHeadcount',
      align: 'right',
      render: percent,
    },
    {
      title: t('measures.contribution'),
      dataIndex: 'contribution',
      align: 'right',
      render: (n: number | null) => f.percent(n === null ? null : n / 100, 1),
    },
    { title: t('measures.unknown'), dataIndex: 'unknown', align: 'right', render: percent },
  ];
  return (
    <Table<Indicator>
      className="zf-indicators"
      rowKey="name"
      size="small"
      pagination={false}
      dataSource={[...indicators]}
      // Wider than a phone even so: the figures scroll under the indicator's name instead of leaving the card.
      scroll={{ x: 'max-content' }}
      // A phone keeps who is deprived, the share of M0 and what is missing; the censored share is in the tooltip.
      columns={phone ? columns.filter((c) => c.key !== 'weight' && c.key !== 'censored') : columns}
    />
  );
}
