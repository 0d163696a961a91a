import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { dayOf, isAfterToday, textOf } from './dates.ts';

interface Props {
  /** 'YYYY-MM-DD', as the forms hold it and the API takes it. */
  value?: string | null;
  onChange?: (value: string | null) => void;
  id?: string;
  disabled?: boolean;
  /** A day that has not come yet cannot be chosen: the server refuses dates after its today. */
  allowFuture?: boolean;
}

/**
 * The one date input of the console: Ant Design's picker, whose panel speaks the console's language (the
 * ConfigProvider locale and dayjs's locale are both set from the language in App.tsx and I18nProvider.tsx),
 * instead of the browser's native field, which follows the browser's language. The form sees a plain
 * 'YYYY-MM-DD' text, so models, drafts and the API are the same as with a text field.
 */
export function DateField({ value, onChange, allowFuture = false, ...rest }: Props) {
  return (
    <DatePicker
      {...rest}
      className="zf-date"
      format="YYYY-MM-DD"
      value={dayOf(value)}
      onChange={(day: Dayjs | null) => onChange?.(textOf(day))}
      disabledDate={allowFuture ? undefined : (day: Dayjs) => isAfterToday(day, dayjs())}
    />
  );
}
