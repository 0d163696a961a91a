import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useStandards } from '../../api/measures.ts';
import { useRegion } from '../../api/queries.ts';
import { useSession } from '../../auth/session.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { useT } from '../../i18n/useT.ts';
import { COUNTRY } from '../../region/code.ts';
import { useRegionScope } from '../../region/scope.ts';
import '../measures.css';
import { InForceTable } from './InForceTable.tsx';
import { standardRights } from './permissions.ts';
import { StandardForm, type StandardTarget } from './StandardForm.tsx';
import { StandardLines } from './StandardLines.tsx';

/**
 * The poverty standards (贫困标准): the line in force each year for the province being looked at (or the
 * national line at country level), every line set with its versions (who, when, why), and for those the
 * server's policy allows, a form to set a line. Readable by everyone.
 */
export function StandardsPage() {
  const t = useT();
  const scope = useRegionScope();
  const session = useSession();
  const province = scope.code && scope.code !== COUNTRY ? scope.code.slice(0, 2) : undefined;
  const region = useRegion(scope.code);
  const standards = useStandards(province);
  const rights = standardRights(session.data, province);
  const [target, setTarget] = useState<StandardTarget | null>(null);
  const provinceName = region.data?.path[0]?.name;
  const scopeName = (p: string | null) =>
    p === null ? t('standards.national') : p === province && provinceName ? provinceName : p;
  const mayEdit = (p: string | null) => (p === null ? rights.national : rights.province === p);
  const thisYear = new Date().getFullYear();

  return (
    <div className="zf-page zf-standards">
      <div className="zf-page-head">
        <Typography.Title level={3} className="zf-page-title">
          {t('standards.title')}
        </Typography.Title>
        {(rights.national || rights.province) && (
          <Button
            type="primary"
            icon={<EditOutlined />}
            className="zf-page-actions zf-standard-new"
            onClick={() => setTarget({ year: scope.year ?? thisYear })}
          >
            {t('standards.set')}
          </Button>
        )}
      </div>
      <Typography.Paragraph
        type="secondary"
        className="zf-measure-note"
        ellipsis={{ rows: 2, expandable: true, symbol: t('standards.more') }}
      >
        {t('standards.help')}
      </Typography.Paragraph>
      {standards.isPending ? (
        <Spin className="zf-block-spin" />
      ) : standards.isError ? (
        <ErrorAlert error={standards.error} onRetry={() => void standards.refetch()} />
      ) : (
        <>
          <Card
            size="small"
            title={t('standards.inForce', {
              scope: province ? scopeName(province) : t('standards.national'),
            })}
          >
            <InForceTable rows={standards.data.effective} scopeName={scopeName} year={scope.year} />
          </Card>
          <Card size="small" title={t('standards.lines')}>
            <Typography.Paragraph type="secondary">{t('standards.linesHelp')}</Typography.Paragraph>
            <StandardLines
              items={standards.data.items}
              scopeName={scopeName}
              editable={(line) => mayEdit(line.province)}
              onEdit={(line) =>
                setTarget({
                  year: line.year,
                  province: line.province,
                  line: line.line,
                  monitoringMultiplier: line.monitoringMultiplier,
                })
              }
            />
          </Card>
        </>
      )}
      {target && (
        <StandardForm
          target={target}
          rights={rights}
          scopeName={scopeName}
          effective={standards.data?.effective ?? []}
          onClose={() => setTarget(null)}
        />
      )}
    </div>
  );
}
