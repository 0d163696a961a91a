import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, InputNumber, Select, Table } from 'antd';
import { useState } from 'react';
import { DateField } from '../../components/DateField.tsx';
import { useMoney } from '../../components/format.ts';
import { useRequired } from '../../forms/rules.ts';
import { useServerErrors } from '../../forms/useServerErrors.ts';
import { useT } from '../../i18n/useT.ts';
import type { MessageKey } from '../../i18n/zh-CN.ts';
import { UserFormModal } from '../users/UserFormModal.tsx';
import { api } from '../../api/client.ts';
import type { paths } from '../../api/schema';
import type { Body } from '../../api/types.ts';
import { useProjectWrite, type Disbursement, type Project } from './api.ts';
import { FUND_SOURCES } from './model.ts';

/** The payments of a project with their vouchers; keepers add one (the server refuses what the funds do not cover). */
export function Disbursements({ project, writable }: { project: Project; writable: boolean }) {
  const t = useT();
  const money = useMoney();
  const [adding, setAdding] = useState(false);
  return (
    <Card
      size="small"
      title={t('projects.disbursements')}
      extra={
        writable && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('projects.addDisbursement')}
          </Button>
        )
      }
    >
      <Table<Disbursement>
        rowKey="id"
        size="small"
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        dataSource={project.disbursements}
        scroll={{ x: 640 }}
        locale={{ emptyText: t('projects.noDisbursements') }}
        columns={[
          { title: t('projects.paidOn'), dataIndex: 'paidOn', width: 110 },
          { title: t('projects.amount'), dataIndex: 'amount', width: 130, align: 'right', render: money },
          {
            title: t('projects.source'),
            dataIndex: 'source',
            width: 100,
            render: (s: string) => t(`projects.fund.${s}` as MessageKey),
          },
          { title: t('projects.voucherNo'), dataIndex: 'voucherNo', width: 140 },
          { title: t('projects.payee'), dataIndex: 'payee' },
          { title: t('projects.note'), dataIndex: 'note' },
        ]}
      />
      {adding && <AddDisbursement projectId={project.id} onClose={() => setAdding(false)} />}
    </Card>
  );
}

type DisbursementValues = Body<paths['/api/v1/projects/{id}/disbursements']['post']>;
const FIELDS = new Set(['paidOn', 'amount', 'source', 'voucherNo', 'payee', 'note']);
const isField = (field: string) => FIELDS.has(field);

function AddDisbursement({ projectId, onClose }: { projectId: number; onClose: () => void }) {
  const t = useT();
  const required = useRequired();
  const [form] = Form.useForm<DisbursementValues>();
  const errors = useServerErrors(form, { isShown: isField });
  const write = useProjectWrite();
  return (
    <UserFormModal<DisbursementValues>
      title={t('projects.addDisbursement')}
      form={form}
      errors={errors}
      saving={write.isPending}
      onClose={onClose}
      onFinish={(body) => {
        errors.reset();
        write.mutate(
          () =>
            api.POST('/api/v1/projects/{id}/disbursements', { params: { path: { id: projectId } }, body }),
          { onSuccess: onClose, onError: errors.fail },
        );
      }}
    >
      <Form.Item name="paidOn" label={t('projects.paidOn')} rules={required(t('projects.paidOn'))}>
        <DateField />
      </Form.Item>
      <Form.Item name="amount" label={t('projects.amount')} rules={required(t('projects.amount'))}>
        <InputNumber min={0.01} precision={2} suffix={t('projects.yuan')} />
      </Form.Item>
      <Form.Item name="source" label={t('projects.source')} rules={required(t('projects.source'))}>
        <Select
          options={FUND_SOURCES.map((s) => ({ value: s, label: t(`projects.fund.${s}` as MessageKey) }))}
        />
      </Form.Item>
      <Form.Item name="voucherNo" label={t('projects.voucherNo')} rules={required(t('projects.voucherNo'))}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name="payee" label={t('projects.payee')}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="note" label={t('projects.note')}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </UserFormModal>
  );
}
