import { ArrowRightOutlined } from '@ant-design/icons';
import { Button, Empty, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { useHistory } from '../../api/queries.ts';
import type { HistoryEntry, Household } from '../../api/types.ts';
import { useActionLabel } from '../../components/actions.ts';
import { ErrorAlert } from '../../components/errors.tsx';
import { formatTime } from '../../components/format.ts';
import { useIsPhone } from '../../components/useIsPhone.ts';
import { useFieldLabel, useValueText } from '../../components/values.ts';
import { useT } from '../../i18n/useT.ts';
import { fieldOf } from './fields.ts';

/** A "load more" button under a list paged by the server's cursor. */
export function MoreButton(props: {
  query: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => Promise<unknown> };
  /** An empty log shows its own message instead. */
  empty: boolean;
}) {
  const t = useT();
  if (props.empty) return null;
  return (
    <div className="zf-more">
      {props.query.hasNextPage ? (
        <Button onClick={() => void props.query.fetchNextPage()} loading={props.query.isFetchingNextPage}>
          {t('history.more')}
        </Button>
      ) : (
        <span className="zf-muted">{t('history.end')}</span>
      )}
    </div>
  );
}

/** One entry of a log on a phone: what happened, when and by whom, then the details. */
export function LogEntry(props: { title: string; meta: string; children?: ReactNode }) {
  return (
    <div className="zf-entry">
      <div className="zf-entry-head">
        <strong>{props.title}</strong>
        <span className="zf-muted">{props.meta}</span>
      </div>
      {props.children}
    </div>
  );
}

/** Old → new, the old value struck through. */
export function Change({ from, to }: { from: string; to: string }) {
  return (
    <span className="zf-change">
      <span className="zf-old">{from}</span>
      <ArrowRightOutlined />
      <span>{to}</span>
    </span>
  );
}

/** Field-level change history of the household and its members, newest first, 50 at a time. */
export function HistoryTab({ household }: { household: Household }) {
  const t = useT();
  const phone = useIsPhone();
  const history = useHistory(household.id);
  const fieldLabel = useFieldLabel();
  const valueText = useValueText();
  const actionLabel = useActionLabel();
  const names = new Map([...household.members, ...household.formerMembers].map((m) => [m.id, m.name]));

  if (history.isError) return <ErrorAlert error={history.error} onRetry={() => void history.refetch()} />;
  const rows = history.data?.pages.flatMap((p) => p.items) ?? [];

  /** A whole record written at once ('*'): a new household, a new member, or a new year's facts. */
  const fieldText = (row: HistoryEntry) => {
    const member = row.memberId === null ? undefined : names.get(row.memberId);
    const label =
      row.field !== '*'
        ? fieldLabel(row.field)
        : row.memberId !== null
          ? t('history.newMember')
          : row.year !== null
            ? t('history.allFacts')
            : t('history.newHousehold');
    return member ? `${member} · ${label}` : label;
  };
  // A correction of a closed year shows its reason with the change.
  const change = (row: HistoryEntry) => (
    <>
      {row.field === '*' ? null : (
        <Change
          from={valueText(fieldOf(row.field), row.oldValue)}
          to={valueText(fieldOf(row.field), row.newValue)}
        />
      )}
      {row.reason && <div className="zf-muted">{t('history.reason', { reason: row.reason })}</div>}
    </>
  );

  const more = <MoreButton query={history} empty={rows.length === 0} />;

  if (phone) {
    if (rows.length === 0) return <Empty description={t('history.empty')} />;
    return (
      <div className="zf-entries">
        {rows.map((row) => (
          <LogEntry
            key={row.id}
            title={actionLabel(row.action)}
            meta={`${formatTime(row.at)} · ${row.actor}`}
          >
            <div>
              {fieldText(row)}
              {row.year !== null && row.field !== '*' ? ` (${row.year})` : ''}
            </div>
            {change(row)}
          </LogEntry>
        ))}
        {more}
      </div>
    );
  }

  const columns: ColumnsType<HistoryEntry> = [
    { title: t('history.col.at'), dataIndex: 'at', width: 140, render: (at: string) => formatTime(at) },
    { title: t('history.col.actor'), dataIndex: 'actor', width: 110, ellipsis: true },
    { title: t('audit.col.action'), dataIndex: 'action', width: 130, render: (a: string) => actionLabel(a) },
    { title: t('history.col.year'), dataIndex: 'year', width: 70 },
    { title: t('history.col.field'), dataIndex: 'field', render: (_: string, row) => fieldText(row) },
    { title: t('history.col.change'), key: 'change', render: (_: unknown, row) => change(row) },
  ];
  return (
    <>
      <Table<HistoryEntry>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={rows}
        loading={history.isPending}
        pagination={false}
        scroll={{ x: 800 }}
        locale={{ emptyText: <Empty description={t('history.empty')} /> }}
      />
      {more}
    </>
  );
}
