import { Alert, Button, Card, List, Modal, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useErrorText } from '../../components/errors.tsx';
import { useT } from '../../i18n/useT.ts';
import { regionHref, useRegionScope } from '../../region/scope.ts';
import { HouseholdPicker } from '../household/HouseholdPicker.tsx';
import { api } from '../../api/client.ts';
import { useProjectWrite, type Project } from './api.ts';

/** A chosen household: the ones the project has, with their names, and the ones just picked, by id. */
type Beneficiary = Partial<Project['beneficiaries'][number]> & { householdId: number };

/** The households the project benefits; keepers choose them (the whole list is sent, as the API replaces it). */
export function Beneficiaries({
  region,
  project,
  writable,
}: {
  region: string;
  project: Project;
  writable: boolean;
}) {
  const t = useT();
  const scope = useRegionScope();
  const [choosing, setChoosing] = useState(false);
  const listed = project.beneficiaries;
  return (
    <Card
      size="small"
      title={t('projects.beneficiaryHouseholds', { count: project.beneficiaryCount })}
      extra={
        writable && (
          <Button size="small" onClick={() => setChoosing(true)}>
            {t('projects.chooseBeneficiaries')}
          </Button>
        )
      }
    >
      {listed && listed.length > 0 ? (
        <div className="zf-project-beneficiaries">
          {listed.map((b) => (
            <Tag key={b.householdId}>
              <Link to={regionHref(region, `households/${b.householdId}`, scope.year)}>{nameOf(b)}</Link>
            </Tag>
          ))}
        </div>
      ) : (
        <Typography.Text type="secondary">{t('projects.noBeneficiaries')}</Typography.Text>
      )}
      {choosing && (
        <ChooseBeneficiaries region={region} project={project} onClose={() => setChoosing(false)} />
      )}
    </Card>
  );
}

function nameOf(b: Beneficiary): string {
  return [b.headName, b.householdNo].filter(Boolean).join(' · ') || String(b.householdId);
}

function ChooseBeneficiaries({
  region,
  project,
  onClose,
}: {
  region: string;
  project: Project;
  onClose: () => void;
}) {
  const t = useT();
  const errorText = useErrorText();
  const write = useProjectWrite();
  const [chosen, setChosen] = useState<Beneficiary[]>(project.beneficiaries ?? []);
  const [picked, setPicked] = useState<number | undefined>();
  return (
    <Modal
      open
      title={t('projects.chooseBeneficiaries')}
      onCancel={onClose}
      okText={t('edit.save')}
      confirmLoading={write.isPending}
      onOk={() =>
        write.mutate(
          () =>
            api.PUT('/api/v1/projects/{id}/beneficiaries', {
              params: { path: { id: project.id } },
              body: { householdIds: chosen.map((b) => b.householdId) },
            }),
          { onSuccess: onClose },
        )
      }
      destroyOnHidden
    >
      <div className="zf-stack">
        {write.isError && <Alert type="error" showIcon title={errorText(write.error)} />}
        {project.beneficiaries === undefined && project.beneficiaryCount > 0 && (
          <Alert
            type="info"
            showIcon
            title={t('projects.beneficiariesReplace', { count: project.beneficiaryCount })}
          />
        )}
        <HouseholdPicker
          region={region}
          exclude={0}
          value={picked}
          onChange={(id) => {
            setPicked(undefined);
            if (id !== undefined && !chosen.some((b) => b.householdId === id))
              setChosen([...chosen, { householdId: id }]);
          }}
        />
        <List
          size="small"
          dataSource={chosen}
          locale={{ emptyText: t('projects.noBeneficiaries') }}
          renderItem={(b) => (
            <List.Item
              actions={[
                <Button
                  key="remove"
                  size="small"
                  type="link"
                  onClick={() => setChosen(chosen.filter((c) => c.householdId !== b.householdId))}
                >
                  {t('projects.remove')}
                </Button>,
              ]}
            >
              {nameOf(b)}
            </List.Item>
          )}
        />
      </div>
    </Modal>
  );
}
