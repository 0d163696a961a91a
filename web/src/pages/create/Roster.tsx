import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form } from 'antd';
import type { FieldIssue } from '../../api/errors.ts';
import { useT } from '../../i18n/useT.ts';
import { needsDetails } from '../household/member-model.ts';
import { MemberFields } from '../household/MemberFields.tsx';

/**
 * The members of a new household, one card each, the head first. The roster's own problems (no head, two
 * heads) appear under it; a member's under their fields.
 */
export function Roster({ issues }: { issues: readonly FieldIssue[] }) {
  const t = useT();
  return (
    <Form.List name="members">
      {(rows, { add, remove }, { errors }) => (
        <div className="zf-stack">
          {rows.map((row, index) => (
            <Card
              key={row.key}
              size="small"
              className="zf-roster-member"
              title={t('create.member', { n: index + 1 })}
              extra={
                rows.length > 1 && (
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('create.removeMember', { n: index + 1 })}
                    onClick={() => remove(row.name)}
                  />
                )
              }
            >
              <MemberFields
                prefix={[row.name]}
                detailsNeeded={needsDetails(issues, `members.${row.name}.`)}
              />
            </Card>
          ))}
          <Form.ErrorList errors={errors} />
          <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({})}>
            {t('create.addMember')}
          </Button>
        </div>
      )}
    </Form.List>
  );
}
