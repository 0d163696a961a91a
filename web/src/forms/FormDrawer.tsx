import { Button, Drawer, Space } from 'antd';
import type { ReactNode } from 'react';
import { useIsPhone } from '../components/useIsPhone.ts';
import { useI18n } from '../i18n/useT.ts';

interface Props {
  title: string;
  onCancel: () => void;
  onSave: () => void;
  saving: boolean;
  /** While a conflict waits for the latest data, saving would only fail again. */
  saveDisabled?: boolean;
  children: ReactNode;
}

/**
 * The frame of the forms opened over a page: full screen on a phone, a wide panel on a desktop, cancel and
 * save at the bottom. A click beside it does not close it (that would throw away what was typed).
 */
export function FormDrawer({ title, onCancel, onSave, saving, saveDisabled = false, children }: Props) {
  const { t, lang } = useI18n();
  const phone = useIsPhone();
  return (
    <Drawer
      open
      size={phone ? '100%' : 760}
      title={title}
      onClose={onCancel}
      mask={{ closable: false }}
      footer={
        <Space className="zf-drawer-footer">
          <Button onClick={onCancel}>{t('edit.cancel')}</Button>
          <Button type="primary" onClick={onSave} loading={saving} disabled={saveDisabled}>
            {t('edit.save')}
          </Button>
        </Space>
      }
    >
      <div className="zf-stack" lang={lang}>
        {children}
      </div>
    </Drawer>
  );
}
