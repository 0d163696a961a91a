import { Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { EffectiveStandard } from '../../api/measures.ts';
import { useMeasureFormat } from '../../components/measureFormat.ts';
import { useIsPhone } from '../../components/useIsPhone.ts';
import { useT } from '../../i18n/useT.ts';

interface Props {
  rows: readonly EffectiveStandard[];
  scopeName: (province: string | null) => string;
  /** The year chosen in the URL, marked in the table. */
  year: number | undefined;
}

/** Per year, the line that applies: the province's own when it has one, else the national line. */
export function InForceTable({ rows, scopeName, year }: Props) {
  const t = useT();
  const f = useMeasureFormat();
  const phone = useIsPhone();
  const sorted = [...rows].sort((a, b) => b.year - a.year);
  const source = (row: EffectiveStandard) => (
    <Tag color={row.source === 'provincial' ? 'volcano' : 'default'}>
      {row.source === 'provincial' ? scopeName(row.province) : t('standards.national')}
    </Tag>
  );
  const columns: ColumnsType<EffectiveStandard> = [
    { title: t('field.year'), dataIndex: 'year' },
    {
      title: t('standards.col.line'),
      key: 'line',
      align: 'right',
      // A phone has no room for a column of sources: only a provincial line is marked, beside its figure.
      render: (_: unknown, row) => (
        <>
          {phone && row.source === 'provincial' && source(row)}
          {f.yuan(row.line)}
        </>
      ),
    },
    {
      title: t('standards.col.monitoringLine'),
      key: 'monitoring',
      align: 'right',
      render: (_: unknown, row) =>
        `${f.yuan(row.monitoringLine)} (${f.multiplier(row.monitoringMultiplier)})`,
    },
    ...(phone
      ? []
      : [
          {
            title: t('standards.col.source'),
            key: 'source',
            render: (_: unknown, row: EffectiveStandard) => source(row),
          },
        ]),
  ];
  return (
    <Table<EffectiveStandard>
      className="zf-in-force"
      rowKey="year"
      size="small"
      pagination={false}
      dataSource={sorted}
      locale={{ emptyText: t('standards.none') }}
      rowClassName={(row) => (row.year === year ? 'zf-row-current' : '')}
      columns={columns}
    />
  );
}
