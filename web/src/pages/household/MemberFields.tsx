import { DownOutlined, UpOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/useT.ts';
import { FieldItem } from './FieldItem.tsx';
import { MEMBER_FORM_FIELDS } from './fields.ts';
import { isMainKey } from './member-model.ts';

const MAIN = MEMBER_FORM_FIELDS.filter((f) => isMainKey(f.key));
const DETAILS = MEMBER_FORM_FIELDS.filter((f) => !isMainKey(f.key));

interface Props {
  /** Where the member's fields sit in the form: [] at the top, ['member'], or a Form.List row [0]. */
  prefix: (string | number)[];
  /** Whether a personal field arrived masked (it cannot be edited then). */
  masked?: (key: string) => boolean;
  /** Show the details from the start (an edit), rather than behind "more" (a new person on a phone). */
  open?: boolean;
  /** The details hold a field the server complained about: they must be visible. */
  detailsNeeded?: boolean;
}

/**
 * A member's fields: who the person is (name, ID number, relation — required), then the details (education,
 * health, work, insurance…) behind a toggle, so a roster stays short on a phone. The details stay mounted
 * while hidden, so what was typed there is kept and the server's messages reach their fields.
 */
export function MemberFields({ prefix, masked = () => false, open = false, detailsNeeded = false }: Props) {
  const t = useT();
  const [shown, setShown] = useState(open);
  const visible = shown || detailsNeeded;
  const item = (f: (typeof MEMBER_FORM_FIELDS)[number]) => (
    <FieldItem
      key={f.key}
      field={f}
      name={[...prefix, f.key]}
      required={isMainKey(f.key)}
      masked={Boolean(f.personal) && masked(f.key)}
    />
  );
  return (
    <>
      <div className="zf-form-grid zf-form-grid-3">{MAIN.map(item)}</div>
      <Button
        type="link"
        className="zf-more-fields"
        icon={visible ? <UpOutlined /> : <DownOutlined />}
        onClick={() => setShown(!visible)}
        aria-expanded={visible}
      >
        {visible ? t('member.fewer') : t('member.more')}
      </Button>
      <div className="zf-form-grid zf-form-grid-3" hidden={!visible}>
        {DETAILS.map(item)}
      </div>
    </>
  );
}
