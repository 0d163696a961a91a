import { App, Button, type ButtonProps } from 'antd';
import { useState } from 'react';
import { downloadFile } from '../api/download.ts';
import { ApiError } from '../api/errors.ts';
import { useT } from '../i18n/useT.ts';
import { useErrorText } from './errors.tsx';

/**
 * A link to a file of the API that downloads through `downloadFile`: busy while the file comes, a failure as a
 * message, an expired session to the login page and back. The href stays, so the link can still be copied.
 * A file the server masked for the user's role is said to be masked, as the file itself says in its first row.
 */
export function DownloadButton({
  href,
  ...props
}: Omit<ButtonProps, 'onClick' | 'loading'> & { href: string }) {
  const { message } = App.useApp();
  const errorText = useErrorText();
  const t = useT();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      {...props}
      href={href}
      loading={busy}
      onClick={(event) => {
        event.preventDefault();
        if (busy) return;
        setBusy(true);
        downloadFile(href)
          .then(({ masked }) => {
            if (masked) void message.info(t('download.masked'), 8);
          })
          .catch((error: unknown) => {
            // A 401 has already sent the user to the login page; saying more would only flash.
            if (!(error instanceof ApiError && error.status === 401)) void message.error(errorText(error));
          })
          .finally(() => setBusy(false));
      }}
    />
  );
}
