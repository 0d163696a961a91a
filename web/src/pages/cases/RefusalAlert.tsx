import { Alert } from 'antd';
import { ApiError } from '../../api/errors.ts';
import { useErrorText } from '../../components/errors.tsx';
import { useI18n } from '../../i18n/useT.ts';
import { failingCriteria } from './action-form.ts';

/**
 * Why the server refused a step, in the reader's language: its message, and for CRITERIA_NOT_MET each failing
 * criterion; field issues of a malformed input are listed too (the step form shows no field by its path).
 */
export function RefusalAlert({ error }: { error: unknown }) {
  const { pick } = useI18n();
  const text = useErrorText();
  const criteria = error instanceof ApiError ? failingCriteria(error) : [];
  const fields = error instanceof ApiError ? error.fields : [];
  const lines = [...criteria.map(pick), ...fields.map((f) => `${f.field}: ${pick(f.message)}`)];
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      className="zf-case-refusal"
      title={text(error)}
      description={
        lines.length > 0 ? (
          <ul className="zf-criteria">
            {lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}
