import { Alert, Button } from 'antd';
import { useErrorText } from '../components/errors.tsx';
import { useI18n } from '../i18n/useT.ts';
import type { ServerErrors } from './useServerErrors.ts';

/** How a form tells and resolves a stale version: its own words, and loading the latest data. */
export interface ConflictHandling {
  title: string;
  /** The text; `{version}` is the version the server now has. */
  body: (version: number | string) => string;
  onReload: () => void;
  reloading: boolean;
}

/** A value the user had typed before the latest data replaced the form. */
export interface TypedValue {
  key: string;
  label: string;
  value: string;
}

interface Props {
  errors: ServerErrors;
  /** Without it (a form that sends no version) a conflict is told like any other failure. */
  conflict?: ConflictHandling;
  /** A draft left by an expired session or a reload was put back into the form. */
  draftRestored?: boolean;
  /** What the user had typed, after loading someone else's newer version. */
  typed?: readonly TypedValue[];
}

/**
 * The notices above a form, the same in every form: a version conflict with the way out, any other failure
 * in one sentence, how many fields need a change (and the issues of fields the form does not show), a
 * restored draft, and the user's values after a reload.
 */
export function FormAlerts({ errors, conflict, draftRestored = false, typed = [] }: Props) {
  const { t, pick } = useI18n();
  const errorText = useErrorText();
  const stale = conflict ? errors.conflict : null;
  const version =
    stale && typeof stale.details.currentVersion === 'number' ? stale.details.currentVersion : '?';
  return (
    <>
      {stale && conflict && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          className="zf-conflict"
          title={conflict.title}
          description={conflict.body(version)}
          action={
            <Button size="small" type="primary" loading={conflict.reloading} onClick={conflict.onReload}>
              {t('edit.conflict.reload')}
            </Button>
          }
        />
      )}
      {errors.failure !== null && !stale && (
        <Alert type="error" showIcon role="alert" title={errorText(errors.failure)} />
      )}
      {errors.count > 0 && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('edit.invalid', { count: errors.count })}
          description={
            errors.other.length > 0 ? (
              <>
                {t('edit.otherFields')}
                <ul>
                  {errors.other.map((i) => (
                    <li key={`${i.field}:${i.code}`}>{pick(i.message)}</li>
                  ))}
                </ul>
              </>
            ) : undefined
          }
        />
      )}
      {draftRestored && <Alert type="info" showIcon closable title={t('edit.draftRestored')} />}
      {typed.length > 0 && (
        <Alert
          type="info"
          showIcon
          closable
          title={t('edit.reloaded')}
          description={
            <ul>
              {typed.map((p) => (
                <li key={p.key}>
                  {p.label}: {t('edit.yourValue', { value: p.value })}
                </li>
              ))}
            </ul>
          }
        />
      )}
    </>
  );
}
