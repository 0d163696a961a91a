import { ArrowLeftOutlined, EditOutlined, NotificationOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Progress, Space, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useCapabilities } from '../../auth/capabilities.ts';
import { useCodeLabel } from '../../components/codes.ts';
import { ErrorAlert, useErrorText } from '../../components/errors.tsx';
import { useMoney } from '../../components/format.ts';
import { useT } from '../../i18n/useT.ts';
import type { MessageKey } from '../../i18n/zh-CN.ts';
import { COUNTRY } from '../../region/code.ts';
import { regionHref, useRegionScope } from '../../region/scope.ts';
import { keepsProjectsIn } from '../organisation/access.ts';
import { VillageLink } from '../village/VillageLink.tsx';
import { api } from '../../api/client.ts';
import { useProject, useProjectWrite, type Project } from './api.ts';
import { Beneficiaries } from './Beneficiaries.tsx';
import { Disbursements } from './Disbursements.tsx';
import { FUND_SOURCES, paidBySource, paidPercent } from './model.ts';
import { ProjectForm } from './ProjectForm.tsx';
import './projects.css';

/** One project: its facts, funds against payments by source, beneficiaries, disbursements and disclosure. */
export function ProjectPage() {
  const t = useT();
  const scope = useRegionScope();
  const region = scope.code ?? COUNTRY;
  const id = Number(useParams().id);
  const project = useProject(id);
  return (
    <div className="zf-page">
      <Link to={regionHref(region, 'projects', scope.year)} className="zf-back">
        <ArrowLeftOutlined /> {t('projects.back')}
      </Link>
      {project.isError && <ErrorAlert error={project.error} onRetry={() => void project.refetch()} />}
      {project.isPending && <Spin />}
      {project.data && <ProjectBody region={region} project={project.data} />}
    </div>
  );
}

function ProjectBody({ region, project }: { region: string; project: Project }) {
  const t = useT();
  const label = useCodeLabel();
  const money = useMoney();
  const writable = keepsProjectsIn(useCapabilities(), project.regionCode);
  const [editing, setEditing] = useState(false);
  return (
    <div className="zf-stack">
      <div className="zf-page-head">
        <div>
          <Typography.Title level={3} className="zf-page-title">
            {project.name}
          </Typography.Title>
          <Space size={4} wrap>
            <Tag color="blue">{label('project_type', project.type)}</Tag>
            <Tag>{label('project_state', project.state)}</Tag>
          </Space>
        </div>
        {writable && (
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
            {t('projects.edit')}
          </Button>
        )}
      </div>
      <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('projects.villages')}>
          <Space size={8} wrap>
            {project.villageCodes.map((code) => (
              <VillageLink
                key={code}
                code={code}
                name={project.villages?.find((v) => v.code === code)?.name}
              />
            ))}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('projects.period')}>
          {project.periodFrom} ~ {project.periodTo}
        </Descriptions.Item>
        <Descriptions.Item label={t('projects.responsibleUnit')}>{project.responsibleUnit}</Descriptions.Item>
        <Descriptions.Item label={t('projects.contractor')}>{project.contractor ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('projects.contentScale')} span={{ xs: 1, md: 2 }}>
          <span className="zf-project-text">{project.contentScale}</span>
        </Descriptions.Item>
        {project.expectedBenefit && (
          <Descriptions.Item label={t('projects.expectedBenefit')} span={{ xs: 1, md: 2 }}>
            <span className="zf-project-text">{project.expectedBenefit}</span>
          </Descriptions.Item>
        )}
      </Descriptions>
      <FundsCard project={project} money={money} />
      <Disbursements project={project} writable={writable} />
      <Beneficiaries region={region} project={project} writable={writable} />
      <DisclosureCard region={region} project={project} writable={writable} />
      {editing && (
        <ProjectForm
          region={region}
          project={project}
          onClose={() => setEditing(false)}
          onSaved={() => undefined}
        />
      )}
    </div>
  );
}

function FundsCard({ project, money }: { project: Project; money: (v: number) => string }) {
  const t = useT();
  const paid = paidBySource(project.disbursements);
  const rows = FUND_SOURCES.filter((s) => project.funds[s] > 0 || paid[s] > 0).map((s) => ({
    source: s,
    budget: project.funds[s],
    paid: paid[s],
  }));
  return (
    <Card size="small" title={t('projects.funds')}>
      <Progress
        percent={paidPercent(project.funds.total, project.disbursed)}
        format={() => `${money(project.disbursed)} / ${money(project.funds.total)}`}
        className="zf-project-progress"
      />
      <Table
        rowKey="source"
        size="small"
        pagination={false}
        dataSource={rows}
        columns={[
          {
            title: t('projects.source'),
            dataIndex: 'source',
            render: (s: string) => t(`projects.fund.${s}` as MessageKey),
          },
          { title: t('projects.budget'), dataIndex: 'budget', align: 'right', render: money },
          { title: t('projects.paid'), dataIndex: 'paid', align: 'right', render: money },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>{t('projects.total')}</Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              {money(project.funds.total)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right">
              {money(project.disbursed)}
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
    </Card>
  );
}

/** 生成资金公示: the portal's disclosure article made from the project in one action, then opened in the portal pages. */
function DisclosureCard({
  region,
  project,
  writable,
}: {
  region: string;
  project: Project;
  writable: boolean;
}) {
  const t = useT();
  const errorText = useErrorText();
  const scope = useRegionScope();
  const write = useProjectWrite<{ articleId: number }>();
  const articleId = write.data?.articleId ?? project.disclosureArticleId;
  return (
    <Card size="small" title={t('projects.disclosure')}>
      <Space orientation="vertical" className="zf-project-disclosure">
        <Typography.Text type="secondary">{t('projects.disclosureHelp')}</Typography.Text>
        {articleId !== null && (
          <Link to={regionHref(region, `portal/articles/${articleId}`, scope.year)}>
            {t('projects.disclosureOpen')}
          </Link>
        )}
        {write.isError && <Alert type="error" showIcon title={errorText(write.error)} />}
        {writable && (
          <Button
            icon={<NotificationOutlined />}
            loading={write.isPending}
            onClick={() =>
              write.mutate(() =>
                api.POST('/api/v1/projects/{id}/disclosure', {
                  params: { path: { id: project.id } },
                  body: {},
                }),
              )
            }
          >
            {articleId === null ? t('projects.disclose') : t('projects.discloseAgain')}
          </Button>
        )}
      </Space>
    </Card>
  );
}
