import { Form, Select } from 'antd';
import { useSession } from '../../auth/session.tsx';
import { useCodeLabel } from '../../components/codes.ts';
import { useRequired } from '../../forms/rules.ts';
import { useT } from '../../i18n/useT.ts';
import { offeredRoles } from './model.ts';
import { RegionPicker } from './RegionPicker.tsx';

/** The fields of one grant — `role` and `regionCode` — in the forms that create a user or add a grant. */
export function GrantFields({ here }: { here: string }) {
  const t = useT();
  const required = useRequired();
  const label = useCodeLabel();
  const session = useSession();
  const roles = offeredRoles(session.data?.grants ?? []);
  return (
    <div className="zf-form-grid">
      <Form.Item name="role" label={t('users.form.role')} rules={required(t('users.form.role'))}>
        <Select options={roles.map((role) => ({ value: role, label: label('role', role) }))} />
      </Form.Item>
      <Form.Item name="regionCode" label={t('users.form.region')} rules={required(t('users.form.region'))}>
        <RegionPicker here={here} />
      </Form.Item>
    </div>
  );
}

/** The server names a grant's fields inside `grants` (`grants.0.regionCode`, or the list itself). */
export function grantField(field: string): string {
  if (field.endsWith('.role')) return 'role';
  return field.startsWith('grants') ? 'regionCode' : field;
}
