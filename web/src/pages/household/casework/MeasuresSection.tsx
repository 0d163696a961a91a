import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, List, Tag } from 'antd';
import { useState } from 'react';
import { useCodeLabel } from '../../../components/codes.ts';
import { ErrorAlert } from '../../../components/errors.tsx';
import { useMoney } from '../../../components/format.ts';
import { useT } from '../../../i18n/useT.ts';
import { useMeasures, type Measure } from './api.ts';
import { MeasureForm } from './MeasureForm.tsx';

interface Props {
  householdId: number;
  year: number;
  writable: boolean;
  /** The responsible cadre's unit, offered as the provider of a new measure. */
  provider: string | null;
}

/**
 * 帮扶措施 of every year, each tagged with its year (a household's help is read as one story, as the handbook
 * prints it; a page of 2020's facts still shows the measures of 2025): category, what, amount, by whom, when,
 * the development flag; add (for the page's year) and edit.
 */
export function MeasuresSection({ householdId, year, writable, provider }: Props) {
  const t = useT();
  const code = useCodeLabel();
  const money = useMoney();
  const measures = useMeasures(householdId);
  const [editing, setEditing] = useState<Measure | 'new' | null>(null);
  return (
    <Card
      size="small"
      className="zf-casework-section zf-casework-measures"
      title={t('casework.measures.title')}
      loading={measures.isPending}
      extra={
        writable && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('casework.measures.add')}
          </Button>
        )
      }
    >
      {measures.isError ? (
        <ErrorAlert error={measures.error} onRetry={() => void measures.refetch()} />
      ) : (
        <List
          size="small"
          dataSource={measures.data?.items ?? []}
          locale={{
            emptyText: (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('casework.measures.none')} />
            ),
          }}
          renderItem={(m) => (
            <List.Item
              actions={
                writable
                  ? [
                      <Button
                        key="edit"
                        size="small"
                        type="link"
                        icon={<EditOutlined />}
                        aria-label={t('casework.measures.edit')}
                        onClick={() => setEditing(m)}
                      />,
                    ]
                  : undefined
              }
            >
              <div className="zf-measure">
                <div>
                  <Tag color={m.year === year ? 'blue' : undefined}>
                    {t('casework.measures.ofYear', { year: m.year })}
                  </Tag>
                  <Tag>{code('measure_category', m.category)}</Tag>
                  {m.development && <Tag color="green">{t('casework.measures.development')}</Tag>}
                  {m.amount !== null && <span>¥{money(m.amount)}</span>}
                </div>
                <div className="zf-measure-text">{m.description}</div>
                <div className="zf-muted">
                  {m.provider ? `${m.provider} · ` : ''}
                  {m.endOn
                    ? t('casework.measures.periodTo', { from: m.startOn, to: m.endOn })
                    : t('casework.measures.period', { from: m.startOn })}
                </div>
              </div>
            </List.Item>
          )}
        />
      )}
      {editing && (
        <MeasureForm
          householdId={householdId}
          year={year}
          provider={provider}
          {...(editing === 'new' ? {} : { measure: editing })}
          onClose={() => setEditing(null)}
        />
      )}
    </Card>
  );
}
