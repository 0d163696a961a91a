import { PlusOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/useT.ts';
import { COUNTRY } from '../../region/code.ts';

/** Above a tab's list: its filters, and its create button for those who keep the organisation here. */
export function OrgToolbar({
  writable,
  create,
  onCreate,
  keptIn,
  children,
}: {
  writable: boolean;
  create: string;
  onCreate: () => void;
  /**
   * The region shown, when what is created is kept by it (units, cadres): the country keeps none, so a system
   * administrator there is asked to choose the region first rather than offered a form the server refuses.
   */
  keptIn?: string;
  children?: ReactNode;
}) {
  const t = useT();
  return (
    <div className="zf-org-toolbar">
      <div className="zf-org-filters">{children}</div>
      {writable &&
        (keptIn === COUNTRY ? (
          <Typography.Text type="secondary">{t('org.chooseRegion')}</Typography.Text>
        ) : (
          <Button type="primary" icon={<PlusOutlined />} onClick={onCreate}>
            {create}
          </Button>
        ))}
    </div>
  );
}
