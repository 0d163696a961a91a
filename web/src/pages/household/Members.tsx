import { EditOutlined, LogoutOutlined, UserAddOutlined } from '@ant-design/icons';
import { Button, Card, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Member } from '../../api/types.ts';
import { useCodeLabel } from '../../components/codes.ts';
import { useIsPhone } from '../../components/useIsPhone.ts';
import { useT } from '../../i18n/useT.ts';

/** What can be done to an active member; absent for a role that may not change the household. */
export interface MemberActions {
  onAdd: () => void;
  onEdit: (member: Member) => void;
  onEvent: (member: Member) => void;
}

/** Change a member, or record how they leave. */
function ActionButtons({ member, actions }: { member: Member; actions: MemberActions }) {
  const t = useT();
  return (
    <span className="zf-member-actions">
      <Button
        size="small"
        icon={<EditOutlined />}
        onClick={() => actions.onEdit(member)}
        aria-label={`${t('member.edit')} ${member.name}`}
      >
        {t('member.edit')}
      </Button>
      <Button
        size="small"
        icon={<LogoutOutlined />}
        onClick={() => actions.onEvent(member)}
        aria-label={`${t('member.event')} ${member.name}`}
      >
        {t('member.event')}
      </Button>
    </span>
  );
}

/**
 * The birth date for a role that sees personal data; for any other role the server sends only the age (the
 * birth date would rebuild the masked ID number).
 */
function useBorn() {
  const t = useT();
  return (member: Member) => member.birthDate ?? t('members.age', { age: member.age });
}

/** A member on a phone: who, relation, the ID as the server sends it, and the facts a cadre checks. */
function MemberCard({ member, actions }: { member: Member; actions?: MemberActions | undefined }) {
  const t = useT();
  const label = useCodeLabel();
  const born = useBorn();
  const facts = [
    label('education', member.education),
    label('health', member.health),
    label('labour', member.labour),
    label('student_status', member.studentStatus),
  ].filter(Boolean);
  return (
    <Card size="small" className="zf-member-card">
      <div className="zf-card-head">
        <Typography.Text strong className="zf-card-name">
          {member.name}
        </Typography.Text>
        <Tag>{label('relation', member.relation)}</Tag>
      </div>
      <div className="zf-card-line">
        <span>
          {label('sex', member.sex)} · {born(member)}
        </span>
        <span className="zf-mono">{member.idNumber}</span>
      </div>
      <div className="zf-card-line zf-muted">{facts.join(' · ')}</div>
      {!member.active && (
        <div className="zf-card-line">
          <span>
            {t('members.col.left')}: {label('change_event', member.leftEvent)}
          </span>
          <span>{member.leftOn}</span>
        </div>
      )}
      {member.active && actions && (
        <div className="zf-card-line zf-card-actions">
          <ActionButtons member={member} actions={actions} />
        </div>
      )}
    </Card>
  );
}

interface Props {
  active: readonly Member[];
  former: readonly Member[];
  actions?: MemberActions | undefined;
}

/**
 * Active members, then those who left (with the event and date): members leave by events, never deletion.
 * For a role that may change the household: add a member, and change or record an event of each active one.
 */
export function Members({ active, former, actions }: Props) {
  const t = useT();
  const label = useCodeLabel();
  const phone = useIsPhone();
  const born = useBorn();
  const withBirthDates = [...active, ...former].some((m) => m.birthDate !== undefined);
  const yesNo = (v: boolean | null | undefined) =>
    v === true ? t('household.yes') : v === false ? t('household.no.value') : t('household.unknown');
  const columns: ColumnsType<Member> = [
    { title: t('members.col.name'), dataIndex: 'name', fixed: 'left' },
    { title: t('members.col.relation'), dataIndex: 'relation', render: (c: string) => label('relation', c) },
    { title: t('members.col.sex'), dataIndex: 'sex', width: 70, render: (c: string) => label('sex', c) },
    {
      title: t('members.col.idNumber'),
      dataIndex: 'idNumber',
      width: 190,
      render: (id: string) => <span className="zf-mono">{id}</span>,
    },
    {
      title: withBirthDates ? t('members.col.birthDate') : t('members.col.age'),
      key: 'born',
      width: 110,
      render: (_: unknown, m) => born(m),
    },
    {
      title: t('members.col.education'),
      dataIndex: 'education',
      render: (c: string) => label('education', c),
    },
    {
      title: t('members.col.student'),
      dataIndex: 'studentStatus',
      render: (c: string) => label('student_status', c),
    },
    { title: t('members.col.health'), dataIndex: 'health', render: (c: string) => label('health', c) },
    { title: t('members.col.labour'), dataIndex: 'labour', render: (c: string) => label('labour', c) },
    { title: t('members.col.insurance'), dataIndex: 'medicalInsurance', width: 70, render: yesNo },
  ];
  const activeColumns: ColumnsType<Member> = actions
    ? [
        ...columns,
        {
          title: t('members.col.actions'),
          key: 'actions',
          fixed: 'right',
          render: (_: unknown, m) => <ActionButtons member={m} actions={actions} />,
        },
      ]
    : columns;
  const formerColumns: ColumnsType<Member> = [
    ...columns.slice(0, 5),
    { title: t('members.col.left'), dataIndex: 'leftEvent', render: (c: string) => label('change_event', c) },
    { title: t('members.col.leftOn'), dataIndex: 'leftOn', width: 110 },
  ];
  const head = (
    <div className="zf-members-head">
      <Typography.Title level={5}>{t('members.active', { count: active.length })}</Typography.Title>
      {actions && (
        <Button type="primary" icon={<UserAddOutlined />} onClick={actions.onAdd}>
          {t('member.add')}
        </Button>
      )}
    </div>
  );
  if (phone) {
    return (
      <div className="zf-stack">
        {head}
        {active.map((m) => (
          <MemberCard key={m.id} member={m} actions={actions} />
        ))}
        <Typography.Title level={5}>{t('members.former', { count: former.length })}</Typography.Title>
        {former.length === 0 ? (
          <Typography.Text type="secondary">{t('members.none')}</Typography.Text>
        ) : (
          former.map((m) => <MemberCard key={m.id} member={m} />)
        )}
      </div>
    );
  }
  return (
    <div className="zf-stack">
      {head}
      <Table<Member>
        rowKey="id"
        size="small"
        columns={activeColumns}
        dataSource={[...active]}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
      <Typography.Title level={5}>{t('members.former', { count: former.length })}</Typography.Title>
      {former.length === 0 ? (
        <Typography.Text type="secondary">{t('members.none')}</Typography.Text>
      ) : (
        <Table<Member>
          rowKey="id"
          size="small"
          columns={formerColumns}
          dataSource={[...former]}
          pagination={false}
          scroll={{ x: 'max-content' }}
        />
      )}
    </div>
  );
}
