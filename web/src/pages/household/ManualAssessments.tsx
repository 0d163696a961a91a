import { PaperClipOutlined } from '@ant-design/icons';
import { Card, Tag, Typography } from 'antd';
import { evidenceHref, type Assessment } from '../../api/measures.ts';
import { DownloadButton } from '../../components/DownloadButton.tsx';
import { formatTime } from '../../components/format.ts';
import { useI18n } from '../../i18n/useT.ts';
import { useGuaranteeLabel } from './assessment-label.ts';

/**
 * The manual assessments of the year, newest first: which guarantee, the judgement and its reason, who and
 * when, and the evidence — the file to download and/or the field visit it rests on.
 */
export function ManualAssessments({ householdId, data }: { householdId: number; data: Assessment }) {
  const { t } = useI18n();
  const label = useGuaranteeLabel();
  const labels = new Map(data.guarantees.map((g) => [g.guarantee, label(g)]));
  if (data.assessments.length === 0) return null;
  return (
    <Card size="small" title={t('assessment.manual', { count: data.assessments.length })}>
      <ul className="zf-assessments">
        {data.assessments.map((a) => (
          <li key={a.id} className="zf-assessment-entry">
            <div className="zf-guarantee-head">
              <Typography.Text strong>{labels.get(a.guarantee) ?? a.guarantee}</Typography.Text>
              <Tag color={a.secure ? 'green' : 'red'}>
                {t(a.secure ? 'assessment.state.secure' : 'assessment.state.not_secure')}
              </Tag>
              <span className="zf-muted">
                {a.assessedBy} · {formatTime(a.assessedAt)}
              </span>
            </div>
            <div>{a.reason}</div>
            <div className="zf-evidence">
              {a.evidence && (
                <DownloadButton
                  type="link"
                  size="small"
                  icon={<PaperClipOutlined />}
                  href={evidenceHref(householdId, a.evidence.id)}
                >
                  {a.evidence.fileName}
                </DownloadButton>
              )}
              {a.visitReference && (
                <span className="zf-muted">
                  {t('assessment.visitOf', { reference: a.visitReference, date: a.visitDate ?? '' })}
                </span>
              )}
            </div>
          </li>
        ))}
      </ul>
    </Card>
  );
}
