import { Alert } from 'antd';
import { Link } from 'react-router';
import { ApiError } from '../api/errors.ts';
import { useI18n } from '../i18n/useT.ts';
import { regionHref, useRegionScope } from '../region/scope.ts';
import { ErrorAlert } from './errors.tsx';

/**
 * Answers of the measures that are not failures but facts about the data: the whole country mixes provincial
 * lines (REGION_TOO_WIDE), no line is set for the year (NO_POVERTY_LINE), nobody is registered
 * (NO_HOUSEHOLDS). They are said plainly, with the way to the standards page where a line is missing;
 * anything else is an error with a retry.
 */
const EXPECTED = new Set(['REGION_TOO_WIDE', 'NO_POVERTY_LINE', 'NO_HOUSEHOLDS']);

/** The code that says what happened: a rule's own, or that of the one field a validation names. */
function reasonCode(error: unknown): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.fields.length === 1 ? error.fields[0]!.code : error.code;
}

export function MeasureNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t, pick } = useI18n();
  const scope = useRegionScope();
  const code = reasonCode(error);
  if (!(error instanceof ApiError) || !code || !EXPECTED.has(code))
    return <ErrorAlert error={error} onRetry={onRetry} />;
  // A validation's own message lists field paths; the one field's message is the plain sentence.
  const message = error.fields.length === 1 ? error.fields[0]!.message : error.serverMessage;
  return (
    <Alert
      type="info"
      showIcon
      className="zf-measure-notice"
      title={message ? pick(message) : code}
      action={
        code === 'NO_POVERTY_LINE' && scope.code ? (
          <Link to={regionHref(scope.code, 'standards', scope.year)}>{t('nav.standards')}</Link>
        ) : undefined
      }
    />
  );
}
