import { Timeline, Typography } from 'antd';
import type { StandardLine, StandardVersion } from '../../api/measures.ts';
import { formatTime } from '../../components/format.ts';
import { useMeasureFormat } from '../../components/measureFormat.ts';
import { useT } from '../../i18n/useT.ts';

/** The versions of one line, newest (in force) first: the figures, who set them, when, and why. */
export function StandardHistory({ line }: { line: StandardLine }) {
  const t = useT();
  const f = useMeasureFormat();
  const versions: StandardVersion[] = [line, ...line.history];
  return (
    <Timeline
      className="zf-standard-history"
      items={versions.map((v, i) => ({
        key: v.standardId,
        color: i === 0 ? 'red' : 'gray',
        content: (
          <div className="zf-standard-version">
            <Typography.Text strong>
              {t('standards.version', { version: v.version })}
              {i === 0 ? ` · ${t('standards.current')}` : ''}
            </Typography.Text>
            <div>
              {t('standards.versionFigures', {
                line: f.yuan(v.line),
                monitoring: f.yuan(v.monitoringLine),
                multiplier: f.multiplier(v.monitoringMultiplier),
              })}
            </div>
            <div className="zf-muted">
              {t('standards.changedBy', { who: v.changedBy, time: formatTime(v.changedAt) })}
            </div>
            <div>{t('standards.reasonOf', { reason: v.reason })}</div>
          </div>
        ),
      }))}
    />
  );
}
