import { FileExcelOutlined, TeamOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Spin, Statistic, Table, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import {
  incidenceTableHref,
  useIncidence,
  type Incidence,
  type RegionIncidence,
} from '../../api/measures.ts';
import { useCapabilities, writesWithin } from '../../auth/capabilities.ts';
import { Counts } from '../../components/Counts.tsx';
import { DownloadButton } from '../../components/DownloadButton.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { useMeasureFormat } from '../../components/measureFormat.ts';
import { useIsPhone } from '../../components/useIsPhone.ts';
import { useT } from '../../i18n/useT.ts';
import { shortCode, shortRegionName } from '../../region/code.ts';
import { regionHref, useRegionScope } from '../../region/scope.ts';
import '../measures.css';
import { PopulationDrawer } from './PopulationDrawer.tsx';

/** The rural population, marked when the registry's own count stands in for a figure nobody entered. */
function Population({ row }: { row: RegionIncidence }) {
  const t = useT();
  const f = useMeasureFormat();
  return (
    <span className="zf-population">
      {f.count(row.population)}
      {row.populationSource === 'registry' && (
        <Tooltip title={t('incidence.registryTip')}>
          <Tag className="zf-registry-mark">{t('incidence.registry')}</Tag>
        </Tooltip>
      )}
    </span>
  );
}

/**
 * 贫困发生率 of the region and of each child region (poor persons ÷ rural population), with households,
 * persons, poor and exited; the standard statistical table to download; and for those who may, the rural
 * population figures to enter or import. Its own query (a read of the maintained counters), so the headline
 * numbers above never wait for it.
 */
export function IncidenceSection({ region, year }: { region: string; year: number | undefined }) {
  const t = useT();
  const incidence = useIncidence(shortCode(region), year);
  // Drilling down keeps a year the user chose, not the working year shown by default.
  const chosenYear = useRegionScope().year;
  return (
    <Card
      size="small"
      title={incidence.data ? t('incidence.titleOf', { year: incidence.data.year }) : t('incidence.title')}
      className="zf-incidence"
    >
      {incidence.isPending ? (
        <Spin className="zf-block-spin" />
      ) : incidence.isError ? (
        <ErrorAlert error={incidence.error} onRetry={() => void incidence.refetch()} />
      ) : (
        <IncidenceTable
          table={incidence.data}
          stale={incidence.isPlaceholderData}
          region={region}
          year={chosenYear}
        />
      )}
    </Card>
  );
}

const PHONE_HIDDEN = new Set(['households', 'persons', 'exited']);

interface TableProps {
  table: Incidence;
  stale: boolean;
  region: string;
  /** The year of the URL (undefined: the latest), kept when drilling down. */
  year: number | undefined;
}

function IncidenceTable({ table, stale, region, year }: TableProps) {
  const t = useT();
  const f = useMeasureFormat();
  const navigate = useNavigate();
  const phone = useIsPhone();
  const capabilities = useCapabilities();
  const [entering, setEntering] = useState(false);
  const { region: own, children } = table;
  const columns: ColumnsType<RegionIncidence> = [
    {
      title: t('dashboard.child'),
      dataIndex: 'name',
      fixed: 'left',
      render: (name: string, row) => (
        <Link to={regionHref(row.code, 'dashboard', year)} title={name} onClick={(e) => e.stopPropagation()}>
          {shortRegionName(name)}
        </Link>
      ),
    },
    {
      title: t('dashboard.col.households'),
      key: 'households',
      dataIndex: 'households',
      align: 'right',
      sorter: (a, b) => a.households - b.households,
      render: f.count,
    },
    {
      title: t('dashboard.persons'),
      key: 'persons',
      dataIndex: 'persons',
      align: 'right',
      sorter: (a, b) => a.persons - b.persons,
      render: f.count,
    },
    {
      title: t('incidence.poor'),
      key: 'poor',
      align: 'right',
      sorter: (a, b) => a.poorPersons - b.poorPersons,
      render: (_: unknown, row) => <Counts households={row.poorHouseholds} persons={row.poorPersons} />,
    },
    {
      title: t('incidence.exited'),
      key: 'exited',
      align: 'right',
      render: (_: unknown, row) => <Counts households={row.exitedHouseholds} persons={row.exitedPersons} />,
    },
    {
      title: t('incidence.population'),
      key: 'population',
      align: 'right',
      render: (_: unknown, row) => <Population row={row} />,
    },
    {
      title: t('incidence.rate'),
      dataIndex: 'incidence',
      align: 'right',
      // What the table is for stays on a phone's screen; the columns between scroll under it.
      ...(phone ? { fixed: 'right' as const } : {}),
      sorter: (a, b) => (a.incidence ?? -1) - (b.incidence ?? -1),
      render: (n: number | null) => f.percent(n),
    },
  ];
  const registryUsed = [own, ...children].some((r) => r.populationSource === 'registry');
  // A phone keeps what incidence is made of; the counts of everyone are in the desktop table and the XLSX.
  const shown = phone ? columns.filter((c) => !PHONE_HIDDEN.has(String(c.key))) : columns;

  return (
    <div className={`zf-stack${stale ? ' zf-stale' : ''}`}>
      <div className="zf-figures zf-incidence-figures">
        <Card size="small">
          <Statistic title={t('incidence.rate')} value={f.percent(own.incidence)} />
        </Card>
        <Card size="small">
          <Statistic title={t('incidence.poorPersons')} value={f.count(own.poorPersons)} />
        </Card>
        <Card size="small">
          <Statistic title={t('incidence.exitedPersons')} value={f.count(own.exitedPersons)} />
        </Card>
        <Card size="small">
          <Statistic title={t('incidence.population')} valueRender={() => <Population row={own} />} />
        </Card>
      </div>
      {registryUsed && (
        <Alert type="warning" showIcon className="zf-registry-note" title={t('incidence.registryNote')} />
      )}
      {children.length > 0 && (
        <Table<RegionIncidence>
          className="zf-incidence-children"
          rowKey="code"
          size="small"
          columns={shown}
          dataSource={children}
          pagination={false}
          scroll={{ x: 'max-content' }}
          onRow={(row) => ({
            onClick: () => void navigate(regionHref(row.code, 'dashboard', year)),
            className: 'zf-clickable',
          })}
        />
      )}
      <div className="zf-incidence-actions">
        <DownloadButton icon={<FileExcelOutlined />} href={incidenceTableHref(shortCode(region), table.year)}>
          {t('incidence.download')}
        </DownloadButton>
        {capabilities.canWriteRegistry && writesWithin(capabilities, region) && (
          <Button icon={<TeamOutlined />} className="zf-population-open" onClick={() => setEntering(true)}>
            {t('population.open')}
          </Button>
        )}
      </div>
      {entering && <PopulationDrawer table={table} onClose={() => setEntering(false)} />}
    </div>
  );
}
