import { Select, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useCapabilities } from '../../auth/capabilities.ts';
import { useCodeLabel, useCodeOptions } from '../../components/codes.ts';
import { useMoney } from '../../components/format.ts';
import { useT } from '../../i18n/useT.ts';
import { COUNTRY } from '../../region/code.ts';
import { regionHref, useRegionScope } from '../../region/scope.ts';
import { VillageSelect } from '../create/VillageSelect.tsx';
import { keepsProjectsIn } from '../organisation/access.ts';
import { OrgToolbar } from '../organisation/OrgToolbar.tsx';
import { PagedTable } from '../organisation/PagedTable.tsx';
import type { OrgItem, OrgQuery } from '../organisation/api.ts';
import { ProjectForm } from './ProjectForm.tsx';

type ProjectQuery = OrgQuery<'projects'>;
import './projects.css';

/**
 * 项目资金: the projects under the region shown, filtered by type, state and village (all in the URL), with
 * their funds and what has been paid; keepers of projects create them here.
 */
export function ProjectsPage() {
  const t = useT();
  const money = useMoney();
  const label = useCodeLabel();
  const types = useCodeOptions('project_type');
  const states = useCodeOptions('project_state');
  const scope = useRegionScope();
  const region = scope.code ?? COUNTRY;
  const writable = keepsProjectsIn(useCapabilities(), region);
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const [creating, setCreating] = useState(false);
  // As the address has them: the server refuses one it does not know (400), which the list shows.
  const type = (search.get('type') ?? undefined) as ProjectQuery['type'];
  const state = (search.get('state') ?? undefined) as ProjectQuery['state'];
  const village = search.get('village') ?? undefined;
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    else next.delete(key);
    next.delete('page');
    setSearch(next);
  };
  return (
    <div className="zf-page">
      <Typography.Title level={3} className="zf-page-title">
        {t('projects.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('projects.help')}</Typography.Paragraph>
      <OrgToolbar writable={writable} create={t('projects.create')} onCreate={() => setCreating(true)}>
        <div className="zf-project-filters">
          <Select<string>
            aria-label={t('projects.type')}
            value={type ?? ''}
            onChange={(v) => set('type', v)}
            options={[{ value: '', label: t('projects.allTypes') }, ...types]}
          />
          <Select<string>
            aria-label={t('projects.state')}
            value={state ?? ''}
            onChange={(v) => set('state', v)}
            options={[{ value: '', label: t('projects.allStates') }, ...states]}
          />
          <div className="zf-project-village">
            <VillageSelect
              root={region}
              writable={() => true}
              value={village}
              onChange={(v) => set('village', v)}
            />
          </div>
          {village && (
            <Typography.Link onClick={() => set('village', undefined)}>
              {t('projects.allVillages')}
            </Typography.Link>
          )}
        </div>
      </OrgToolbar>
      <PagedTable
        resource="projects"
        query={{ region, village, type, state }}
        width={960}
        columns={[
          {
            title: t('projects.name'),
            dataIndex: 'name',
            render: (name: string, p) => (
              <Link to={regionHref(region, `projects/${p.id}`, scope.year)}>{name}</Link>
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
            title: t('projects.period'),
            key: 'period',
            width: 200,
            render: (_: unknown, p) => `${p.periodFrom} ~ ${p.periodTo}`,
          },
          {
            title: t('projects.total'),
            dataIndex: 'funds',
            width: 130,
            align: 'right',
            render: (funds: OrgItem<'projects'>['funds']) => money(funds.total),
          },
          {
            title: t('projects.disbursed'),
            dataIndex: 'disbursed',
            width: 130,
            align: 'right',
            render: money,
          },
          { title: t('projects.beneficiaries'), dataIndex: 'beneficiaryCount', width: 90, align: 'right' },
        ]}
      />
      {creating && (
        <ProjectForm
          region={region}
          onClose={() => setCreating(false)}
          onSaved={(id) => void navigate(regionHref(region, `projects/${id}`, scope.year))}
        />
      )}
    </div>
  );
}
