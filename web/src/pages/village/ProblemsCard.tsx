import { Card, Statistic } from 'antd';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/errors.tsx';
import { useT } from '../../i18n/useT.ts';
import type { MessageKey } from '../../i18n/zh-CN.ts';
import { regionHref, useRegionScope } from '../../region/scope.ts';
import { useProblemBoard, type ProblemTotals } from './api.ts';

const COUNTS: readonly (keyof ProblemTotals)[] = ['open', 'inProgress', 'overdue', 'solved', 'confirmed'];

/** The village's problems by state, from the problem board; the board itself is one click away. */
export function ProblemsCard({ code }: { code: string }) {
  const t = useT();
  const scope = useRegionScope();
  const board = useProblemBoard(code);
  return (
    <Card
      size="small"
      title={t('villagePage.problems')}
      extra={<Link to={regionHref(code, 'problems', scope.year)}>{t('org.view')}</Link>}
    >
      {board.isError ? (
        <ErrorAlert error={board.error} />
      ) : (
        <div className="zf-village-problems">
          {COUNTS.map((key) => (
            <Statistic
              key={key}
              title={t(`villagePage.problems.${key}` as MessageKey)}
              value={board.data?.totals[key] ?? '—'}
              className={
                key === 'overdue' && (board.data?.totals.overdue ?? 0) > 0 ? 'zf-overdue' : undefined
              }
            />
          ))}
        </div>
      )}
    </Card>
  );
}
