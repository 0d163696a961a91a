import { Alert, Button } from 'antd';
import { ApiError } from '../api/errors.ts';
import { useI18n } from '../i18n/useT.ts';

/** Any failure as one plain sentence in the reader's language. */
export function useErrorText(): (error: unknown) => string {
  const { t, pick } = useI18n();
  return (error) => {
    if (error instanceof ApiError) {
      if (error.isNetwork) return t('error.network');
      if (error.status === 404) return t('error.notFound');
      if (error.serverMessage) return pick(error.serverMessage);
      if (error.status >= 500) return t('error.server');
    }
    return t('error.generic', { message: error instanceof Error ? error.message : String(error) });
  };
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
