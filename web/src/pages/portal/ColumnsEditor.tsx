import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, InputNumber, Modal, Select, Table } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../components/errors.tsx';
import { FormAlerts } from '../../forms/FormAlerts.tsx';
import { useRequired } from '../../forms/rules.ts';
import { useServerErrors } from '../../forms/useServerErrors.ts';
import { useT } from '../../i18n/useT.ts';
import { useColumns, useCreateColumn, usePatchColumn } from './api.ts';
import type { Column, ColumnInput, ColumnKind } from './types.ts';

const KINDS: readonly ColumnKind[] = ['articles', 'notices', 'disclosures', 'complaints'];
const SLUG = /^[a-z][a-z0-9-]{0,39}$/;
const isShown = (field: string) => ['name', 'slug', 'kind', 'position', 'staleDays'].includes(field);

/** A site's columns in their order, each editable; a new one is added at the end unless placed. */
export function ColumnsEditor({ siteId }: { siteId: number }) {
  const t = useT();
  const columns = useColumns(siteId);
  const [editing, setEditing] = useState<Column | 'new' | null>(null);
  if (columns.isError) return <ErrorAlert error={columns.error} onRetry={() => void columns.refetch()} />;
  const rows = [...(columns.data ?? [])].sort((a, b) => a.position - b.position || a.id - b.id);
  return (
    <div className="zf-portal-columns">
      <Button icon={<PlusOutlined />} className="zf-portal-add-column" onClick={() => setEditing('new')}>
        {t('portal.columns.add')}
      </Button>
      <Table<Column>
        className="zf-portal-column-table"
        rowKey="id"
        loading={columns.isPending}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 600 }}
        columns={[
          { title: t('portal.columns.position'), dataIndex: 'position', width: 70 },
          { title: t('portal.columns.name'), dataIndex: 'name' },
          { title: t('portal.columns.slug'), dataIndex: 'slug' },
          { title: t('portal.columns.kind'), key: 'kind', render: (_, c) => t(`portal.kind.${c.kind}`) },
          {
            title: t('portal.columns.staleDays'),
            key: 'stale',
            render: (_, c) => c.staleDays ?? t('portal.columns.never'),
          },
          {
            title: '',
            key: 'edit',
            width: 80,
            render: (_, c) => (
              <Button type="link" className="zf-portal-edit-column" onClick={() => setEditing(c)}>
                {t('portal.columns.edit')}
              </Button>
            ),
          },
        ]}
      />
      {editing && (
        <ColumnModal
          siteId={siteId}
          column={editing === 'new' ? null : editing}
          nextPosition={(rows.at(-1)?.position ?? 0) + 1}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
}

interface ModalProps {
  siteId: number;
  column: Column | null;
  nextPosition: number;
  onClose: () => void;
}

function ColumnModal({ siteId, column, nextPosition, onClose }: ModalProps) {
  const t = useT();
  const required = useRequired();
  const { message } = App.useApp();
  const [form] = Form.useForm<ColumnInput>();
  const errors = useServerErrors(form, { isShown });
  const create = useCreateColumn(siteId);
  const patch = usePatchColumn();
  const saving = create.isPending || patch.isPending;

  const submit = (values: ColumnInput) => {
    errors.reset();
    const done = {
      onSuccess: () => (void message.success(t('portal.saved')), onClose()),
      onError: errors.fail,
    };
    const body = { ...values, staleDays: values.staleDays ?? null };
    if (column) patch.mutate({ id: column.id, version: column.version, ...body }, done);
    else create.mutate(body, done);
  };

  return (
    <Modal
      open
      className="zf-portal-column-modal"
      title={column ? column.name : t('portal.columns.add')}
      okText={t('portal.save')}
      cancelText={t('portal.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <FormAlerts errors={errors} />
      <Form<ColumnInput>
        form={form}
        layout="vertical"
        initialValues={column ?? { kind: 'articles', position: nextPosition, staleDays: null }}
        onValuesChange={errors.edited}
        onFinish={submit}
      >
        <Form.Item
          name="name"
          label={t('portal.columns.name')}
          rules={[...required(t('portal.columns.name')), { max: 30 }]}
        >
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item
          name="slug"
          label={t('portal.columns.slug')}
          extra={t('portal.columns.slugHint')}
          rules={[
            ...required(t('portal.columns.slug')),
            { pattern: SLUG, message: t('portal.columns.slugHint') },
          ]}
        >
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="kind" label={t('portal.columns.kind')}>
          <Select options={KINDS.map((kind) => ({ value: kind, label: t(`portal.kind.${kind}`) }))} />
        </Form.Item>
        <Form.Item
          name="position"
          label={t('portal.columns.position')}
          rules={required(t('portal.columns.position'))}
        >
          <InputNumber min={0} max={1000} precision={0} />
        </Form.Item>
        <Form.Item
          name="staleDays"
          label={t('portal.columns.staleDays')}
          extra={t('portal.columns.staleHint')}
        >
          <InputNumber min={1} max={3650} precision={0} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
