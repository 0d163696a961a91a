import { Descriptions, Empty, Timeline, Typography } from 'antd';
import { useT } from '../../i18n/useT.ts';
import type { CaseEvent, CaseView } from './api.ts';
import { useCaseWords } from './labels.ts';

/** An input of a step in words: evidence by file or document, votes, codes as they were sent. */
function inputText(key: string, value: unknown, files: ReadonlyMap<number, string>): string {
  if (typeof value !== 'object' || value === null) return String(value);
  if (Array.isArray(value)) return value.join('、');
  const v = value as Record<string, unknown>;
  if (typeof v.evidenceId === 'number') return files.get(v.evidenceId) ?? `#${v.evidenceId}`;
  if (typeof v.documentNo === 'string') return `${v.documentNo} (${String(v.date)})`;
  if (key === 'votes') return `${String(v.for)}/${String(v.against)}/${String(v.present)}`;
  return JSON.stringify(value);
}

function EventItem({ event, files }: { event: CaseEvent; files: ReadonlyMap<number, string> }) {
  const t = useT();
  const words = useCaseWords();
  const inputs = Object.entries(event.inputs);
  return (
    <div className="zf-case-event">
      <Typography.Text strong>{words.action(event.action)}</Typography.Text>
      {event.fromStage !== event.toStage && (
        <Typography.Text type="secondary"> → {words.stage(event.toStage)}</Typography.Text>
      )}
      <div className="zf-muted">
        {t('cases.event.by', { date: event.date, actor: event.actor, role: words.role(event.actorRole) })}
      </div>
      {event.reason && <div>{t('cases.event.reason', { reason: event.reason })}</div>}
      {event.comment && <div>{t('cases.event.comment', { comment: event.comment })}</div>}
      {inputs.length > 0 && (
        <Descriptions size="small" column={1} className="zf-case-inputs">
          {inputs.map(([key, value]) => (
            <Descriptions.Item key={key} label={words.input(key)}>
              {inputText(key, value, files)}
            </Descriptions.Item>
          ))}
        </Descriptions>
      )}
    </div>
  );
}

/** Every step of the case in the order taken, with who took it, in what role, when, why and with what. */
export function CaseTimeline({ view }: { view: CaseView }) {
  const files = new Map(view.evidence.map((e) => [e.id, e.fileName]));
  if (view.events.length === 0) return <Empty />;
  return (
    <Timeline
      className="zf-case-timeline"
      items={view.events.map((event) => ({
        key: event.id,
        color: event.action === 'reject' || event.action === 'withdraw' ? 'red' : 'blue',
        content: <EventItem event={event} files={files} />,
      }))}
    />
  );
}
