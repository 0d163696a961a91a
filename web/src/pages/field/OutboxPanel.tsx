import { CloudSyncOutlined } from '@ant-design/icons';
import { Alert, Badge, Button, Card, Flex, Popconfirm, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useI18n } from '../../i18n/useT.ts';
import { formatTime } from '../../components/format.ts';
import { unsent, useOnline, useOutbox } from '../../offline/useOutbox.ts';
import type { OutboxItem } from '../../offline/types.ts';
import { regionHref, useRegionScope } from '../../region/scope.ts';

/**
 * The phone's outbox at the top of the field pages: online or not, how many records wait, the 同步 button,
 * and each refused record with the server's message, to fix (a visit opens its form again) or discard.
 */
export function OutboxPanel() {
  const { t, pick } = useI18n();
  const online = useOnline();
  const navigate = useNavigate();
  const scope = useRegionScope();
  const { outbox, items } = useOutbox();
  const waiting = unsent(items);
  const refused = waiting.filter((i) => i.state === 'failed');
  const title = (item: OutboxItem) =>
    item.kind === 'visit'
      ? t('field.queue.visit', { label: item.label })
      : t('field.queue.checkin', { time: formatTime(item.body.at) });
  const fix = (item: OutboxItem) =>
    scope.code &&
    void navigate(
      regionHref(
        scope.code,
        `field/visit/${item.kind === 'visit' ? item.body.householdId : 0}`,
        undefined,
        new URLSearchParams({ fix: item.clientId }),
      ),
    );
  return (
    <Card size="small" className="zf-outbox" data-testid="outbox">
      <div className="zf-outbox-line">
        <Tag color={online ? 'green' : 'default'}>
          {online ? t('field.queue.online') : t('field.queue.offline')}
        </Tag>
        <Badge status={waiting.length > 0 ? 'processing' : 'success'} />
        <Typography.Text data-testid="outbox-count">
          {waiting.length > 0 ? t('field.queue.pending', { count: waiting.length }) : t('field.queue.none')}
        </Typography.Text>
        <span className="zf-header-spacer" />
        <Button
          icon={<CloudSyncOutlined />}
          disabled={!online || waiting.length === 0}
          onClick={() => void outbox?.sync()}
        >
          {t('field.queue.sync')}
        </Button>
      </div>
      {refused.map((item) => (
        <Alert
          key={item.clientId}
          type="error"
          showIcon
          className="zf-outbox-refused"
          title={title(item)}
          description={t('field.queue.refused', {
            message: item.error?.message ? pick(item.error.message) : (item.error?.code ?? ''),
          })}
          action={
            <Flex vertical gap={4}>
              {item.kind === 'visit' ? (
                <Button size="small" onClick={() => fix(item)}>
                  {t('field.queue.fix')}
                </Button>
              ) : (
                <Button size="small" onClick={() => void outbox?.retry(item.clientId)}>
                  {t('field.queue.retry')}
                </Button>
              )}
              <Popconfirm
                title={t('field.queue.discardConfirm')}
                onConfirm={() => void outbox?.discard(item.clientId)}
              >
                <Button size="small" danger>
                  {t('field.queue.discard')}
                </Button>
              </Popconfirm>
            </Flex>
          }
        />
      ))}
    </Card>
  );
}
