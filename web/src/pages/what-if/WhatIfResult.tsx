import { Card, Descriptions, Statistic, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { WhatIf, WhatIfRow } from '../../api/measures.ts';
import { useRegion } from '../../api/queries.ts';
import { Counts } from '../../components/Counts.tsx';
import { useMeasureFormat } from '../../components/measureFormat.ts';
import { useT } from '../../i18n/useT.ts';
import type { MessageKey } from '../../i18n/zh-CN.ts';
import { shortRegionName } from '../../region/code.ts';
import { regionHref, useRegionScope } from '../../region/scope.ts';

type Pair = WhatIfRow['belowNow'];
type Change = 'newlyBelow' | 'noLongerBelow' | 'newlyMonitoring' | 'noLongerMonitoring';

/** Who changes, in the order a cadre asks: who would fall below the line, who would rise above it, then the range. */
const CHANGES: readonly { key: Change; label: MessageKey; tone: string }[] = [
  { key: 'newlyBelow', label: 'whatIf.newlyBelow', tone: 'zf-tone-worse' },
  { key: 'noLongerBelow', label: 'whatIf.noLongerBelow', tone: 'zf-tone-better' },
  { key: 'newlyMonitoring', label: 'whatIf.newlyMonitoring', tone: 'zf-tone-worse' },
  { key: 'noLongerMonitoring', label: 'whatIf.noLongerMonitoring', tone: 'zf-tone-better' },
];

const changed = (row: WhatIfRow) => CHANGES.some((c) => row[c.key].households > 0);

function NowThen({ now, then }: { now: Pair; then: Pair }) {
  return (
    <span className="zf-now-then">
      <Counts {...now} /> → <Counts {...then} />
    </span>
  );
}

/** The result of a what-if: the two standards, the totals, and each child region (click to try it there). */
export function WhatIfResult({ result, stale }: { result: WhatIf; stale: boolean }) {
  const t = useT();
  const f = useMeasureFormat();
  const navigate = useNavigate();
  const scope = useRegionScope();
  const [search] = useSearchParams();
  const region = useRegion(scope.code);
  const { current, proposed, total } = result;
  // The server leaves the total's name empty; the region is the one of the page.
  const regionName = total.name || region.data?.name || '';
  const standardText = (s: WhatIf['current']) =>
    t('whatIf.standard', {
      line: f.yuan(s.line),
      monitoring: f.yuan(s.monitoringLine),
      multiplier: f.multiplier(s.monitoringMultiplier),
    });
  const hrefOf = (code: string) => regionHref(code, 'what-if', scope.year, search);

  const columns: ColumnsType<WhatIfRow> = [
    {
      title: t('dashboard.child'),
      dataIndex: 'name',
      fixed: 'left',
      render: (name: string, row) => (
        <Link to={hrefOf(row.code)} title={name} onClick={(e) => e.stopPropagation()}>
          {shortRegionName(name)}
        </Link>
      ),
    },
    {
      title: t('whatIf.below'),
      key: 'below',
      align: 'right',
      render: (_: unknown, row) => <NowThen now={row.belowNow} then={row.belowThen} />,
    },
    ...CHANGES.slice(0, 2).map((c) => changeColumn(c)),
    {
      title: t('whatIf.monitoring'),
      key: 'monitoring',
      align: 'right',
      render: (_: unknown, row) => <NowThen now={row.monitoringNow} then={row.monitoringThen} />,
    },
    ...CHANGES.slice(2).map((c) => changeColumn(c)),
  ];
  function changeColumn(c: (typeof CHANGES)[number]) {
    return {
      title: t(c.label),
      key: c.key,
      align: 'right' as const,
      sorter: (a: WhatIfRow, b: WhatIfRow) => a[c.key].households - b[c.key].households,
      render: (_: unknown, row: WhatIfRow) => <Counts {...row[c.key]} />,
    };
  }

  return (
    <div className={`zf-stack zf-what-if-result${stale ? ' zf-stale' : ''}`}>
      <Card
        size="small"
        title={t('whatIf.result', { region: shortRegionName(regionName), year: result.year })}
      >
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'now', label: t('whatIf.current'), children: standardText(current) },
            { key: 'then', label: t('whatIf.proposed'), children: standardText(proposed) },
          ]}
        />
        <div className="zf-figures zf-what-if-totals">
          {CHANGES.map((c) => (
            <Card size="small" key={c.key} className={`zf-what-if-total ${c.tone}`}>
              <Statistic
                title={t(c.label)}
                value={f.count(total[c.key].households)}
                suffix={t('dashboard.unit')}
              />
              <Typography.Text type="secondary">
                {t('whatIf.persons', { persons: f.count(total[c.key].persons) })}
              </Typography.Text>
            </Card>
          ))}
        </div>
        <div className="zf-what-if-levels">
          <div>
            <span className="zf-muted">{t('whatIf.below')}</span>{' '}
            <NowThen now={total.belowNow} then={total.belowThen} />
          </div>
          <div>
            <span className="zf-muted">{t('whatIf.monitoring')}</span>{' '}
            <NowThen now={total.monitoringNow} then={total.monitoringThen} />
          </div>
        </div>
        <Typography.Text type="secondary">{t('whatIf.countsHelp')}</Typography.Text>
      </Card>
      {result.children.length > 0 && (
        <Card size="small" title={t('whatIf.byChild')}>
          <Typography.Paragraph type="secondary">{t('whatIf.byChildHelp')}</Typography.Paragraph>
          <Table<WhatIfRow>
            className="zf-what-if-children"
            rowKey="code"
            size="small"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={result.children}
            columns={columns}
            rowClassName={(row) => `zf-clickable${changed(row) ? '' : ' zf-row-quiet'}`}
            onRow={(row) => ({ onClick: () => void navigate(hrefOf(row.code)) })}
          />
        </Card>
      )}
    </div>
  );
}
