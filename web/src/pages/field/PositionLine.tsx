import { AimOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useT } from '../../i18n/useT.ts';
import type { Position } from '../../offline/contract.ts';
import { currentPosition } from './device.ts';

/** The phone's position, asked when the page opens and again on demand, with its accuracy. */
export function usePosition() {
  const [position, setPosition] = useState<Position | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [locating, setLocating] = useState(false);
  const locate = useCallback(() => {
    setLocating(true);
    setError(null);
    currentPosition()
      .then(setPosition)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
      .finally(() => setLocating(false));
  }, []);
  useEffect(locate, [locate]);
  return { position, error, locating, locate };
}

export function PositionLine({ state }: { state: ReturnType<typeof usePosition> }) {
  const t = useT();
  const { position, error, locating, locate } = state;
  return (
    <div className="zf-field-position" data-testid="position">
      {position && (
        <span>
          {position.lat.toFixed(5)}, {position.lng.toFixed(5)}{' '}
          <Typography.Text type="secondary">
            {t('field.form.accuracy', { meters: position.accuracy })}
          </Typography.Text>
        </span>
      )}
      {locating && <Typography.Text type="secondary">{t('field.form.locating')}</Typography.Text>}
      {error && !locating && (
        <Typography.Text type="danger">{t('field.form.noPosition', { reason: error })}</Typography.Text>
      )}
      <Button size="small" icon={<AimOutlined />} loading={locating} onClick={locate}>
        {t('field.form.locate')}
      </Button>
    </div>
  );
}
