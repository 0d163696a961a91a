import { Alert, Form, Modal, Progress, Select, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useIsPhone } from '../../components/useIsPhone.ts';
import { useI18n } from '../../i18n/useT.ts';
import { percentOf, useJob } from '../import/job.ts';
import { missingRequired, stepFields, type ActionValues } from './action-form.ts';
import { ActionFields, showMissing } from './ActionFields.tsx';
import { useBulkAction, type ActionName, type BulkResult, type CaseType, type CaseTypeDef } from './api.ts';
import { useCaseWords } from './labels.ts';
import { RefusalAlert } from './RefusalAlert.tsx';

type Row = BulkResult['results'][number];

/** What a bulk step runs on: the picked cases, or every case of the type and stage under the region. */
export type BulkTarget =
  { caseIds: number[] } | { filter: { regionCode: string; type: CaseType; stage: string } };

interface Props {
  def: CaseTypeDef;
  stage: string;
  actions: readonly ActionName[];
  target: BulkTarget;
  /** How many cases the target names, when known (a filter's are counted by the server). */
  count: number | undefined;
  onClose: () => void;
}

/** The results of a bulk step, one row per case: done, or refused with the code and the server's words. */
function BulkResults({ rows }: { rows: readonly Row[] }) {
  const { t, pick } = useI18n();
  const failed = rows.filter((r) => !r.ok).length;
  return (
    <>
      <Alert
        type={failed === 0 ? 'success' : 'warning'}
        showIcon
        title={t('cases.bulk.summary', { ok: rows.length - failed, failed })}
      />
      <Table<Row>
        size="small"
        rowKey="id"
        className="zf-bulk-results"
        pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        dataSource={rows}
        columns={[
          {
            title: t('cases.col.case'),
            dataIndex: 'id',
            key: 'id',
            width: 90,
            render: (id: number) => `#${id}`,
          },
          {
            title: t('cases.bulk.result'),
            key: 'result',
            render: (_, r) =>
              r.ok ? (
                <Tag color="green">{t('cases.bulk.ok')}</Tag>
              ) : (
                <>
                  <Tag color="red">{r.code}</Tag> {r.message ? pick(r.message) : ''}
                </>
              ),
          },
        ]}
      />
    </>
  );
}

/** A bulk run queued as a job (more than 1,000 cases): its progress, then its results when it gives them. */
function BulkJob({ id }: { id: number }) {
  const { t } = useI18n();
  const job = useJob(id);
  const data = job.data;
  const result = data?.result as { results?: Row[] } | null | undefined;
  return (
    <>
      <Progress
        percent={data ? percentOf(data) : 0}
        status={data?.status === 'failed' ? 'exception' : undefined}
      />
      <Typography.Text type="secondary">
        {t('cases.bulk.job', { id, done: data?.progress.done ?? 0, total: data?.progress.total ?? 0 })}
      </Typography.Text>
      {Array.isArray(result?.results) && <BulkResults rows={result.results} />}
    </>
  );
}

/**
 * One step taken on many cases at once (POST /cases/bulk): the step and what it needs (evidence as paper
 * documents: one upload belongs to one case), then each case's result; the server guards every case as if
 * it were acted on alone.
 */
export function BulkAction({ def, stage, actions, target, count, onClose }: Props) {
  const { t } = useI18n();
  const words = useCaseWords();
  const phone = useIsPhone();
  const bulk = useBulkAction();
  const [form] = Form.useForm<ActionValues>();
  const [action, setAction] = useState<ActionName>(actions[0]!);
  const step = def.steps.find((s) => s.from === stage && s.action === action);
  const shape = {
    action,
    requires: step?.requires ?? [],
    needsReason: action === 'reject' || action === 'withdraw',
  };

  const submit = (values: ActionValues) => {
    const missing = missingRequired(shape, values);
    if (missing.length > 0) return showMissing(form, missing, t('cases.required'));
    bulk.mutate({ ...target, ...stepFields(shape, values) });
  };
  const done = bulk.data;

  return (
    <Modal
      open
      title={t('cases.bulk.title', { stage: words.stage(stage), type: words.type(def.type) })}
      okText={t('cases.bulk.run')}
      cancelText={done ? t('cases.close') : t('cases.cancel')}
      okButtonProps={{ hidden: Boolean(done) }}
      confirmLoading={bulk.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={phone ? '100%' : 720}
      destroyOnHidden
    >
      {done ? (
        done.jobId !== null ? (
          <BulkJob id={done.jobId} />
        ) : (
          <BulkResults rows={done.results} />
        )
      ) : (
        <>
          <Typography.Paragraph>
            {count === undefined ? t('cases.bulk.allMatching') : t('cases.bulk.count', { count })}
          </Typography.Paragraph>
          {bulk.isError && <RefusalAlert error={bulk.error} />}
          <Form<ActionValues>
            name="case-bulk"
            form={form}
            layout="vertical"
            initialValues={{ date: dayjs().format('YYYY-MM-DD') }}
            onFinish={submit}
          >
            <Form.Item label={t('cases.bulk.action')} required>
              <Select<ActionName>
                value={action}
                options={actions.map((a) => ({ value: a, label: words.action(a) }))}
                onChange={setAction}
              />
            </Form.Item>
            <ActionFields requires={shape.requires} needsReason={shape.needsReason} />
          </Form>
        </>
      )}
    </Modal>
  );
}
