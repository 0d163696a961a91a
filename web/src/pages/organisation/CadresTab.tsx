import { Button, Form, Input, Tag } from 'antd';
import { useState } from 'react';
import { useRequired } from '../../forms/rules.ts';
import { useT } from '../../i18n/useT.ts';
import { UserFormModal } from '../users/UserFormModal.tsx';
import { api } from '../../api/client.ts';
import type { Cadre } from './api.ts';
import type { TabProps } from './types.ts';
import { OrgToolbar } from './OrgToolbar.tsx';
import { PagedTable } from './PagedTable.tsx';
import { UnitSelect } from './pickers.tsx';
import { changedValues, compact, orDash } from './model.ts';
import { useOrgForm } from './useOrgForm.ts';

interface CadreValues {
  name: string;
  unitId: number | null;
  post: string | null;
  phone: string | null;
}
const CADRE_FIELDS = new Set(['name', 'unitId', 'post', 'phone']);
const isCadreField = (field: string) => CADRE_FIELDS.has(field);

/** 帮扶责任人: the cadres, their unit and post, and how many households each keeps now (load). */
export function CadresTab({ region, writable }: TabProps) {
  const t = useT();
  const [open, setOpen] = useState<Cadre | 'new' | null>(null);
  return (
    <>
      <OrgToolbar
        writable={writable}
        keptIn={region}
        create={t('org.cadre.create')}
        onCreate={() => setOpen('new')}
      />
      <PagedTable
        resource="cadres"
        query={{ region }}
        width={820}
        columns={[
          { title: t('org.cadre.name'), dataIndex: 'name', width: 110 },
          { title: t('org.cadre.unit'), dataIndex: 'unit', render: (u: Cadre['unit']) => u?.name ?? '—' },
          { title: t('org.cadre.post'), dataIndex: 'post', width: 120, render: orDash },
          // The phone as the server gives it: masked for roles without personal data.
          { title: t('org.cadre.phone'), dataIndex: 'phone', width: 130, render: orDash },
          { title: t('org.cadre.load'), dataIndex: 'load', width: 90, align: 'right' },
          {
            title: t('org.cadre.user'),
            dataIndex: 'userId',
            width: 100,
            render: (id: number | null) =>
              id === null ? '—' : <Tag color="green">{t('org.cadre.linked')}</Tag>,
          },
          ...(writable
            ? [
                {
                  title: t('org.actions'),
                  key: 'actions',
                  width: 90,
                  render: (_: unknown, cadre: Cadre) => (
                    <Button size="small" type="link" onClick={() => setOpen(cadre)}>
                      {t('org.edit')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {open && (
        <CadreForm region={region} cadre={open === 'new' ? undefined : open} onClose={() => setOpen(null)} />
      )}
    </>
  );
}

function CadreForm({ region, cadre, onClose }: { region: string; cadre?: Cadre; onClose: () => void }) {
  const t = useT();
  const required = useRequired();
  const { form, errors, save, saving } = useOrgForm<CadreValues>(isCadreField, onClose);
  const loaded: CadreValues | undefined = cadre && {
    name: cadre.name,
    unitId: cadre.unit?.id ?? null,
    post: cadre.post,
    phone: cadre.phone,
  };
  return (
    <UserFormModal<CadreValues>
      title={cadre ? t('org.cadre.edit') : t('org.cadre.create')}
      form={form}
      errors={errors}
      saving={saving}
      onClose={onClose}
      onFinish={(values) =>
        cadre && loaded
          ? save(() =>
              api.PATCH('/api/v1/cadres/{id}', {
                params: { path: { id: cadre.id } },
                body: { ...changedValues(loaded, values), version: cadre.version },
              }),
            )
          : save(() =>
              api.POST('/api/v1/cadres', {
                body: { ...compact(values), name: values.name, regionCode: region },
              }),
            )
      }
    >
      <Form.Item
        name="name"
        label={t('org.cadre.name')}
        initialValue={loaded?.name}
        rules={required(t('org.cadre.name'))}
      >
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name="unitId" label={t('org.cadre.unit')} initialValue={loaded?.unitId ?? undefined}>
        <UnitSelect region={region} />
      </Form.Item>
      <Form.Item name="post" label={t('org.cadre.post')} initialValue={loaded?.post}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name="phone" label={t('org.cadre.phone')} initialValue={loaded?.phone}>
        <Input maxLength={20} inputMode="tel" />
      </Form.Item>
    </UserFormModal>
  );
}
