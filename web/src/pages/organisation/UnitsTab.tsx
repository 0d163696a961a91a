import { Button, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useCodeLabel, useCodeOptions } from '../../components/codes.ts';
import { useRequired } from '../../forms/rules.ts';
import { useT } from '../../i18n/useT.ts';
import { UserFormModal } from '../users/UserFormModal.tsx';
import { api } from '../../api/client.ts';
import type { Unit } from './api.ts';
import type { TabProps } from './types.ts';
import { OrgToolbar } from './OrgToolbar.tsx';
import { PagedTable } from './PagedTable.tsx';
import { changedValues } from './model.ts';
import { useOrgForm } from './useOrgForm.ts';

type UnitValues = Pick<Unit, 'name' | 'level' | 'kind'>;
const UNIT_FIELDS = new Set(['name', 'level', 'kind']);
const isUnitField = (field: string) => UNIT_FIELDS.has(field);

/** 帮扶单位: the offices, enterprises and institutions that send cadres and teams. */
export function UnitsTab({ region, writable }: TabProps) {
  const t = useT();
  const label = useCodeLabel();
  const [open, setOpen] = useState<Unit | 'new' | null>(null);
  return (
    <>
      <OrgToolbar
        writable={writable}
        keptIn={region}
        create={t('org.unit.create')}
        onCreate={() => setOpen('new')}
      />
      <PagedTable
        resource="units"
        query={{ region }}
        width={600}
        columns={[
          { title: t('org.unit.name'), dataIndex: 'name' },
          {
            title: t('org.unit.level'),
            dataIndex: 'level',
            width: 120,
            render: (v: string) => label('unit_level', v),
          },
          {
            title: t('org.unit.kind'),
            dataIndex: 'kind',
            width: 160,
            render: (v: string) => label('unit_kind', v),
          },
          ...(writable
            ? [
                {
                  title: t('org.actions'),
                  key: 'actions',
                  width: 90,
                  render: (_: unknown, unit: Unit) => (
                    <Button size="small" type="link" onClick={() => setOpen(unit)}>
                      {t('org.edit')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {open && (
        <UnitForm region={region} unit={open === 'new' ? undefined : open} onClose={() => setOpen(null)} />
      )}
    </>
  );
}

function UnitForm({ region, unit, onClose }: { region: string; unit?: Unit; onClose: () => void }) {
  const t = useT();
  const { form, errors, save, saving } = useOrgForm<UnitValues>(isUnitField, onClose);
  const loaded: UnitValues | undefined = unit && { name: unit.name, level: unit.level, kind: unit.kind };
  return (
    <UserFormModal<UnitValues>
      title={unit ? t('org.unit.edit') : t('org.unit.create')}
      form={form}
      errors={errors}
      saving={saving}
      onClose={onClose}
      onFinish={(values) =>
        unit && loaded
          ? save(() =>
              api.PATCH('/api/v1/units/{id}', {
                params: { path: { id: unit.id } },
                body: { ...changedValues(loaded, values), version: unit.version },
              }),
            )
          : save(() => api.POST('/api/v1/units', { body: { ...values, regionCode: region } }))
      }
    >
      <UnitFields loaded={loaded} />
    </UserFormModal>
  );
}

function UnitFields({ loaded }: { loaded?: UnitValues }) {
  const t = useT();
  const required = useRequired();
  const levels = useCodeOptions('unit_level');
  const kinds = useCodeOptions('unit_kind');
  return (
    <>
      <Form.Item
        name="name"
        label={t('org.unit.name')}
        initialValue={loaded?.name}
        rules={required(t('org.unit.name'))}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        name="level"
        label={t('org.unit.level')}
        initialValue={loaded?.level}
        rules={required(t('org.unit.level'))}
      >
        <Select options={levels} />
      </Form.Item>
      <Form.Item
        name="kind"
        label={t('org.unit.kind')}
        initialValue={loaded?.kind}
        rules={required(t('org.unit.kind'))}
      >
        <Select options={kinds} />
      </Form.Item>
    </>
  );
}
