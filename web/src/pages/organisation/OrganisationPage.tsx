import { Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useCapabilities } from '../../auth/capabilities.ts';
import { useT } from '../../i18n/useT.ts';
import type { MessageKey } from '../../i18n/zh-CN.ts';
import { COUNTRY } from '../../region/code.ts';
import { useRegionScope } from '../../region/scope.ts';
import { keepsOrganisationIn } from './access.ts';
import { BranchesTab } from './BranchesTab.tsx';
import { CadresTab } from './CadresTab.tsx';
import type { TabProps } from './types.ts';
import { PairingsTab } from './PairingsTab.tsx';
import { TeamsTab } from './TeamsTab.tsx';
import { TransferTab } from './TransferTab.tsx';
import { UnitsTab } from './UnitsTab.tsx';
import './organisation.css';

const TABS: readonly { key: string; label: MessageKey; Tab: (props: TabProps) => React.ReactNode }[] = [
  { key: 'units', label: 'org.tab.units', Tab: UnitsTab },
  { key: 'branches', label: 'org.tab.branches', Tab: BranchesTab },
  { key: 'teams', label: 'org.tab.teams', Tab: TeamsTab },
  { key: 'cadres', label: 'org.tab.cadres', Tab: CadresTab },
  { key: 'pairings', label: 'org.tab.pairings', Tab: PairingsTab },
  { key: 'transfer', label: 'org.tab.transfer', Tab: TransferTab },
];

/**
 * 帮扶组织: the units, Party branches, work teams, cadres and pairings under the region shown, one tab each
 * (the tab in the URL). Everyone who reads the registry sees them; the keepers of the organisation there change them.
 */
export function OrganisationPage() {
  const t = useT();
  const scope = useRegionScope();
  const region = scope.code ?? COUNTRY;
  const writable = keepsOrganisationIn(useCapabilities(), region);
  const [search, setSearch] = useSearchParams();
  const active = TABS.find((tab) => tab.key === search.get('tab'))?.key ?? 'units';
  return (
    <div className="zf-page">
      <Typography.Title level={3} className="zf-page-title">
        {t('org.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('org.help')}</Typography.Paragraph>
      <Tabs
        activeKey={active}
        onChange={(key) => {
          const next = new URLSearchParams(search);
          next.set('tab', key);
          next.delete('page');
          next.delete('shown');
          setSearch(next);
        }}
        destroyOnHidden
        items={TABS.map(({ key, label, Tab }) => ({
          key,
          label: t(label),
          children: <Tab region={region} writable={writable} />,
        }))}
      />
    </div>
  );
}
