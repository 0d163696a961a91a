import { Alert, App, Button, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { useErrorText } from '../../components/errors.tsx';
import { useT } from '../../i18n/useT.ts';
import type { MessageKey } from '../../i18n/zh-CN.ts';
import { actionsFor, splitNames, useComplaintAction, type Complaint, type ComplaintAction } from './api.ts';

interface Values {
  reply?: string;
  publicReply?: string;
  namesToHide?: string;
}

/**
 * The handler's steps on a complaint: a button per step the state offers, each in a small form — the reply,
 * the reason for closing, or the text to publish and the names to remove from it.
 */
export function ComplaintActions({ complaint }: { complaint: Complaint }) {
  const t = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const act = useComplaintAction(complaint.id);
  const [open, setOpen] = useState<ComplaintAction>();
  const [form] = Form.useForm<Values>();
  const actions = actionsFor(complaint);
  if (!complaint.canHandle || actions.length === 0) return null;

  const start = (action: ComplaintAction) => {
    form.resetFields();
    if (action === 'publish_reply') form.setFieldsValue({ publicReply: complaint.reply ?? '' });
    setOpen(action);
  };
  const submit = async (values: Values) => {
    if (!open) return;
    const text = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);
    const names = splitNames(values.namesToHide ?? '');
    await act.mutateAsync({
      action: open,
      version: complaint.version,
      ...(text(values.reply) ? { reply: text(values.reply) } : {}),
      ...(text(values.publicReply) ? { publicReply: text(values.publicReply) } : {}),
      ...(names.length ? { namesToHide: names } : {}),
    });
    setOpen(undefined);
    void message.success(t('complaints.done'));
  };

  return (
    <>
      <Space wrap>
        {actions.map((a) => (
          <Button key={a} type={a === 'reply' ? 'primary' : 'default'} onClick={() => start(a)}>
            {t(`complaints.action.${a}` as MessageKey)}
          </Button>
        ))}
      </Space>
      <Modal
        open={open !== undefined}
        title={open && t(`complaints.action.${open}` as MessageKey)}
        okText={t('complaints.form.submit')}
        confirmLoading={act.isPending}
        onOk={() => form.submit()}
        onCancel={() => setOpen(undefined)}
        destroyOnHidden
      >
        {act.isError && <Alert type="error" showIcon title={errorText(act.error)} />}
        <Form form={form} layout="vertical" onFinish={(v) => void submit(v).catch(() => undefined)}>
          {open === 'reply' && (
            <Form.Item name="reply" label={t('complaints.form.reply')} rules={[{ required: true }]}>
              <Input.TextArea rows={6} maxLength={5000} showCount />
            </Form.Item>
          )}
          {open === 'close' && complaint.state !== 'answered' && (
            <Form.Item name="reply" label={t('complaints.form.reason')} rules={[{ required: true }]}>
              <Input.TextArea rows={3} maxLength={5000} />
            </Form.Item>
          )}
          {open === 'publish_reply' && (
            <>
              <Form.Item name="publicReply" label={t('complaints.form.publicReply')}>
                <Input.TextArea rows={6} maxLength={5000} showCount />
              </Form.Item>
              <Form.Item name="namesToHide" label={t('complaints.form.namesToHide')}>
                <Input maxLength={500} />
              </Form.Item>
            </>
          )}
        </Form>
      </Modal>
    </>
  );
}
