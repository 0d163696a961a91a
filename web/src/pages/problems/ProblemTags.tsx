import { Tag } from 'antd';
import { useT } from '../../i18n/useT.ts';
import type { ProblemState, ProblemSummary } from './api.ts';
import { useProblemWords } from './labels.ts';
import { isEscalated } from './model.ts';

const COLOUR: Record<ProblemState, string> = {
  open: 'default',
  in_progress: 'processing',
  solved: 'blue',
  confirmed: 'green',
};

/** A problem's state, and what it needs attention for: overdue, escalated above its village. */
export function ProblemTags({ item, state = true }: { item: ProblemSummary; state?: boolean }) {
  const t = useT();
  const words = useProblemWords();
  return (
    <span className="zf-problem-tags">
      {state && <Tag color={COLOUR[item.state]}>{words.state(item.state)}</Tag>}
      {item.overdue && <Tag color="red">{t('problems.flag.overdue')}</Tag>}
      {isEscalated(item) && (
        <Tag color="volcano">
          {t('problems.flag.escalated')} · {words.level(item.handlerLevel)}
        </Tag>
      )}
    </span>
  );
}
