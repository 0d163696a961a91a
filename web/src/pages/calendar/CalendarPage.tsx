import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Checkbox,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { api, unwrap } from '../../api/client.ts';
import type { Ok } from '../../api/types.ts';
import type { paths } from '../../api/schema';
import { ErrorAlert, useErrorText } from '../../components/errors.tsx';
import { useT } from '../../i18n/useT.ts';

type CalendarYear = Ok<paths['/api/v1/calendar']['get']>;
type Day = CalendarYear['days'][number];

interface DayForm {
  day: string;
  workday: boolean;
  name: string;
}

/**
 * The working-day calendar (工作日历): the days of a year that differ from "Monday to Friday" — holidays and
 * 调休 working days — which complaint deadlines count on. Everyone reads it; a system administrator sets a
 * day or returns it to the usual rule.
 */
export function CalendarPage() {
  const t = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const calendar = useQuery({
    queryKey: ['calendar', year],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/calendar', { params: { query: { year } }, signal })),
  });
  const done = () => {
    void client.invalidateQueries({ queryKey: ['calendar'] });
    void message.success(t('complaints.done'));
  };
  const save = useMutation({
    mutationFn: ({ day, ...body }: DayForm) =>
      unwrap(api.PUT('/api/v1/calendar/{date}', { params: { path: { date: day } }, body })),
    onSuccess: done,
  });
  const remove = useMutation({
    mutationFn: (day: string) =>
      unwrap(api.DELETE('/api/v1/calendar/{date}', { params: { path: { date: day } } })),
    onSuccess: done,
  });
  const [form] = Form.useForm<DayForm>();
  const canChange = calendar.data?.canChange ?? false;
  const failed = save.error ?? remove.error;

  return (
    <div className="zf-page">
      <div className="zf-page-head">
        <Typography.Title level={3} className="zf-page-title">
          {t('calendar.title')}
        </Typography.Title>
        <Space>
          {t('calendar.year')}
          <InputNumber<number> min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} />
        </Space>
      </div>
      <Typography.Paragraph type="secondary">{t('calendar.help')}</Typography.Paragraph>
      {calendar.isSuccess && !canChange && <Alert type="info" showIcon title={t('calendar.readOnly')} />}
      {failed && <Alert type="error" showIcon title={errorText(failed)} />}
      {canChange && (
        <Form<DayForm>
          form={form}
          layout="inline"
          initialValues={{ workday: false }}
          onFinish={(v) => save.mutate({ ...v, name: v.name.trim() })}
        >
          <Form.Item
            name="day"
            label={t('calendar.form.day')}
            rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/ }]}
          >
            <Input type="date" />
          </Form.Item>
          <Form.Item name="name" label={t('calendar.form.name')} rules={[{ required: true, max: 40 }]}>
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item name="workday" valuePropName="checked">
            <Checkbox>{t('calendar.form.workday')}</Checkbox>
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('calendar.form.save')}
          </Button>
        </Form>
      )}
      {calendar.isError ? (
        <ErrorAlert error={calendar.error} onRetry={() => void calendar.refetch()} />
      ) : (
        <Table<Day>
          rowKey="day"
          size="small"
          loading={calendar.isFetching}
          dataSource={calendar.data?.days ?? []}
          pagination={false}
          locale={{ emptyText: t('calendar.empty') }}
          columns={[
            { title: t('calendar.col.day'), dataIndex: 'day', width: 130 },
            {
              title: t('calendar.col.kind'),
              dataIndex: 'workday',
              width: 130,
              render: (workday: boolean) =>
                workday ? (
                  <Tag color="blue">{t('calendar.workday')}</Tag>
                ) : (
                  <Tag color="red">{t('calendar.holiday')}</Tag>
                ),
            },
            { title: t('calendar.col.name'), dataIndex: 'name' },
            ...(canChange
              ? [
                  {
                    title: '',
                    key: 'remove',
                    width: 140,
                    render: (_: unknown, d: Day) => (
                      <Popconfirm title={t('calendar.remove')} onConfirm={() => remove.mutate(d.day)}>
                        <Button size="small">{t('calendar.remove')}</Button>
                      </Popconfirm>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
    </div>
  );
}
