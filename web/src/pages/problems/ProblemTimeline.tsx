import { Timeline, Typography } from 'antd';
import { useCodeLabel } from '../../components/codes.ts';
import { useT } from '../../i18n/useT.ts';
import type { ProblemEvent, ProblemView } from './api.ts';
import { useProblemWords } from './labels.ts';

const COLOUR: Record<string, string> = { solve: 'blue', confirm: 'green', reopen: 'red', escalate: 'orange' };

function EventItem({ event }: { event: ProblemEvent }) {
  const t = useT();
  const words = useProblemWords();
  const code = useCodeLabel();
  return (
    <div className="zf-problem-event">
      <Typography.Text strong>{words.action(event.action)}</Typography.Text>
      <div className="zf-muted">
        {t('problems.event.by', { date: event.date, actor: event.actorName ?? event.actor })}
        {event.actorRole ? ` · ${code('role', event.actorRole)}` : ''}
      </div>
      {event.reason && (
        <div>
          {event.action === 'reopen'
            ? t('problems.event.reason', { reason: event.reason })
            : t('problems.event.note', { note: event.reason })}
        </div>
      )}
      {event.evidence && (
        <div>
          {t('problems.event.evidence', { documentNo: event.evidence.documentNo, date: event.evidence.date })}
        </div>
      )}
    </div>
  );
}

/** Every action on the problem in the order taken, with who, when, why and on what evidence. */
export function ProblemTimeline({ view }: { view: ProblemView }) {
  return (
    <Timeline
      className="zf-problem-timeline"
      items={view.events.map((event) => ({
        key: event.id,
        color: COLOUR[event.action] ?? 'gray',
        content: <EventItem event={event} />,
      }))}
    />
  );
}
