import { Button, Card, Empty, Image, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/errors.tsx';
import { formatTime } from '../../../components/format.ts';
import { useT } from '../../../i18n/useT.ts';
import { photoUrl, useVisits, type Visit } from './api.ts';
import { checkSummary, CHECKS, photoNote, VISITS_SHOWN } from './visit-model.ts';

/**
 * 走访记录: each visit with when and by whom, the items checked, its photos and the household's confirmation; the
 * latest few first, the rest on asking (a year of monthly visits would push the rest of the page far down).
 */
export function VisitsSection({ householdId }: { householdId: number }) {
  const t = useT();
  const visits = useVisits(householdId);
  const [all, setAll] = useState(false);
  const items = visits.data?.items ?? [];
  const shown = all ? items : items.slice(0, VISITS_SHOWN);
  return (
    <Card
      size="small"
      className="zf-casework-section"
      title={t('casework.visits.title')}
      loading={visits.isPending}
    >
      {visits.isError ? (
        <ErrorAlert error={visits.error} onRetry={() => void visits.refetch()} />
      ) : (
        <List
          size="small"
          dataSource={shown}
          locale={{
            emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('casework.visits.none')} />,
          }}
          renderItem={(v) => (
            <List.Item>
              <VisitItem visit={v} />
            </List.Item>
          )}
        />
      )}
      {shown.length < items.length && (
        <Button type="link" className="zf-visits-more" onClick={() => setAll(true)}>
          {t('casework.visits.more', { count: items.length })}
        </Button>
      )}
    </Card>
  );
}

function VisitItem({ visit }: { visit: Visit }) {
  const t = useT();
  const summary = checkSummary(visit.checks);
  const checked = CHECKS.filter((c) => visit.checks[c] !== undefined);
  return (
    <div className="zf-visit">
      <div>
        <Typography.Text strong>{formatTime(visit.at)}</Typography.Text>{' '}
        {visit.cadre && (
          <span className="zf-muted">{t('casework.visits.by', { cadre: visit.cadre.name })}</span>
        )}
      </div>
      {summary === 'allMet' && (
        <div className="zf-visit-checks" aria-label={t('casework.visits.checks')}>
          <Tag color="green">{t('casework.visits.allMet')}</Tag>
        </div>
      )}
      {summary === 'some' && (
        <div className="zf-visit-checks" aria-label={t('casework.visits.checks')}>
          {checked.map((c) => (
            <Tag key={c} color={visit.checks[c] ? 'green' : 'red'}>
              {t(`casework.check.${c}`)}{' '}
              {visit.checks[c] ? t('casework.visits.met') : t('casework.visits.unmet')}
            </Tag>
          ))}
        </div>
      )}
      {visit.notes && <div className="zf-visit-notes">{visit.notes}</div>}
      {visit.incomeChange && <div>{t('casework.visits.income', { text: visit.incomeChange })}</div>}
      {visit.memberChanges && <div>{t('casework.visits.members', { text: visit.memberChanges })}</div>}
      {visit.photos.length > 0 && (
        <Image.PreviewGroup>
          <div className="zf-visit-photos">
            {visit.photos.map((p, i) => {
              const note = photoNote(p);
              return (
                <Image
                  key={p.id}
                  width={72}
                  height={72}
                  src={photoUrl(visit.id, p.id)}
                  rootClassName={p.flagged ? 'zf-photo-flagged' : undefined}
                  alt={t('casework.visits.photo', { n: i + 1 })}
                  title={note ? t('casework.visits.photoGap', note) : undefined}
                />
              );
            })}
          </div>
        </Image.PreviewGroup>
      )}
      {visit.confirmation?.imageUrl && (
        <Image width={120} src={visit.confirmation.imageUrl} alt={t('casework.visits.confirmed.signature')} />
      )}
      <div className="zf-muted">
        {visit.confirmation
          ? t(`casework.visits.confirmed.${visit.confirmation.kind}`)
          : t('casework.visits.unconfirmed')}
        {visit.problemIds.length > 0 &&
          ` · ${t('casework.visits.problems', { count: visit.problemIds.length })}`}
      </div>
    </div>
  );
}
