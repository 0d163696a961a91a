import { Button, Space, Tag } from 'antd';
import { useState } from 'react';
import { useCodeLabel } from '../../components/codes.ts';
import { useT } from '../../i18n/useT.ts';
import { VillageLink } from '../village/VillageLink.tsx';
import type { Team, TeamMember } from './api.ts';
import type { TabProps } from './types.ts';
import { OrgToolbar } from './OrgToolbar.tsx';
import { PagedTable } from './PagedTable.tsx';
import { TeamForm } from './TeamForm.tsx';
import { TeamManager } from './TeamManager.tsx';
import { currentMembers } from './model.ts';

/** A team's members as tags: name and role. */
export function MemberTags({ members }: { members: readonly TeamMember[] }) {
  const label = useCodeLabel();
  return (
    <Space size={[4, 4]} wrap>
      {currentMembers(members).map((m) => (
        <Tag key={m.id} color={m.role === 'member' ? undefined : 'red'}>
          {m.name} · {label('team_role', m.role)}
        </Tag>
      ))}
    </Space>
  );
}

/** 驻村工作队: per village, the sending unit, the term and the members with their roles. */
export function TeamsTab({ region, writable }: TabProps) {
  const t = useT();
  const [open, setOpen] = useState<Team | 'new' | null>(null);
  return (
    <>
      <OrgToolbar writable={writable} create={t('org.team.create')} onCreate={() => setOpen('new')} />
      <PagedTable
        resource="teams"
        query={{ region }}
        width={860}
        columns={[
          {
            title: t('org.village'),
            dataIndex: 'villageCode',
            width: 150,
            render: (code: string, team) => <VillageLink code={code} name={team.villageName} />,
          },
          {
            title: t('org.team.unit'),
            dataIndex: 'sendingUnit',
            width: 160,
            render: (unit: Team['sendingUnit']) => unit?.name ?? '—',
          },
          {
            title: t('org.team.term'),
            key: 'term',
            width: 200,
            render: (_: unknown, team) => `${team.termFrom} ~ ${team.termTo}`,
          },
          {
            title: t('org.team.members'),
            dataIndex: 'members',
            render: (members: TeamMember[]) => <MemberTags members={members} />,
          },
          {
            title: t('org.actions'),
            key: 'actions',
            width: 90,
            render: (_: unknown, team) => (
              <Button size="small" type="link" onClick={() => setOpen(team)}>
                {writable ? t('org.team.manage') : t('org.view')}
              </Button>
            ),
          },
        ]}
      />
      {open === 'new' && <TeamForm region={region} onClose={() => setOpen(null)} />}
      {open && open !== 'new' && (
        <TeamManager region={region} teamId={open.id} writable={writable} onClose={() => setOpen(null)} />
      )}
    </>
  );
}
