import { App, Form, Input, Modal, Select } from 'antd';
import type { ReactNode } from 'react';
import dayjs from 'dayjs';
import { DateField } from '../../../components/DateField.tsx';
import { useIsPhone } from '../../../components/useIsPhone.ts';
import { useT } from '../../../i18n/useT.ts';
import { RefusalAlert } from '../../cases/RefusalAlert.tsx';
import { useCadres, useEndPairing, usePair, type Pairing } from './api.ts';

/** The county of a region code: its first six digits (the cadres of a household are the county's). */
export const countyOf = (code: string) => `${code.slice(0, 6)}000000`;

function FormModal(props: {
  title: string;
  pending: boolean;
  error: unknown;
  onOk: () => void;
  onClose: () => void;
  children: ReactNode;
}) {
  const t = useT();
  const phone = useIsPhone();
  return (
    <Modal
      open
      title={props.title}
      okText={t('casework.save')}
      cancelText={t('casework.cancel')}
      confirmLoading={props.pending}
      onOk={props.onOk}
      onCancel={props.onClose}
      width={phone ? '100%' : 480}
      destroyOnHidden
    >
      {props.error ? <RefusalAlert error={props.error} /> : null}
      {props.children}
    </Modal>
  );
}

/** Pairs the household with a cadre of its county, from a day (today unless changed). */
export function PairModal(props: { householdId: number; regionCode: string; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ cadreId?: number; from: string }>();
  const cadres = useCadres(countyOf(props.regionCode), true);
  const pair = usePair(props.householdId);
  const required = [{ required: true, message: t('casework.required') }];
  return (
    <FormModal
      title={t('casework.pairing.pair')}
      pending={pair.isPending}
      error={pair.error}
      onOk={() => form.submit()}
      onClose={props.onClose}
    >
      <Form
        name="pairing"
        form={form}
        layout="vertical"
        initialValues={{ from: dayjs().format('YYYY-MM-DD') }}
        onFinish={(v) =>
          pair.mutate(
            { cadreId: v.cadreId ?? 0, from: v.from },
            {
              onSuccess: () => {
                void message.success(t('casework.pairing.done'));
                props.onClose();
              },
            },
          )
        }
      >
        <Form.Item name="cadreId" label={t('casework.pairing.cadre')} rules={required}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('casework.pairing.cadreSearch')}
            loading={cadres.isPending}
            options={(cadres.data?.items ?? []).map((c) => ({
              value: c.id,
              label: `${c.name}${c.unit ? ` · ${c.unit.name}` : ''} · ${t('casework.pairing.load', { count: c.load })}`,
            }))}
          />
        </Form.Item>
        <Form.Item name="from" label={t('casework.pairing.from')} rules={required}>
          <DateField />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

/** Ends the open pairing on a day, with the reason; the cadre's access to the household ends with it. */
export function EndPairingModal(props: { householdId: number; pairing: Pairing; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ date: string; reason?: string }>();
  const end = useEndPairing(props.householdId);
  const required = [{ required: true, whitespace: true, message: t('casework.required') }];
  return (
    <FormModal
      title={`${t('casework.pairing.end')} · ${props.pairing.cadreName}`}
      pending={end.isPending}
      error={end.error}
      onOk={() => form.submit()}
      onClose={props.onClose}
    >
      <Form
        name="pairing-end"
        form={form}
        layout="vertical"
        initialValues={{ date: dayjs().format('YYYY-MM-DD') }}
        onFinish={(v) =>
          end.mutate(
            { id: props.pairing.id, date: v.date, reason: v.reason?.trim() ?? '' },
            {
              onSuccess: () => {
                void message.success(t('casework.pairing.ended'));
                props.onClose();
              },
            },
          )
        }
      >
        <Form.Item name="date" label={t('casework.pairing.endDate')} rules={required}>
          <DateField />
        </Form.Item>
        <Form.Item name="reason" label={t('casework.pairing.reason')} rules={required}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
