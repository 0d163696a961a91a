import { Button, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { StandardLine } from '../../api/measures.ts';
import { formatTime } from '../../components/format.ts';
import { useMeasureFormat } from '../../components/measureFormat.ts';
import { useIsPhone } from '../../components/useIsPhone.ts';
import { useT } from '../../i18n/useT.ts';
import { StandardHistory } from './StandardHistory.tsx';

interface Props {
  items: readonly StandardLine[];
  scopeName: (province: string | null) => string;
  editable: (line: StandardLine) => boolean;
  onEdit: (line: StandardLine) => void;
}

const keyOf = (line: StandardLine) => `${line.year}/${line.province ?? ''}`;

/**
 * Every line set, newest year first: the version in force, and opened, its history. On a phone the table keeps
 * the year, scope and line; the rest is in the opened row.
 */
export function StandardLines({ items, scopeName, editable, onEdit }: Props) {
  const t = useT();
  const f = useMeasureFormat();
  const phone = useIsPhone();
  const sorted = [...items].sort(
    (a, b) => b.year - a.year || (a.province ?? '').localeCompare(b.province ?? ''),
  );
  const scope = (line: StandardLine) => (
    <Tag color={line.province === null ? 'default' : 'volcano'}>{scopeName(line.province)}</Tag>
  );
  const columns: ColumnsType<StandardLine> = [
    // On a phone the scope sits under the year, so the line and its button keep their room.
    phone
      ? {
          title: t('field.year'),
          key: 'year',
          render: (_: unknown, line) => (
            <div className="zf-year-scope">
              <span>{line.year}</span>
              {scope(line)}
            </div>
          ),
        }
      : { title: t('field.year'), dataIndex: 'year' },
    ...(phone
      ? []
      : [
          {
            title: t('standards.col.scope'),
            key: 'scope',
            render: (_: unknown, line: StandardLine) => scope(line),
          },
        ]),
    { title: t('standards.col.line'), dataIndex: 'line', align: 'right', render: (n: number) => f.yuan(n) },
    ...(phone
      ? []
      : ([
          {
            title: t('standards.col.monitoringLine'),
            key: 'monitoring',
            align: 'right',
            render: (_: unknown, line) =>
              `${f.yuan(line.monitoringLine)} (${f.multiplier(line.monitoringMultiplier)})`,
          },
          {
            title: t('standards.col.version'),
            dataIndex: 'version',
            align: 'right',
            render: (v: number) => t('standards.version', { version: v }),
          },
          {
            title: t('standards.col.changedAt'),
            dataIndex: 'changedAt',
            render: (at: string) => formatTime(at),
          },
        ] satisfies ColumnsType<StandardLine>)),
    {
      title: '',
      key: 'edit',
      align: 'right',
      render: (_: unknown, line) =>
        editable(line) && (
          <Button
            size="small"
            className="zf-standard-edit"
            onClick={(e) => {
              e.stopPropagation();
              onEdit(line);
            }}
          >
            {t('standards.change')}
          </Button>
        ),
    },
  ];
  return (
    <Table<StandardLine>
      className="zf-standard-lines"
      rowKey={keyOf}
      size="small"
      pagination={false}
      dataSource={sorted}
      columns={columns}
      locale={{ emptyText: t('standards.none') }}
      expandable={{
        expandRowByClick: true,
        expandedRowRender: (line) => <StandardHistory line={line} />,
      }}
    />
  );
}
