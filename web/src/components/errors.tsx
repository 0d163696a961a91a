import { Alert, Button } from 'antd';
import { ApiError } from '../api/errors.ts';
import { useI18n } from '../i18n/useT.ts';
import { errorText } from './error-text.ts';

/** Any failure as one plain sentence in the reader's language (see error-text.ts). */
export function useErrorText(): (error: unknown) => string {
  const i18n = useI18n();
  return (error) => errorText(error, i18n);
}

/** A failed load, with the request id for support and a retry button when one is given. */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  const text = useErrorText();
  const requestId = error instanceof ApiError ? error.requestId : null;
  return (
    <Alert
      type="error"
      showIcon
      title={text(error)}
      description={requestId ? t('error.requestId', { id: requestId }) : undefined}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('error.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
