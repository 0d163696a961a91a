import { Empty, Table } from 'antd';
import { useState } from 'react';
import type { ColumnsType } from 'antd/es/table';
import { useAudit } from '../../api/queries.ts';
import type { AuditEntry } from '../../api/types.ts';
import { useActionLabel, useSourceLabel } from '../../components/actions.ts';
import { ErrorAlert } from '../../components/errors.tsx';
import { formatTime } from '../../components/format.ts';
import { useIsPhone } from '../../components/useIsPhone.ts';
import { useFieldLabel, useValueText } from '../../components/values.ts';
import { useT } from '../../i18n/useT.ts';
import { auditChanges, fieldKeyOf } from './audit-diff.ts';
import { fieldOf } from './fields.ts';
import { Change, LogEntry, LogPager } from './HistoryTab.tsx';

/** The audit trail of the household (GET /audit?entity=household&entityId=…), newest first, 50 a page. */
export function AuditTab({ householdId }: { householdId: number }) {
  const t = useT();
  const phone = useIsPhone();
  const [page, setPage] = useState(1);
  const audit = useAudit('household', householdId, page);
  const actionLabel = useActionLabel();
  const sourceLabel = useSourceLabel();
  const fieldLabel = useFieldLabel();
  const valueText = useValueText();

  if (audit.isError) return <ErrorAlert error={audit.error} onRetry={() => void audit.refetch()} />;
  const rows = audit.data?.items ?? [];

  const changes = (row: AuditEntry) => {
    const list = auditChanges(row.before, row.after);
    if (list.length === 0) return <span className="zf-muted">{t('audit.noChanges')}</span>;
    return (
      <ul className="zf-changes">
        {list.map((c) => {
          const key = fieldKeyOf(c.path);
          const field = fieldOf(key);
          return (
            <li key={c.path}>
              {fieldLabel(key)}: <Change from={valueText(field, c.before)} to={valueText(field, c.after)} />
            </li>
          );
        })}
      </ul>
    );
  };
  const more = <LogPager page={page} total={audit.data?.total} onChange={setPage} />;

  if (phone) {
    if (rows.length === 0) return <Empty description={t('audit.empty')} />;
    return (
      <div className="zf-entries">
        {rows.map((row) => (
          <LogEntry
            key={row.id}
            title={actionLabel(row.action)}
            meta={`${formatTime(row.at)} · ${row.actor} · ${sourceLabel(row.source)}`}
          >
            {changes(row)}
          </LogEntry>
        ))}
        {more}
      </div>
    );
  }

  const columns: ColumnsType<AuditEntry> = [
    { title: t('audit.col.at'), dataIndex: 'at', width: 140, render: (at: string) => formatTime(at) },
    { title: t('audit.col.actor'), dataIndex: 'actor', width: 110, ellipsis: true },
    { title: t('audit.col.source'), dataIndex: 'source', width: 110, render: (s: string) => sourceLabel(s) },
    { title: t('audit.col.action'), dataIndex: 'action', width: 130, render: (a: string) => actionLabel(a) },
    { title: t('audit.col.changes'), key: 'changes', render: (_: unknown, row) => changes(row) },
  ];
  return (
    <>
      <Table<AuditEntry>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={rows}
        loading={audit.isFetching}
        pagination={false}
        scroll={{ x: 800 }}
        locale={{ emptyText: <Empty description={t('audit.empty')} /> }}
      />
      {more}
    </>
  );
}
