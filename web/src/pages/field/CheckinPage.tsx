import { ArrowLeftOutlined, EnvironmentOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, List, Select, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { chinaDay, formatTime } from '../../components/format.ts';
import { useT } from '../../i18n/useT.ts';
import type { OutboxState } from '../../offline/types.ts';
import { useOutbox } from '../../offline/useOutbox.ts';
import { regionHref, useRegionScope } from '../../region/scope.ts';
import { useCheckinsOf, useMyHouseholds } from './api.ts';
import { OutboxPanel } from './OutboxPanel.tsx';
import { PositionLine, usePosition } from './PositionLine.tsx';
import './field.css';

const STATE_TAG: Record<
  OutboxState,
  {
    color: string;
    key: 'field.queue.waiting' | 'field.queue.sending' | 'field.queue.sent' | 'field.queue.failed';
  }
> = {
  pending: { color: 'default', key: 'field.queue.waiting' },
  sending: { color: 'processing', key: 'field.queue.sending' },
  sent: { color: 'success', key: 'field.queue.sent' },
  failed: { color: 'error', key: 'field.queue.failed' },
};

/**
 * 驻村打卡: one button that records the time and the phone's position (kept in the outbox first, like a visit),
 * and today's check-ins — those the server has and those still on the phone.
 */
export function CheckinPage() {
  const t = useT();
  const { message } = App.useApp();
  const scope = useRegionScope();
  const position = usePosition();
  const { outbox, items } = useOutbox();
  const my = useMyHouseholds();
  const today = chinaDay();
  const server = useCheckinsOf(my.data?.data.cadre.id, today);
  const [missing, setMissing] = useState(false);
  // A work team's member checks in at the team's village (the server knows it); anyone else names the village.
  const [village, setVillage] = useState<string | undefined>();
  const villages = [
    ...new Map((my.data?.data.items ?? []).map((h) => [h.villageCode, h.villageName ?? h.villageCode])),
  ].map(([value, label]) => ({ value, label }));

  const onPhone = items.filter((i) => i.kind === 'checkin' && chinaDay(i.body.at) === today);
  const known = new Set(onPhone.map((i) => i.clientId));
  const rows = [
    ...onPhone.map((i) => ({
      clientId: i.clientId,
      at: i.body.at,
      accuracy: i.body.position.accuracy,
      state: i.state,
    })),
    ...(server.data?.data.items ?? [])
      .filter((c) => !known.has(c.clientId))
      .map((c) => ({
        clientId: c.clientId,
        at: c.at,
        accuracy: c.position.accuracy,
        state: 'sent' as const,
      })),
  ].sort((a, b) => dayjs(b.at).valueOf() - dayjs(a.at).valueOf());

  const checkIn = async () => {
    if (!position.position) {
      setMissing(true);
      return;
    }
    const clientId = crypto.randomUUID();
    const at = dayjs().format();
    await outbox?.add({
      kind: 'checkin',
      clientId,
      label: at,
      photos: [],
      body: { clientId, at, position: position.position, ...(village && { villageCode: village }) },
    });
    void message.success(
      t('field.checkin.done', {
        state: navigator.onLine ? t('field.form.savedOnline') : t('field.form.savedOffline'),
      }),
    );
  };

  return (
    <div className="zf-field">
      <div className="zf-field-head">
        <Link to={regionHref(scope.code ?? '', 'field', undefined)}>
          <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('field.form.back')} />
        </Link>
        <Typography.Title level={4} className="zf-page-title">
          {t('field.checkin.title')}
        </Typography.Title>
      </div>
      <OutboxPanel />
      <Card size="small">
        <PositionLine state={position} />
        {missing && !position.position && (
          <Alert type="error" showIcon title={t('field.form.positionRequired')} />
        )}
        {villages.length > 0 && (
          <Select
            allowClear
            className="zf-checkin-village"
            placeholder={t('field.checkin.village')}
            aria-label={t('field.checkin.village')}
            options={villages}
            value={village}
            onChange={setVillage}
          />
        )}
        <Button
          type="primary"
          size="large"
          block
          className="zf-checkin-button"
          icon={<EnvironmentOutlined />}
          onClick={() => void checkIn()}
        >
          {t('field.checkin.button')}
        </Button>
      </Card>
      <Card size="small" title={t('field.checkin.today')}>
        {rows.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('field.checkin.none')} />
        ) : (
          <List
            size="small"
            dataSource={rows}
            renderItem={(row) => (
              <List.Item
                key={row.clientId}
                data-testid="checkin-row"
                extra={<Tag color={STATE_TAG[row.state].color}>{t(STATE_TAG[row.state].key)}</Tag>}
              >
                {t('field.checkin.at', { time: formatTime(row.at), meters: row.accuracy ?? '—' })}
              </List.Item>
            )}
          />
        )}
      </Card>
    </div>
  );
}
