import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import type { ReactNode } from 'react';

/** Above a tab's list: its filters, and its create button for those who keep the organisation here. */
export function OrgToolbar({
  writable,
  create,
  onCreate,
  children,
}: {
  writable: boolean;
  create: string;
  onCreate: () => void;
  children?: ReactNode;
}) {
  return (
    <div className="zf-org-toolbar">
      <div className="zf-org-filters">{children}</div>
      {writable && (
        <Button type="primary" icon={<PlusOutlined />} onClick={onCreate}>
          {create}
        </Button>
      )}
    </div>
  );
}
