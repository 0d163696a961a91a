import { Descriptions, Timeline, Typography } from 'antd';
import type { CodeList } from '../../api/types.ts';
import { useCodeLabel } from '../../components/codes.ts';
import { useT } from '../../i18n/useT.ts';
import type { CaseEvent, CaseView } from './api.ts';
import { useCaseWords } from './labels.ts';

/** The code list each coded input is read from. */
const CODED: Readonly<Record<string, string>> = {
  householdType: 'household_type',
  mainCause: 'poverty_cause',
  secondaryCauses: 'poverty_cause',
  monitoringType: 'monitoring_type',
  riskTypes: 'risk_type',
};
const RATES = new Set(['wrongExitRate', 'missedRate', 'approvalRate']);

type Label = (list: string, code: string) => string;

/** An input of a step in words: evidence by file or document, votes, codes by their labels, rates in percent. */
function inputText(key: string, value: unknown, files: ReadonlyMap<number, string>, label: Label): string {
  const list = CODED[key];
  if (list && typeof value === 'string') return label(list, value);
  if (list && Array.isArray(value)) return value.map((v) => label(list, String(v))).join('、');
  if (RATES.has(key) && typeof value === 'number') return `${Math.round(value * 10_000) / 100}%`;
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
  const code = useCodeLabel();
  // A list the server does not have (yet) shows the codes themselves.
  const label: Label = (list, value) => code(list as CodeList, value) || value;
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
              {inputText(key, value, files, label)}
            </Descriptions.Item>
          ))}
        </Descriptions>
      )}
    </div>
  );
}

/** Every step of the case in the order taken, with who took it, in what role, when, why and with what. */
export function CaseTimeline({ view }: { view: CaseView }) {
  const t = useT();
  const words = useCaseWords();
  const files = new Map(view.evidence.map((e) => [e.id, e.fileName]));
  // The opening is the case itself (its date and reason), not a step: it heads the timeline.
  const opened = {
    key: 'opened',
    color: 'gray',
    content: (
      <div className="zf-case-event">
        <Typography.Text strong>{words.action('open')}</Typography.Text>
        <Typography.Text type="secondary">
          {' '}
          → {words.stage(view.events[0]?.fromStage ?? view.stage)}
        </Typography.Text>
        <div className="zf-muted">{view.openedOn}</div>
        <div>{t('cases.event.reason', { reason: view.reason })}</div>
      </div>
    ),
  };
  return (
    <Timeline
      className="zf-case-timeline"
      items={[
        opened,
        ...view.events.map((event) => ({
          key: event.id,
          color: event.action === 'reject' || event.action === 'withdraw' ? 'red' : 'blue',
          content: <EventItem event={event} files={files} />,
        })),
      ]}
    />
  );
}
