import { Button, Form, Input, InputNumber } from 'antd';
import { useState } from 'react';
import { useRequired } from '../../forms/rules.ts';
import { useT } from '../../i18n/useT.ts';
import { VillageSelect } from '../create/VillageSelect.tsx';
import { UserFormModal } from '../users/UserFormModal.tsx';
import { VillageLink } from '../village/VillageLink.tsx';
import { api } from '../../api/client.ts';
import type { Branch } from './api.ts';
import type { TabProps } from './types.ts';
import { OrgToolbar } from './OrgToolbar.tsx';
import { PagedTable } from './PagedTable.tsx';
import { changedValues, orDash } from './model.ts';
import { useOrgForm } from './useOrgForm.ts';

type BranchValues = Pick<Branch, 'villageCode' | 'name' | 'secretaryName' | 'membersCount'>;
const BRANCH_FIELDS = new Set(['villageCode', 'name', 'secretaryName', 'membersCount']);
const isBranchField = (field: string) => BRANCH_FIELDS.has(field);

/** 村党支部: one per village, its secretary and how many Party members it has. */
export function BranchesTab({ region, writable }: TabProps) {
  const t = useT();
  const [open, setOpen] = useState<Branch | 'new' | null>(null);
  return (
    <>
      <OrgToolbar writable={writable} create={t('org.branch.create')} onCreate={() => setOpen('new')} />
      <PagedTable
        resource="branches"
        query={{ region }}
        width={640}
        columns={[
          {
            title: t('org.village'),
            dataIndex: 'villageCode',
            width: 160,
            render: (code: string, b) => <VillageLink code={code} name={b.villageName} />,
          },
          { title: t('org.branch.name'), dataIndex: 'name' },
          { title: t('org.branch.secretary'), dataIndex: 'secretaryName', width: 120, render: orDash },
          { title: t('org.branch.members'), dataIndex: 'membersCount', width: 100, align: 'right' },
          ...(writable
            ? [
                {
                  title: t('org.actions'),
                  key: 'actions',
                  width: 90,
                  render: (_: unknown, branch: Branch) => (
                    <Button size="small" type="link" onClick={() => setOpen(branch)}>
                      {t('org.edit')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {open && (
        <BranchForm
          region={region}
          branch={open === 'new' ? undefined : open}
          onClose={() => setOpen(null)}
        />
      )}
    </>
  );
}

function BranchForm({ region, branch, onClose }: { region: string; branch?: Branch; onClose: () => void }) {
  const t = useT();
  const required = useRequired();
  const { form, errors, save, saving } = useOrgForm<BranchValues>(isBranchField, onClose);
  const loaded: BranchValues | undefined = branch && {
    villageCode: branch.villageCode,
    name: branch.name,
    secretaryName: branch.secretaryName,
    membersCount: branch.membersCount,
  };
  return (
    <UserFormModal<BranchValues>
      title={branch ? t('org.branch.edit') : t('org.branch.create')}
      form={form}
      errors={errors}
      saving={saving}
      onClose={onClose}
      onFinish={(values) =>
        branch && loaded
          ? save(() =>
              api.PATCH('/api/v1/branches/{id}', {
                params: { path: { id: branch.id } },
                body: { ...changedValues(loaded, values), version: branch.version },
              }),
            )
          : save(() => api.POST('/api/v1/branches', { body: values }))
      }
    >
      <Form.Item
        name="villageCode"
        label={t('org.village')}
        initialValue={loaded?.villageCode}
        rules={required(t('org.village'))}
      >
        <VillageSelect root={region} writable={() => true} />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('org.branch.name')}
        initialValue={loaded?.name}
        rules={required(t('org.branch.name'))}
      >
        <Input maxLength={100} placeholder={t('org.branch.namePlaceholder')} />
      </Form.Item>
      <Form.Item name="secretaryName" label={t('org.branch.secretary')} initialValue={loaded?.secretaryName}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name="membersCount" label={t('org.branch.members')} initialValue={loaded?.membersCount ?? 0}>
        <InputNumber min={0} max={10000} precision={0} />
      </Form.Item>
    </UserFormModal>
  );
}
