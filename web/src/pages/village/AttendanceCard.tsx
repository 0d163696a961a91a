import { Card, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { ErrorAlert } from '../../components/errors.tsx';
import { useT } from '../../i18n/useT.ts';
import { useAttendance, type Attendance } from './api.ts';
import { attendanceRows, type Row } from './attendance.ts';

function Days({ value }: { value: Attendance | undefined }) {
  const t = useT();
  if (!value) return <>—</>;
  return (
    <span className="zf-attendance-days">
      {value.days} / {value.requiredDays}{' '}
      <Tag color={value.met ? 'green' : 'red'}>
        {value.met ? t('villagePage.met') : t('villagePage.notMet')}
      </Tag>
    </span>
  );
}

/** 驻村考勤: each member's days in the village this month and this year, against what the rules require. */
export function AttendanceCard({ code }: { code: string }) {
  const t = useT();
  // The calendar month and year the page is looked at in: a view, not a date the server is given as a fact.
  const now = dayjs();
  const month = useAttendance(code, now.year(), now.month() + 1);
  const year = useAttendance(code, now.year());
  const error = month.error ?? year.error;
  return (
    <Card size="small" title={t('villagePage.attendance')}>
      {error ? (
        <ErrorAlert error={error} />
      ) : (
        <Table<Row>
          rowKey="cadreId"
          size="small"
          pagination={false}
          loading={month.isFetching || year.isFetching}
          dataSource={attendanceRows(month.data ?? [], year.data ?? [])}
          scroll={{ x: 480 }}
          locale={{ emptyText: t('org.empty') }}
          columns={[
            { title: t('org.cadre.name'), dataIndex: 'name' },
            {
              title: `${t('villagePage.month')} · ${t('villagePage.days')}`,
              key: 'month',
              render: (_: unknown, r) => <Days value={r.month} />,
            },
            {
              title: `${t('villagePage.year')} · ${t('villagePage.days')}`,
              key: 'year',
              render: (_: unknown, r) => <Days value={r.year} />,
            },
          ]}
        />
      )}
    </Card>
  );
}
