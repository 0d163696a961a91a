import { Checkbox, Select, Space, Table, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/errors.tsx';
import { ListPager } from '../../components/ListPager.tsx';
import { useT } from '../../i18n/useT.ts';
import type { MessageKey } from '../../i18n/zh-CN.ts';
import { COUNTRY } from '../../region/code.ts';
import { regionHref, useRegionScope } from '../../region/scope.ts';
import {
  INBOX_PAGE_SIZE,
  useInbox,
  type ComplaintState,
  type ComplaintSummary,
  type InboxQuery,
} from './api.ts';
import { ComplaintFlags } from './ComplaintFlags.tsx';

const STATES: readonly ComplaintState[] = ['received', 'in_progress', 'answered', 'closed'];

/**
 * The complaints inbox (监督举报): the complaints handled in the user's regions, open ones by due date, with
 * their overdue, reminded and escalated flags; filters by state and overdue live in the URL.
 */
export function ComplaintsPage() {
  const t = useT();
  const scope = useRegionScope();
  const region = scope.code ?? COUNTRY;
  const [search, setSearch] = useSearchParams();
  const state = STATES.find((s) => s === search.get('state'));
  const overdue = search.get('overdue') === 'true';
  const page = Math.max(1, Number(search.get('page')) || 1);
  const query: InboxQuery = { ...(state ? { state } : {}), ...(overdue ? { overdue: 'true' } : {}), page };
  const inbox = useInbox(query);

  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(search);
    if (value === undefined) next.delete(key);
    else next.set(key, value);
    if (key !== 'page') next.delete('page');
    setSearch(next);
  };

  return (
    <div className="zf-page">
      <div className="zf-page-head">
        <Typography.Title level={3} className="zf-page-title">
          {t('complaints.title')}
        </Typography.Title>
        <Link to={regionHref(region, 'calendar', scope.year)}>{t('complaints.calendar')}</Link>
      </div>
      <Typography.Paragraph type="secondary">{t('complaints.help')}</Typography.Paragraph>
      <Space wrap>
        <Select<string>
          aria-label={t('complaints.filter.state')}
          value={state ?? ''}
          className="zf-filter"
          onChange={(v) => set('state', v || undefined)}
          options={[
            { value: '', label: t('complaints.filter.all') },
            ...STATES.map((s) => ({ value: s, label: t(`complaints.state.${s}` as MessageKey) })),
          ]}
        />
        <Checkbox checked={overdue} onChange={(e) => set('overdue', e.target.checked ? 'true' : undefined)}>
          {t('complaints.filter.overdue')}
        </Checkbox>
      </Space>
      {inbox.isError ? (
        <ErrorAlert error={inbox.error} onRetry={() => void inbox.refetch()} />
      ) : (
        <Table<ComplaintSummary>
          rowKey="id"
          size="small"
          loading={inbox.isFetching}
          dataSource={inbox.data?.items ?? []}
          pagination={false}
          scroll={{ x: 800 }}
          locale={{ emptyText: t('complaints.empty') }}
          columns={[
            {
              title: t('complaints.col.title'),
              dataIndex: 'title',
              render: (title: string, c) => (
                <Link to={regionHref(region, `complaints/${c.id}`, scope.year)}>{title}</Link>
              ),
            },
            { title: t('complaints.col.trackingNo'), dataIndex: 'trackingNo', width: 170 },
            { title: t('complaints.col.region'), dataIndex: 'regionName', width: 120 },
            { title: t('complaints.col.handler'), dataIndex: 'handlerRegionName', width: 120 },
            {
              title: t('complaints.col.state'),
              dataIndex: 'state',
              width: 90,
              render: (s: ComplaintState) => t(`complaints.state.${s}` as MessageKey),
            },
            { title: t('complaints.col.received'), dataIndex: 'receivedOn', width: 110 },
            {
              title: t('complaints.col.due'),
              dataIndex: 'dueOn',
              width: 200,
              render: (due: string, c) => (
                <Space size={4} wrap>
                  <span>{due}</span>
                  <ComplaintFlags complaint={c} />
                </Space>
              ),
            },
          ]}
        />
      )}
      {inbox.data && inbox.data.total > INBOX_PAGE_SIZE && (
        <ListPager
          page={page}
          total={inbox.data.total}
          pageSize={INBOX_PAGE_SIZE}
          unit="count.entries"
          onChange={(p) => set('page', String(p))}
        />
      )}
    </div>
  );
}
