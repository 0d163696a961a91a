import { Button, Empty, Form, Input, List, Modal, Radio, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { DateField } from '../../components/DateField.tsx';
import { useT } from '../../i18n/useT.ts';
import { useAddObjection, useAnswerObjection, type CaseView, type Objection } from './api.ts';
import { RefusalAlert } from './RefusalAlert.tsx';

const today = () => dayjs().format('YYYY-MM-DD');

interface AddValues {
  content: string;
  name?: string;
  phone?: string;
  date: string;
}

/** An objection received by staff (on paper, by phone) entered against the case's notice. */
function AddObjection({ caseId, onClose }: { caseId: number; onClose: () => void }) {
  const t = useT();
  const add = useAddObjection(caseId);
  const [form] = Form.useForm<AddValues>();
  const submit = (v: AddValues) => {
    const body = {
      content: v.content.trim(),
      date: v.date,
      ...(v.name?.trim() ? { name: v.name.trim() } : {}),
    };
    add.mutate(v.phone?.trim() ? { ...body, phone: v.phone.trim() } : body, { onSuccess: onClose });
  };
  return (
    <Modal
      open
      title={t('cases.objections.add')}
      okText={t('cases.submit')}
      cancelText={t('cases.cancel')}
      confirmLoading={add.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {add.isError && <RefusalAlert error={add.error} />}
      <Form
        name="objection-add"
        form={form}
        layout="vertical"
        initialValues={{ date: today() }}
        onFinish={submit}
      >
        <Form.Item
          name="content"
          label={t('cases.objections.content')}
          rules={[{ required: true, whitespace: true, message: t('cases.required') }]}
        >
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 3 }} />
        </Form.Item>
        <Form.Item name="name" label={t('cases.objections.name')}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="phone" label={t('cases.objections.phone')}>
          <Input maxLength={20} />
        </Form.Item>
        <Form.Item
          name="date"
          label={t('cases.objections.received')}
          rules={[{ required: true, message: t('cases.required') }]}
        >
          <DateField />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface AnswerValues {
  outcome: 'upheld' | 'dismissed';
  answer: string;
  date: string;
}

/** The answer on record: upheld sends the case back to verification, dismissed lets the notice end. */
function AnswerObjection({
  caseId,
  objection,
  onClose,
}: {
  caseId: number;
  objection: Objection;
  onClose: () => void;
}) {
  const t = useT();
  const answer = useAnswerObjection(caseId);
  const [form] = Form.useForm<AnswerValues>();
  const submit = (v: AnswerValues) =>
    answer.mutate(
      {
        objection: objection.id,
        body: { outcome: v.outcome, answer: v.answer.trim(), date: v.date, version: objection.version },
      },
      { onSuccess: onClose },
    );
  return (
    <Modal
      open
      title={t('cases.objections.answer')}
      okText={t('cases.submit')}
      cancelText={t('cases.cancel')}
      confirmLoading={answer.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Typography.Paragraph className="zf-objection-content">{objection.content}</Typography.Paragraph>
      {answer.isError && <RefusalAlert error={answer.error} />}
      <Form
        name="objection-answer"
        form={form}
        layout="vertical"
        initialValues={{ date: today() }}
        onFinish={submit}
      >
        <Form.Item
          name="outcome"
          label={t('cases.objections.outcome')}
          rules={[{ required: true, message: t('cases.required') }]}
        >
          <Radio.Group
            options={[
              { value: 'upheld', label: t('cases.objection.upheld') },
              { value: 'dismissed', label: t('cases.objection.dismissed') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="answer"
          label={t('cases.objections.answerText')}
          rules={[{ required: true, whitespace: true, message: t('cases.required') }]}
        >
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 3 }} />
        </Form.Item>
        <Form.Item
          name="date"
          label={t('cases.objections.answered')}
          rules={[{ required: true, message: t('cases.required') }]}
        >
          <DateField />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * The objections to the case's notices, from staff and from the public (name and phone as the server shows
 * them to this user); an unanswered one holds the notice, and staff who work in the region answer it here.
 */
export function CaseObjections({ view, writable }: { view: CaseView; writable: boolean }) {
  const t = useT();
  const [adding, setAdding] = useState(false);
  const [answering, setAnswering] = useState<Objection | null>(null);
  const canAdd = writable && view.outcome === null && view.notices.some((n) => n.endedOn === null);
  return (
    <div className="zf-case-objections">
      {canAdd && (
        <Button onClick={() => setAdding(true)} className="zf-objection-add">
          {t('cases.objections.add')}
        </Button>
      )}
      {view.objections.length === 0 ? (
        <Empty description={t('cases.objections.none')} />
      ) : (
        <List
          dataSource={view.objections}
          renderItem={(o) => (
            <List.Item
              actions={
                writable && o.outcome === null
                  ? [
                      <Button key="answer" size="small" type="primary" onClick={() => setAnswering(o)}>
                        {t('cases.objections.answer')}
                      </Button>,
                    ]
                  : []
              }
            >
              <List.Item.Meta
                title={
                  <Space wrap size={4}>
                    <Tag>{t(o.source === 'public' ? 'cases.objection.public' : 'cases.objection.staff')}</Tag>
                    {o.outcome ? (
                      <Tag color={o.outcome === 'upheld' ? 'red' : 'green'}>
                        {t(`cases.objection.${o.outcome}`)}
                      </Tag>
                    ) : (
                      <Tag color="gold">{t('cases.objection.open')}</Tag>
                    )}
                    <span className="zf-muted">{o.receivedOn}</span>
                  </Space>
                }
                description={
                  <>
                    <div>{o.content}</div>
                    {(o.name || o.phone) && (
                      <div className="zf-muted">{[o.name, o.phone].filter(Boolean).join(' · ')}</div>
                    )}
                    {o.answer && (
                      <div>
                        {t('cases.objection.answerWas', { date: o.answeredOn ?? '', answer: o.answer })}
                      </div>
                    )}
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
      {adding && <AddObjection caseId={view.id} onClose={() => setAdding(false)} />}
      {answering && (
        <AnswerObjection caseId={view.id} objection={answering} onClose={() => setAnswering(null)} />
      )}
    </div>
  );
}
