import { ExperimentOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Form, InputNumber, Spin, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { useStandards, useWhatIf, type EffectiveStandard } from '../../api/measures.ts';
import { useStats } from '../../api/queries.ts';
import { ErrorAlert } from '../../components/errors.tsx';
import { MeasureNotice } from '../../components/MeasureNotice.tsx';
import { useMeasureFormat } from '../../components/measureFormat.ts';
import { useT } from '../../i18n/useT.ts';
import { COUNTRY, shortCode } from '../../region/code.ts';
import { regionHref, useRegionScope } from '../../region/scope.ts';
import '../measures.css';
import { isProposed, readProposal, withProposal, type Proposal } from './params.ts';
import { WhatIfResult } from './WhatIfResult.tsx';
import { useRequired } from '../../forms/rules.ts';

/**
 * 标准调整模拟: what another poverty line or monitoring multiplier would change in the region, by child region
 * (who would fall below the line, who would rise above it, who would enter or leave the monitoring range).
 * The proposal is in the URL; the server runs it in a read-only transaction, so nothing is ever saved.
 */
export function WhatIfPage() {
  const t = useT();
  const scope = useRegionScope();
  const region = scope.code ?? COUNTRY;
  return (
    <div className="zf-page zf-what-if">
      <div className="zf-page-head">
        <Typography.Title level={3} className="zf-page-title">
          {t('whatIf.title')}
        </Typography.Title>
      </div>
      <Alert type="info" showIcon className="zf-what-if-notice" title={t('whatIf.nothingSaved')} />
      {region === COUNTRY ? (
        <Alert type="warning" showIcon title={t('measures.chooseProvince')} />
      ) : (
        <Simulation region={region} />
      )}
    </div>
  );
}

/** The year (the chosen one, else the latest with data) and the line in force that year, then the form. */
function Simulation({ region }: { region: string }) {
  const t = useT();
  const scope = useRegionScope();
  const stats = useStats(shortCode(region), scope.viewYear);
  const standards = useStandards(region.slice(0, 2));
  if (stats.isPending || standards.isPending) return <Spin className="zf-block-spin" />;
  if (stats.isError) return <ErrorAlert error={stats.error} onRetry={() => void stats.refetch()} />;
  if (standards.isError)
    return <ErrorAlert error={standards.error} onRetry={() => void standards.refetch()} />;
  const year = stats.data.year;
  if (year === 0)
    return (
      <Card size="small">
        <Empty description={t('households.noYear')} />
      </Card>
    );
  const inForce = standards.data.effective.find((e) => e.year === year);
  if (!inForce)
    return (
      <Alert
        type="warning"
        showIcon
        title={t('measures.noLine', { year })}
        action={<Link to={regionHref(region, 'standards', scope.year)}>{t('nav.standards')}</Link>}
      />
    );
  return <ProposalForm key={`${region}/${year}`} region={region} year={year} inForce={inForce} />;
}

interface Values {
  line: number | null;
  multiplier: number | null;
}

function ProposalForm({
  region,
  year,
  inForce,
}: {
  region: string;
  year: number;
  inForce: EffectiveStandard;
}) {
  const t = useT();
  const required = useRequired();
  const f = useMeasureFormat();
  const [search, setSearch] = useSearchParams();
  const proposal = readProposal(search);
  const whatIf = useWhatIf(
    isProposed(proposal)
      ? {
          region: shortCode(region),
          year,
          ...(proposal.line === undefined ? {} : { line: proposal.line }),
          ...(proposal.multiplier === undefined ? {} : { monitoringMultiplier: proposal.multiplier }),
        }
      : undefined,
  );
  const run = (values: Values) => {
    const next: Proposal = { line: values.line ?? undefined, multiplier: values.multiplier ?? undefined };
    setSearch(withProposal(search, next), { replace: true });
  };

  return (
    <>
      <Card size="small" title={t('whatIf.proposal', { year })}>
        <Typography.Paragraph type="secondary">
          {t('whatIf.inForce', {
            line: f.yuan(inForce.line),
            monitoring: f.yuan(inForce.monitoringLine),
            multiplier: f.multiplier(inForce.monitoringMultiplier),
          })}
        </Typography.Paragraph>
        <Form<Values>
          name="what-if"
          layout="vertical"
          className="zf-what-if-form"
          initialValues={{
            line: proposal.line ?? inForce.line,
            multiplier: proposal.multiplier ?? inForce.monitoringMultiplier,
          }}
          onFinish={run}
        >
          <Form.Item name="line" label={t('standards.col.line')} rules={required(t('standards.col.line'))}>
            <InputNumber min={0.01} suffix={t('standards.yuanUnit')} className="zf-number" />
          </Form.Item>
          <Form.Item
            name="multiplier"
            label={t('standards.col.multiplier')}
            rules={required(t('standards.col.multiplier'))}
          >
            <InputNumber min={1} max={3} step={0.1} className="zf-number" />
          </Form.Item>
          <Form.Item className="zf-what-if-run">
            <Button
              type="primary"
              htmlType="submit"
              icon={<ExperimentOutlined />}
              loading={whatIf.isFetching}
            >
              {t('whatIf.run')}
            </Button>
          </Form.Item>
        </Form>
      </Card>
      {whatIf.isError ? (
        <MeasureNotice error={whatIf.error} onRetry={() => void whatIf.refetch()} />
      ) : whatIf.data ? (
        <WhatIfResult result={whatIf.data} stale={whatIf.isPlaceholderData} />
      ) : null}
    </>
  );
}
