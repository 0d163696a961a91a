import { Card, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Member } from '../../api/types.ts';
import { useCodeLabel } from '../../components/codes.ts';
import { useIsPhone } from '../../components/useIsPhone.ts';
import { useT } from '../../i18n/useT.ts';

/** A member on a phone: who, relation, the ID as the server sends it, and the facts a cadre checks. */
function MemberCard({ member }: { member: Member }) {
  const t = useT();
  const label = useCodeLabel();
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
          {label('sex', member.sex)} · {member.birthDate}
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
    </Card>
  );
}

/** Active members, then those who left (with the event and date): members leave by events, never deletion. */
export function Members({ active, former }: { active: readonly Member[]; former: readonly Member[] }) {
  const t = useT();
  const label = useCodeLabel();
  const phone = useIsPhone();
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
    { title: t('members.col.birthDate'), dataIndex: 'birthDate', width: 110 },
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
  const formerColumns: ColumnsType<Member> = [
    ...columns.slice(0, 5),
    { title: t('members.col.left'), dataIndex: 'leftEvent', render: (c: string) => label('change_event', c) },
    { title: t('members.col.leftOn'), dataIndex: 'leftOn', width: 110 },
  ];
  if (phone) {
    return (
      <div className="zf-stack">
        <Typography.Title level={5}>{t('members.active', { count: active.length })}</Typography.Title>
        {active.map((m) => (
          <MemberCard key={m.id} member={m} />
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
      <Typography.Title level={5}>{t('members.active', { count: active.length })}</Typography.Title>
      <Table<Member>
        rowKey="id"
        size="small"
        columns={columns}
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
