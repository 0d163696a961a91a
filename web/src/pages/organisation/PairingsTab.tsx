import { Button, Form, Input, Segmented } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { DateField } from '../../components/DateField.tsx';
import { useRequired } from '../../forms/rules.ts';
import { useT } from '../../i18n/useT.ts';
import { regionHref, useRegionScope } from '../../region/scope.ts';
import { HouseholdPicker } from '../household/HouseholdPicker.tsx';
import { UserFormModal } from '../users/UserFormModal.tsx';
import { api } from '../../api/client.ts';
import type { Pairing } from './api.ts';
import type { TabProps } from './types.ts';
import { OrgToolbar } from './OrgToolbar.tsx';
import { PagedTable } from './PagedTable.tsx';
import { CadreSelect } from './pickers.tsx';
import { useOrgForm } from './useOrgForm.ts';

type Shown = 'open' | 'ended' | 'all';
const SHOWN: readonly Shown[] = ['open', 'ended', 'all'];

/** 结对帮扶: which cadre keeps which household from when; ending one ends the cadre's access to it. */
export function PairingsTab({ region, writable }: TabProps) {
  const t = useT();
  const scope = useRegionScope();
  const [search, setSearch] = useSearchParams();
  const shown = SHOWN.find((s) => s === search.get('shown')) ?? 'open';
  const [open, setOpen] = useState<Pairing | 'new' | null>(null);
  const choose = (value: Shown) => {
    const next = new URLSearchParams(search);
    next.set('shown', value);
    next.delete('page');
    setSearch(next);
  };
  return (
    <>
      <OrgToolbar writable={writable} create={t('org.pairing.create')} onCreate={() => setOpen('new')}>
        <Segmented<Shown>
          value={shown}
          onChange={choose}
          options={SHOWN.map((s) => ({ value: s, label: t(`org.pairing.shown.${s}`) }))}
        />
      </OrgToolbar>
      <PagedTable
        resource="pairings"
        query={{ region, open: shown === 'all' ? undefined : shown === 'open' ? 'true' : 'false' }}
        width={820}
        columns={[
          {
            title: t('org.pairing.household'),
            dataIndex: 'householdId',
            render: (id: number, p) => (
              <Link to={regionHref(region, `households/${id}`, scope.year)}>
                {[p.headName, p.householdNo].filter(Boolean).join(' · ') || id}
              </Link>
            ),
          },
          { title: t('org.pairing.cadre'), dataIndex: 'cadreName', width: 110 },
          { title: t('org.pairing.from'), dataIndex: 'from', width: 110 },
          { title: t('org.pairing.to'), dataIndex: 'to', width: 110 },
          { title: t('org.pairing.reason'), dataIndex: 'endReason', width: 160 },
          ...(writable
            ? [
                {
                  title: t('org.actions'),
                  key: 'actions',
                  width: 90,
                  render: (_: unknown, p: Pairing) =>
                    p.to === null && (
                      <Button size="small" type="link" danger onClick={() => setOpen(p)}>
                        {t('org.end')}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
      {open === 'new' && <PairingForm region={region} onClose={() => setOpen(null)} />}
      {open && open !== 'new' && <EndPairing pairing={open} onClose={() => setOpen(null)} />}
    </>
  );
}

interface PairingValues {
  cadreId: number;
  householdId: number;
  from: string;
}
const PAIRING_FIELDS = new Set(['cadreId', 'householdId', 'from']);
const isPairingField = (field: string) => PAIRING_FIELDS.has(field);

function PairingForm({ region, onClose }: { region: string; onClose: () => void }) {
  const t = useT();
  const required = useRequired();
  const { form, errors, save, saving } = useOrgForm<PairingValues>(isPairingField, onClose);
  return (
    <UserFormModal<PairingValues>
      title={t('org.pairing.create')}
      form={form}
      errors={errors}
      saving={saving}
      onClose={onClose}
      onFinish={(values) => save(() => api.POST('/api/v1/pairings', { body: values }))}
    >
      <Form.Item name="cadreId" label={t('org.pairing.cadre')} rules={required(t('org.pairing.cadre'))}>
        <CadreSelect region={region} />
      </Form.Item>
      <Form.Item
        name="householdId"
        label={t('org.pairing.household')}
        rules={required(t('org.pairing.household'))}
        extra={t('org.pairing.householdHint')}
      >
        <HouseholdPicker region={region} exclude={0} />
      </Form.Item>
      <Form.Item name="from" label={t('org.pairing.from')} rules={required(t('org.pairing.from'))}>
        <DateField />
      </Form.Item>
    </UserFormModal>
  );
}

interface EndValues {
  date: string;
  reason: string;
}
const END_FIELDS = new Set(['date', 'reason']);
const isEndField = (field: string) => END_FIELDS.has(field);

function EndPairing({ pairing, onClose }: { pairing: Pairing; onClose: () => void }) {
  const t = useT();
  const required = useRequired();
  const { form, errors, save, saving } = useOrgForm<EndValues>(isEndField, onClose);
  return (
    <UserFormModal<EndValues>
      title={t('org.pairing.endTitle', { name: pairing.headName ?? pairing.householdNo ?? '' })}
      form={form}
      errors={errors}
      saving={saving}
      okText={t('org.end')}
      onClose={onClose}
      onFinish={(values) =>
        save(() =>
          api.POST('/api/v1/pairings/{id}/end', { params: { path: { id: pairing.id } }, body: values }),
        )
      }
    >
      <Form.Item name="date" label={t('org.pairing.to')} rules={required(t('org.pairing.to'))}>
        <DateField />
      </Form.Item>
      <Form.Item name="reason" label={t('org.pairing.reason')} rules={required(t('org.pairing.reason'))}>
        <Input.TextArea maxLength={500} rows={3} />
      </Form.Item>
    </UserFormModal>
  );
}
