import { Card, Empty, Spin, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCallback, useMemo } from 'react';
import type { HouseholdListItem } from '../../api/types.ts';
import { useCodeLabel } from '../../components/codes.ts';
import { useMoney } from '../../components/format.ts';
import { StatusTag } from '../../components/StatusTag.tsx';
import { useT } from '../../i18n/useT.ts';
import { shortRegionName } from '../../region/code.ts';

const SCROLL = { x: 1040 };

interface ResultsProps {
  items: readonly HouseholdListItem[];
  loading: boolean;
  onOpen: (item: HouseholdListItem) => void;
}

/**
 * The desktop list: one row per household, the whole row opens it. Columns and rows keep their identity
 * while only the loading state changes, so a filter change draws the fifty rows once (when the answer
 * comes), not also when the request goes out.
 */
export function HouseholdTable({ items, loading, onOpen }: ResultsProps) {
  const t = useT();
  const label = useCodeLabel();
  const money = useMoney();
  const columns = useMemo<ColumnsType<HouseholdListItem>>(
    () => [
      {
        title: t('households.col.no'),
        dataIndex: 'householdNo',
        // Wide enough for a village code and a 4–7 digit sequence on one line; anything longer wraps.
        width: 176,
        render: (no: string) => <span className="zf-household-no">{no}</span>,
      },
      {
        title: t('households.col.head'),
        dataIndex: 'headName',
        width: 100,
        render: (name: string | null, item) => (
          <a
            href={`#${item.id}`}
            onClick={(e) => {
              e.preventDefault();
              onOpen(item);
            }}
          >
            {name ?? '—'}
          </a>
        ),
      },
      {
        title: t('households.col.idNumber'),
        dataIndex: 'headIdNumber',
        width: 172,
        render: (id: string | null) => <span className="zf-mono">{id}</span>,
      },
      { title: t('households.col.size'), dataIndex: 'size', width: 64, align: 'right' },
      {
        title: t('households.col.status'),
        dataIndex: 'status',
        width: 100,
        render: (code: string) => <StatusTag code={code} />,
      },
      {
        title: t('households.col.type'),
        dataIndex: 'householdType',
        ellipsis: true,
        render: (code: string) => label('household_type', code),
      },
      {
        title: t('households.col.cause'),
        dataIndex: 'mainCause',
        ellipsis: true,
        render: (code: string) => label('poverty_cause', code),
      },
      {
        title: t('households.col.income'),
        dataIndex: 'perCapitaIncome',
        width: 130,
        align: 'right',
        render: (value: number | null) => money(value),
      },
      {
        title: t('households.col.village'),
        dataIndex: 'regionName',
        ellipsis: true,
        render: (name: string | null) => (name ? shortRegionName(name) : ''),
      },
    ],
    [t, label, money, onOpen],
  );
  const onRow = useCallback(
    (item: HouseholdListItem) => ({ onClick: () => onOpen(item), className: 'zf-clickable' }),
    [onOpen],
  );
  return (
    <Table<HouseholdListItem>
      className="zf-household-table"
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={false}
      scroll={SCROLL}
      locale={{ emptyText: <Empty description={t('households.empty')} /> }}
      onRow={onRow}
    />
  );
}

/** The phone list: a card per household with what a cadre looks for first. */
export function HouseholdCards({ items, loading, onOpen }: ResultsProps) {
  const t = useT();
  const label = useCodeLabel();
  const money = useMoney();
  if (items.length === 0) {
    return loading ? <Spin className="zf-block-spin" /> : <Empty description={t('households.empty')} />;
  }
  return (
    <Spin spinning={loading}>
      <div className="zf-household-cards">
        {items.map((item) => (
          <Card
            key={item.id}
            size="small"
            hoverable
            className="zf-household-card"
            onClick={() => onOpen(item)}
            role="link"
            tabIndex={0}
            onKeyDown={(e) => {
              if (e.key === 'Enter') onOpen(item);
            }}
          >
            <div className="zf-card-head">
              <Typography.Text strong className="zf-card-name">
                {item.headName ?? '—'}
              </Typography.Text>
              <StatusTag code={item.status} />
            </div>
            <div className="zf-card-line">
              <span className="zf-household-no">{item.householdNo}</span>
              <span>{t('households.sizeValue', { size: item.size })}</span>
            </div>
            <div className="zf-card-line zf-mono">{item.headIdNumber}</div>
            <div className="zf-card-line">
              <Tag>{label('poverty_cause', item.mainCause)}</Tag>
              <span className="zf-card-type">{label('household_type', item.householdType)}</span>
            </div>
            <div className="zf-card-line">
              <span className="zf-muted">{item.regionName ? shortRegionName(item.regionName) : ''}</span>
              {item.perCapitaIncome !== null && (
                <span>{t('households.card.income', { amount: money(item.perCapitaIncome) })}</span>
              )}
            </div>
          </Card>
        ))}
      </div>
    </Spin>
  );
}
