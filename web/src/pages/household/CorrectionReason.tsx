import { Form, Input } from 'antd';
import type { Rule } from 'antd/es/form';
import { useT } from '../../i18n/useT.ts';

/** 更正原因: asked where a form writes the facts of a closed year (see correction.ts). */
export function CorrectionReason({ year, rules }: { year: number; rules?: Rule[] }) {
  const t = useT();
  return (
    <Form.Item
      name="reason"
      label={t('correction.reason')}
      extra={t('correction.help', { year })}
      rules={rules}
      className="zf-form-wide"
    >
      <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 5 }} />
    </Form.Item>
  );
}
