import { Badge, Tag } from 'antd';
import { useT } from '../../i18n/useT.ts';
import type { InboxFilters } from './inbox.ts';
import { useCaseWords } from './labels.ts';
import type { useWorkCounts } from './work.ts';

interface Props {
  work: ReturnType<typeof useWorkCounts>;
  filters: InboxFilters;
  onChange: (next: InboxFilters) => void;
}

const OPEN: InboxFilters = {
  type: undefined,
  stage: undefined,
  overdue: false,
  state: 'open',
  after: undefined,
};

/**
 * The user's work by stage, as chips with counts: overdue first, then each stage where their roles act, in the
 * order the procedures reach them. A chip filters the list below; the chip of the current filter is checked.
 */
export function WorkBar({ work, filters, onChange }: Props) {
  const t = useT();
  const words = useCaseWords();
  const plain = !filters.type && filters.state === 'open';
  const isStage = (stage: string | undefined, overdue: boolean) =>
    plain && filters.stage === stage && filters.overdue === overdue;
  return (
    <div className="zf-workbar" role="group" aria-label={t('cases.work')}>
      <Tag.CheckableTag checked={isStage(undefined, false)} onChange={() => onChange(OPEN)}>
        {t('cases.work.all')}
      </Tag.CheckableTag>
      <Tag.CheckableTag
        checked={isStage(undefined, true)}
        onChange={() => onChange({ ...OPEN, overdue: true })}
      >
        {t('cases.overdue')}{' '}
        <Badge count={work.overdue.count} showZero color={work.overdue.count ? 'red' : 'gray'} />
      </Tag.CheckableTag>
      {work.counts.map((c) => (
        <Tag.CheckableTag
          key={c.stage}
          checked={isStage(c.stage, false)}
          onChange={() => onChange({ ...OPEN, stage: c.stage })}
        >
          {words.stage(c.stage)} <Badge count={c.count} showZero color={c.count ? 'blue' : 'gray'} />
        </Tag.CheckableTag>
      ))}
    </div>
  );
}
