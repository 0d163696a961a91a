import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, InputNumber, Spin, Typography } from 'antd';
import { useMemo, useRef, type ReactNode } from 'react';
import {
  usePopulation,
  useSetPopulation,
  type Incidence,
  type PopulationChange,
} from '../../api/measures.ts';
import { useCapabilities, writesIn } from '../../auth/capabilities.ts';
import { ErrorAlert } from '../../components/errors.tsx';
import { useMeasureFormat } from '../../components/measureFormat.ts';
import { FormAlerts } from '../../forms/FormAlerts.tsx';
import { FormDrawer } from '../../forms/FormDrawer.tsx';
import { useDraft } from '../../forms/useDraft.ts';
import { useServerErrors } from '../../forms/useServerErrors.ts';
import { useI18n, useT } from '../../i18n/useT.ts';
import { shortRegionName } from '../../region/code.ts';
import {
  changedEntries,
  formField,
  populationRows,
  toConfirm,
  type PopulationRow,
  type PopulationValues,
} from './population-model.ts';
import { confirmBelow } from './confirm-below.tsx';
import { PopulationImport } from './PopulationImport.tsx';

interface Values {
  rows: PopulationValues[];
}

const isShown = (field: string) => /^rows\.\d+\.(population|note)$/.test(field);

/**
 * The rural population behind incidence, for a user who may change the registry here: a figure (and where it
 * comes from) per region of the table they may change, or a file of figures to import. An empty figure
 * removes the entered one, and the registry's count stands in again. All or nothing, as the server saves it.
 */
export function PopulationDrawer({ table, onClose }: { table: Incidence; onClose: () => void }) {
  const t = useT();
  const capabilities = useCapabilities();
  const entered = usePopulation(table.region.code, table.year, true);
  const rows = useMemo(
    () =>
      entered.data
        ? populationRows([table.region, ...table.children], entered.data, (code) =>
            writesIn(capabilities, code),
          )
        : undefined,
    [entered.data, table, capabilities],
  );

  return (
    <PopulationForm
      year={table.year}
      region={table.region.code}
      rows={rows}
      loading={entered.isPending}
      error={entered.isError ? entered.error : null}
      onRetry={() => void entered.refetch()}
      onClose={onClose}
    >
      <Alert type="info" showIcon title={t('population.help')} />
      {capabilities.canImport && <PopulationImport />}
    </PopulationForm>
  );
}

interface FormProps {
  year: number;
  region: string;
  rows: PopulationRow[] | undefined;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  onClose: () => void;
  children: ReactNode;
}

function PopulationForm({ year, region, rows, loading, error, onRetry, onClose, children }: FormProps) {
  const t = useT();
  const f = useMeasureFormat();
  const { message, modal } = App.useApp();
  const { pick } = useI18n();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const draft = useDraft<Values>(`population.${region}.${year}`);
  // Which form row each sent entry is, for the issues the server names by entry.
  const sent = useRef<number[]>([]);
  const rename = useMemo(() => (field: string) => formField(field, sent.current), []);
  const errors = useServerErrors(form, { isShown, rename });
  const save = useSetPopulation();

  const send = (entries: PopulationChange['entries'], confirm: boolean) =>
    save.mutate(
      { year, body: confirm ? { entries, confirm } : { entries } },
      {
        onSuccess: (outcome) => {
          draft.clear();
          void message.success(t('population.saved', outcome));
          void client.invalidateQueries({ queryKey: ['incidence'] });
          void client.invalidateQueries({ queryKey: ['population'] });
          onClose();
        },
        onError: (error) => {
          // A figure below the registered persons is the clerk's to confirm, not an error to fix.
          const below = confirm || !rows ? [] : toConfirm(error, sent.current, rows);
          if (below.length === 0) return errors.fail(error);
          const lines = below.map((b) => ({ where: shortRegionName(b.name), text: pick(b.message) }));
          confirmBelow(modal, t, lines, () => send(entries, true));
        },
      },
    );

  const submit = (values: Values) => {
    if (!rows) return;
    const { entries, rows: indices } = changedEntries(rows, values.rows);
    if (entries.length === 0) {
      void message.info(t('edit.nothing'));
      return;
    }
    sent.current = indices;
    errors.reset();
    send(entries, false);
  };

  return (
    <FormDrawer
      title={t('population.title', { year })}
      onCancel={() => {
        draft.clear();
        onClose();
      }}
      onSave={() => form.submit()}
      saving={save.isPending}
      saveDisabled={!rows || rows.length === 0}
    >
      {children}
      <Typography.Title level={5} className="zf-measure-heading">
        {t('population.enter')}
      </Typography.Title>
      {loading ? (
        <Spin className="zf-block-spin" />
      ) : error ? (
        <ErrorAlert error={error} onRetry={onRetry} />
      ) : (
        <>
          <FormAlerts errors={errors} draftRestored={draft.restored !== undefined} />
          <Form<Values>
            form={form}
            name="population"
            layout="vertical"
            initialValues={
              draft.restored ?? { rows: rows?.map(({ population, note }) => ({ population, note })) }
            }
            scrollToFirstError={{ block: 'center' }}
            onFinish={submit}
            onValuesChange={(changed: Partial<Values>) => {
              draft.save(form.getFieldsValue(true) as Values);
              errors.edited(changed);
            }}
          >
            {rows?.map((row, i) => (
              <div className="zf-population-row" key={row.code}>
                <Form.Item
                  name={['rows', i, 'population']}
                  label={shortRegionName(row.name)}
                  extra={t('population.registryCount', { persons: f.count(row.registry) })}
                >
                  <InputNumber
                    min={0}
                    precision={0}
                    className="zf-number"
                    placeholder={t('population.notEntered')}
                    suffix={t('population.personsUnit')}
                  />
                </Form.Item>
                <Form.Item name={['rows', i, 'note']} label={t('population.note')}>
                  <Input maxLength={200} placeholder={t('population.notePlaceholder')} />
                </Form.Item>
              </div>
            ))}
            <button type="submit" hidden />
          </Form>
        </>
      )}
    </FormDrawer>
  );
}
