import { Button, Card, Descriptions, Empty, List, Space, Typography } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/errors.tsx';
import { useT } from '../../../i18n/useT.ts';
import { usePairings, type Pairing } from './api.ts';
import { EndPairingModal, PairModal } from './PairingForms.tsx';

interface Props {
  householdId: number;
  regionCode: string;
  /** The cadre's unit and phone as the household holds them (kept in step by the pairing; phone masked). */
  unit: string | null;
  phone: string | null;
  /** Whether the user keeps the organisation here (pairs and ends pairings). */
  keeper: boolean;
}

/** 帮扶责任人: the open pairing (cadre, unit, phone as the presenter gives it, since when) and the ones before. */
export function PairingSection({ householdId, regionCode, unit, phone, keeper }: Props) {
  const t = useT();
  const pairings = usePairings(householdId);
  const [open, setOpen] = useState<'pair' | 'end' | null>(null);
  const items = pairings.data?.items ?? [];
  const current = items.find((p) => p.to === null);
  const former = items.filter((p) => p.to !== null);

  return (
    <Card
      size="small"
      className="zf-casework-section zf-casework-pairing"
      title={t('casework.pairing.title')}
      extra={
        keeper &&
        pairings.isSuccess && (
          <Space size={4}>
            {current ? (
              <Button size="small" danger onClick={() => setOpen('end')}>
                {t('casework.pairing.end')}
              </Button>
            ) : (
              <Button size="small" type="primary" onClick={() => setOpen('pair')}>
                {t('casework.pairing.pair')}
              </Button>
            )}
          </Space>
        )
      }
      loading={pairings.isPending}
    >
      {pairings.isError ? (
        <ErrorAlert error={pairings.error} onRetry={() => void pairings.refetch()} />
      ) : current ? (
        <Current pairing={current} unit={unit} phone={phone} />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('casework.pairing.none')} />
      )}
      {former.length > 0 && (
        <>
          <Typography.Text type="secondary">{t('casework.pairing.history')}</Typography.Text>
          <List
            size="small"
            dataSource={former}
            renderItem={(p) => (
              <List.Item>
                <div>
                  {p.cadreName}{' '}
                  <span className="zf-muted">
                    {t('casework.pairing.period', { from: p.from, to: p.to ?? '' })}
                  </span>
                  {p.endReason && (
                    <div className="zf-muted">{t('casework.pairing.endReason', { reason: p.endReason })}</div>
                  )}
                </div>
              </List.Item>
            )}
          />
        </>
      )}
      {open === 'pair' && (
        <PairModal householdId={householdId} regionCode={regionCode} onClose={() => setOpen(null)} />
      )}
      {open === 'end' && current && (
        <EndPairingModal householdId={householdId} pairing={current} onClose={() => setOpen(null)} />
      )}
    </Card>
  );
}

function Current({ pairing, unit, phone }: { pairing: Pairing; unit: string | null; phone: string | null }) {
  const t = useT();
  return (
    <Descriptions size="small" column={1} className="zf-casework-cadre">
      <Descriptions.Item label={t('casework.pairing.cadre')}>
        {/* One inline run: the item's content is a flex box, which would drop the space between them. */}
        <span>
          <Typography.Text strong>{pairing.cadreName}</Typography.Text>{' '}
          <span className="zf-muted">{t('casework.pairing.since', { date: pairing.from })}</span>
        </span>
      </Descriptions.Item>
      {unit && <Descriptions.Item label={t('casework.pairing.unit')}>{unit}</Descriptions.Item>}
      {phone && <Descriptions.Item label={t('casework.pairing.phone')}>{phone}</Descriptions.Item>}
    </Descriptions>
  );
}
