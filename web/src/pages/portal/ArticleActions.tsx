import { Alert, App, Button, DatePicker, Form, Input, Modal, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { ApiError } from '../../api/errors.ts';
import { useErrorText } from '../../components/errors.tsx';
import { formatTime } from '../../components/format.ts';
import { useRequired } from '../../forms/rules.ts';
import { useT } from '../../i18n/useT.ts';
import { useArticleAction } from './api.ts';
import type { Article, ArticleAction } from './types.ts';
import {
  availableActions,
  NEEDS_REASON,
  NEEDS_TIME,
  withdrawableFrom,
  type ArticleRights,
} from './workflow.ts';

const PRIMARY: readonly ArticleAction[] = ['submit', 'publish'];
const DANGER: readonly ArticleAction[] = ['withdraw', 'return'];

interface Props {
  article: Article;
  rights: ArticleRights;
  /** Unsaved edits: an action works on the saved revision, so it waits for a save. */
  dirty: boolean;
  /** The server's clock is not ours; the hold of a disclosure is only a hint, the server decides. */
  now?: Date;
}

/**
 * The workflow buttons the caller may use in the article's state; return and withdraw ask for a reason,
 * schedule for a time. A stale version (409) reloads the article; other refusals are shown as the server says.
 */
export function ArticleActions({ article, rights, dirty, now = new Date() }: Props) {
  const t = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const act = useArticleAction(article.id);
  const [asking, setAsking] = useState<ArticleAction | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const actions = availableActions(article.state, rights);
  const hold = article.kind === 'disclosure' ? withdrawableFrom(article.publishedAt, article.minDays) : null;
  // A stale version has been read again already (the action's refresh): say so rather than "reload".
  const stale = failure instanceof ApiError && failure.status === 409;
  if (actions.length === 0) return null;

  const run = (action: ArticleAction, extra: { reason?: string; publishAt?: string } = {}) => {
    setFailure(null);
    act.mutate(
      { action, version: article.version, ...extra },
      {
        onSuccess: () => {
          void message.success(t('portal.action.done', { action: t(`portal.action.${action}`) }));
          setAsking(null);
        },
        onError: (error) => {
          // Someone moved the article meanwhile: the refresh after any failure shows its present state.
          if (error instanceof ApiError && error.status === 409) setAsking(null);
          setFailure(error);
        },
      },
    );
  };

  return (
    <div className="zf-portal-actions">
      {dirty && <Alert type="info" showIcon title={t('portal.action.unsaved')} />}
      {hold && article.state === 'published' && hold > now && (
        <Alert
          type="info"
          showIcon
          className="zf-portal-hold"
          title={t('portal.action.holdUntil', {
            days: article.minDays ?? 0,
            time: formatTime(hold.toISOString()),
          })}
        />
      )}
      {failure !== null && (
        <Alert
          type="error"
          showIcon
          role="alert"
          className="zf-portal-action-error"
          title={stale ? t('portal.action.reloaded') : errorText(failure)}
        />
      )}
      <Space wrap>
        {actions.map((action) => (
          <Button
            key={action}
            className={`zf-portal-action zf-portal-action-${action}`}
            type={PRIMARY.includes(action) ? 'primary' : 'default'}
            danger={DANGER.includes(action)}
            disabled={dirty}
            loading={act.isPending && act.variables.action === action}
            onClick={() =>
              NEEDS_REASON.includes(action) || NEEDS_TIME.includes(action) ? setAsking(action) : run(action)
            }
          >
            {t(`portal.action.${action}`)}
          </Button>
        ))}
      </Space>
      {asking && (
        <ActionModal
          action={asking}
          saving={act.isPending}
          onCancel={() => setAsking(null)}
          onRun={(extra) => run(asking, extra)}
        />
      )}
    </div>
  );
}

interface ModalValues {
  reason?: string;
  publishAt?: Dayjs;
}

function ActionModal({
  action,
  saving,
  onCancel,
  onRun,
}: {
  action: ArticleAction;
  saving: boolean;
  onCancel: () => void;
  onRun: (extra: { reason?: string; publishAt?: string }) => void;
}) {
  const t = useT();
  const required = useRequired();
  const [form] = Form.useForm<ModalValues>();
  return (
    <Modal
      open
      className={`zf-portal-action-modal zf-portal-action-modal-${action}`}
      title={t(`portal.action.${action}`)}
      okText={t('portal.action.confirm')}
      cancelText={t('portal.cancel')}
      okButtonProps={{ danger: DANGER.includes(action) }}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Form<ModalValues>
        form={form}
        layout="vertical"
        onFinish={(values) =>
          onRun({
            ...(values.reason ? { reason: values.reason.trim() } : {}),
            ...(values.publishAt ? { publishAt: values.publishAt.toISOString() } : {}),
          })
        }
      >
        {NEEDS_REASON.includes(action) && (
          <Form.Item
            name="reason"
            label={t('portal.action.reason')}
            extra={t('portal.action.reasonHint')}
            rules={[...required(t('portal.action.reason')), { whitespace: true }, { max: 500 }]}
          >
            <Input.TextArea className="zf-portal-action-reason" autoSize={{ minRows: 2 }} maxLength={500} />
          </Form.Item>
        )}
        {NEEDS_TIME.includes(action) && (
          <Form.Item
            name="publishAt"
            label={t('portal.action.publishAt')}
            rules={required(t('portal.action.publishAt'))}
          >
            <DatePicker
              className="zf-portal-publish-at"
              showTime={{ format: 'HH:mm' }}
              format="YYYY-MM-DD HH:mm"
              disabledDate={(day) => day.isBefore(dayjs(), 'day')}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
