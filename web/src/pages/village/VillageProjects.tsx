import { Card, Table } from 'antd';
import { Link } from 'react-router';
import { useCodeLabel } from '../../components/codes.ts';
import { ErrorAlert } from '../../components/errors.tsx';
import { useMoney } from '../../components/format.ts';
import { useT } from '../../i18n/useT.ts';
import { regionHref, useRegionScope } from '../../region/scope.ts';
import { useOrgList, type OrgItem } from '../organisation/api.ts';

type Project = OrgItem<'projects'>;

/** The projects carried out in the village (the first 20; the projects page filters by village for more). */
export function VillageProjects({ code }: { code: string }) {
  const t = useT();
  const money = useMoney();
  const label = useCodeLabel();
  const scope = useRegionScope();
  const projects = useOrgList('projects', { region: code, village: code, limit: 20 });
  const all = new URLSearchParams({ village: code });
  return (
    <Card
      size="small"
      title={t('villagePage.projects')}
      extra={<Link to={regionHref(scope.code ?? code, 'projects', scope.year, all)}>{t('org.view')}</Link>}
    >
      {projects.isError ? (
        <ErrorAlert error={projects.error} />
      ) : (
        <Table<Project>
          rowKey="id"
          size="small"
          pagination={false}
          loading={projects.isFetching}
          dataSource={projects.data?.items ?? []}
          scroll={{ x: 560 }}
          locale={{ emptyText: t('org.empty') }}
          columns={[
            {
              title: t('projects.name'),
              dataIndex: 'name',
              render: (name: string, p) => (
                <Link to={regionHref(scope.code ?? code, `projects/${p.id}`, scope.year)}>{name}</Link>
              ),
            },
            {
              title: t('projects.type'),
              dataIndex: 'type',
              width: 100,
              render: (v: string) => label('project_type', v),
            },
            {
              title: t('projects.state'),
              dataIndex: 'state',
              width: 90,
              render: (v: string) => label('project_state', v),
            },
            {
              title: t('projects.total'),
              dataIndex: 'funds',
              width: 120,
              align: 'right',
              render: (f: Project['funds']) => money(f.total),
            },
          ]}
        />
      )}
    </Card>
  );
}
