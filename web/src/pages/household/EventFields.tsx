import { Form, Input, Select } from 'antd';
import { useCodeLabel } from '../../components/codes.ts';
import { useT } from '../../i18n/useT.ts';
import { useRequired } from '../../forms/rules.ts';
import { correctedYear } from './correction.ts';
import { CorrectionReason } from './CorrectionReason.tsx';

/** Today as YYYY-MM-DD in the user's time zone (the default date of an event recorded now). */
export function todayText(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * What happened and when: the event (labels from the change_event code table; `move`, a move within the
 * registry, has its own words), its date (the phone's own date picker) and a note; an event dated in a closed
 * year corrects that year, so then also why.
 */
export function EventFields({ events }: { events: readonly string[] }) {
  const t = useT();
  const label = useCodeLabel();
  const required = useRequired();
  const eventDate = Form.useWatch<string | undefined>('eventDate', Form.useFormInstance());
  const corrected = correctedYear(eventDate, todayText());
  return (
    <div className="zf-form-grid">
      <Form.Item name="event" label={t('event.kind')} rules={required(t('event.kind'))}>
        <Select
          placeholder={t('edit.select')}
          options={events.map((e) => ({
            value: e,
            label: e === 'move' ? t('event.move') : label('change_event', e),
          }))}
        />
      </Form.Item>
      <Form.Item name="eventDate" label={t('event.date')} rules={required(t('event.date'))}>
        <Input type="date" max={todayText()} />
      </Form.Item>
      <Form.Item name="note" label={t('event.note')} className="zf-form-wide">
        <Input maxLength={200} />
      </Form.Item>
      {corrected !== undefined && (
        <CorrectionReason year={corrected} rules={required(t('correction.reason'))} />
      )}
    </div>
  );
}
