import { Form } from 'antd';
import { useServerErrors } from '../../forms/useServerErrors.ts';
import { useOrgWrite, type OrgCall } from './api.ts';
import { placeRefusal } from './model.ts';

/**
 * The form of one organisation dialog: its values, the server's messages under their fields, and the save
 * that closes the dialog when the server took it.
 */
export function useOrgForm<V>(isShown: (field: string) => boolean, onSaved: () => void) {
  const [form] = Form.useForm<V>();
  const errors = useServerErrors(form, { isShown });
  const write = useOrgWrite();
  const save = (call: OrgCall) => {
    errors.reset();
    write.mutate(call, { onSuccess: onSaved, onError: (error) => errors.fail(placeRefusal(error)) });
  };
  return { form, errors, save, saving: write.isPending };
}
