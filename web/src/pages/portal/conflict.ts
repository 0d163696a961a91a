import type { ConflictHandling } from '../../forms/FormAlerts.tsx';
import type { Translate } from '../../i18n/format.ts';

/** The portal's words for a stale version (409): someone saved meanwhile; load the latest and check it. */
export function conflictHandling(
  t: Translate,
  reload: { isFetching: boolean; refetch: () => Promise<unknown> },
  after: () => void,
): ConflictHandling {
  return {
    title: t('portal.conflict.title'),
    body: (version) => t('portal.conflict.body', { version }),
    reloading: reload.isFetching,
    onReload: () => void reload.refetch().then(after),
  };
}
