import { ArrowLeftOutlined } from '@ant-design/icons';
import { Card, Descriptions, Empty, Spin, Table, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../components/errors.tsx';
import { useT } from '../../i18n/useT.ts';
import { COUNTRY, fullCode, shortRegionName } from '../../region/code.ts';
import { regionHref, useRegionScope } from '../../region/scope.ts';
import { useVillageOrganisation, type VillageOrganisation } from '../organisation/api.ts';
import { orDash } from '../organisation/model.ts';
import { MemberTags } from '../organisation/TeamsTab.tsx';
import { AttendanceCard } from './AttendanceCard.tsx';
import { ProblemsCard } from './ProblemsCard.tsx';
import { VillageProjects } from './VillageProjects.tsx';
import './village.css';

/**
 * 村情: one village's people of the work — its Party branch, work team and cadres with their households, the
 * team's days in the village, its projects and problems — gathered from the organisation, attendance,
 * projects and problem APIs.
 */
export function VillagePage() {
  const t = useT();
  const scope = useRegionScope();
  const region = scope.code ?? COUNTRY;
  const code = fullCode(useParams().code ?? '') ?? '';
  const village = useVillageOrganisation(code);
  return (
    <div className="zf-page zf-village-page">
      <Link to={regionHref(region, 'organisation', scope.year)} className="zf-back">
        <ArrowLeftOutlined /> {t('villagePage.back')}
      </Link>
      {village.isError && <ErrorAlert error={village.error} onRetry={() => void village.refetch()} />}
      {village.isPending && <Spin />}
      {village.data && <VillageBody data={village.data} />}
    </div>
  );
}

type VillageCadre = VillageOrganisation['cadres'][number];

function VillageBody({ data }: { data: VillageOrganisation }) {
  const t = useT();
  const { village } = data;
  return (
    <div className="zf-stack">
      <div>
        <Typography.Title level={3} className="zf-page-title">
          {shortRegionName(village.name)}
        </Typography.Title>
        <Typography.Text type="secondary">
          {[village.county, village.town, village.name].filter(Boolean).join(' / ')}
        </Typography.Text>
      </div>
      <div className="zf-village-grid">
        <Card size="small" title={t('villagePage.branch')}>
          {data.branches.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('villagePage.noBranch')} />
          ) : (
            data.branches.map((b) => (
              <Descriptions key={b.id} size="small" column={1}>
                <Descriptions.Item label={t('org.branch.name')}>{b.name}</Descriptions.Item>
                <Descriptions.Item label={t('org.branch.secretary')}>
                  {b.secretaryName ?? '—'}
                </Descriptions.Item>
                <Descriptions.Item label={t('org.branch.members')}>{b.membersCount}</Descriptions.Item>
              </Descriptions>
            ))
          )}
        </Card>
        <Card size="small" title={t('villagePage.team')}>
          {data.teams.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('villagePage.noTeam')} />
          ) : (
            data.teams.map((team) => (
              <Descriptions key={team.id} size="small" column={1}>
                <Descriptions.Item label={t('org.team.unit')}>
                  {team.sendingUnit?.name ?? '—'}
                </Descriptions.Item>
                <Descriptions.Item label={t('org.team.term')}>
                  {team.termFrom} ~ {team.termTo}
                </Descriptions.Item>
                <Descriptions.Item label={t('org.team.members')}>
                  <MemberTags members={team.members} />
                </Descriptions.Item>
              </Descriptions>
            ))
          )}
        </Card>
        <ProblemsCard code={village.code} />
      </div>
      <Card size="small" title={t('villagePage.cadres')}>
        {/* Under the title, not beside it: on a phone the two on one line leave the title no room. */}
        <Typography.Paragraph type="secondary">
          {t('villagePage.coverage', {
            total: data.households.poorOrMonitored,
            paired: data.households.paired,
          })}
        </Typography.Paragraph>
        <Table<VillageCadre>
          rowKey="id"
          size="small"
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          dataSource={data.cadres}
          scroll={{ x: 600 }}
          locale={{ emptyText: t('org.empty') }}
          columns={[
            { title: t('org.cadre.name'), dataIndex: 'name', width: 100 },
            {
              title: t('org.cadre.unit'),
              dataIndex: 'unit',
              render: (u: VillageCadre['unit']) => u?.name ?? '—',
            },
            { title: t('org.cadre.post'), dataIndex: 'post', width: 110, render: orDash },
            { title: t('org.cadre.phone'), dataIndex: 'phone', width: 130, render: orDash },
            {
              title: t('villagePage.households'),
              dataIndex: 'load',
              width: 90,
              align: 'right',
            },
          ]}
        />
      </Card>
      <AttendanceCard code={village.code} />
      <VillageProjects code={village.code} />
    </div>
  );
}
