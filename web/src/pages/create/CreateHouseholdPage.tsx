import { ArrowLeftOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, InputNumber, Result, Typography } from 'antd';
import { useCallback } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client.ts';
import type { HouseholdCreate } from '../../api/types.ts';
import { useCapabilities, writesIn, writesWithin } from '../../auth/capabilities.ts';
import { FormAlerts } from '../../forms/FormAlerts.tsx';
import { useDraft } from '../../forms/useDraft.ts';
import { useServerErrors } from '../../forms/useServerErrors.ts';
import { useI18n } from '../../i18n/useT.ts';
import { COUNTRY, levelOf } from '../../region/code.ts';
import { regionHref, useRegionScope } from '../../region/scope.ts';
import { HouseholdSections } from '../household/HouseholdSections.tsx';
import { createBody, emptyValues, isCreatePath, type CreateValues } from './create-model.ts';
import { Roster } from './Roster.tsx';
import { VillageSelect } from './VillageSelect.tsx';
import { useRequired } from '../../forms/rules.ts';

/**
 * Registers a household: its number and village, the members with the head, and the facts of the year. A page
 * of its own (`/r/<region>/households/new?year=`), so an expired session comes back to it with the draft.
 * The server checks everything (ID numbers, codes, one head); its messages appear under the fields, and
 * nothing typed is lost on an error.
 */
export function CreateHouseholdPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const client = useQueryClient();
  const scope = useRegionScope();
  const capabilities = useCapabilities();
  const region = scope.code ?? COUNTRY;
  const [form] = Form.useForm<CreateValues>();
  const draft = useDraft<CreateValues>(`create.${region}`);
  const errors = useServerErrors(form, { isShown: isCreatePath });
  const year = Form.useWatch('year', form) ?? scope.viewYear ?? new Date().getFullYear();
  const writable = useCallback((code: string) => writesIn(capabilities, code), [capabilities]);
  const listHref = regionHref(region, 'households', scope.year);
  const required = useRequired();

  const save = useMutation({
    mutationFn: (body: HouseholdCreate) => unwrap(api.POST('/api/v1/households', { body })),
    onSuccess: ({ id }, body) => {
      draft.clear();
      void message.success(t('create.saved'));
      void client.invalidateQueries({ queryKey: ['households', 'list'] });
      void client.invalidateQueries({ queryKey: ['stats'] });
      void navigate(regionHref(region, `households/${id}`, body.year), { replace: true });
    },
    onError: errors.fail,
  });

  if (region === COUNTRY || !writesWithin(capabilities, region)) {
    return (
      <Result
        status="403"
        subTitle={t('create.forbidden')}
        extra={<Link to={listHref}>{t('household.back')}</Link>}
      />
    );
  }

  const cancel = () => {
    draft.clear();
    void navigate(listHref);
  };

  return (
    <div className="zf-page zf-create">
      <Link to={listHref} className="zf-back">
        <ArrowLeftOutlined /> {t('household.back')}
      </Link>
      <Typography.Title level={3} className="zf-page-title">
        {t('create.title')}
      </Typography.Title>
      <FormAlerts errors={errors} draftRestored={draft.restored !== undefined} />
      <Form<CreateValues>
        form={form}
        name="household-new"
        className="zf-stack"
        layout="vertical"
        scrollToFirstError={{ block: 'center' }}
        initialValues={
          draft.restored ??
          emptyValues(levelOf(region) === 5 ? region : undefined, scope.viewYear ?? new Date().getFullYear())
        }
        onFinish={(values) => save.mutate(createBody(values))}
        onValuesChange={(changed: Partial<CreateValues>) => {
          draft.save(form.getFieldsValue(true) as CreateValues);
          errors.edited(changed);
        }}
      >
        <Card size="small" title={t('create.household')}>
          <div className="zf-form-grid zf-form-grid-3">
            <Form.Item
              name="householdNo"
              label={t('field.householdNo')}
              extra={t('create.householdNoHint')}
              rules={[
                {
                  required: true,
                  whitespace: true,
                  message: t('form.required', { field: t('field.householdNo') }),
                },
              ]}
            >
              <Input maxLength={40} autoComplete="off" />
            </Form.Item>
            <Form.Item
              name="regionCode"
              label={t('field.regionCode')}
              rules={required(t('field.regionCode'))}
            >
              <VillageSelect root={region} writable={writable} />
            </Form.Item>
            <Form.Item name="year" label={t('field.year')} rules={required(t('field.year'))}>
              <InputNumber className="zf-number" min={2013} max={2100} precision={0} />
            </Form.Item>
          </div>
        </Card>
        <Card size="small" title={t('create.members')}>
          <Roster issues={errors.inline} />
        </Card>
        <Card size="small">
          <HouseholdSections year={year} isNew />
        </Card>
        <div className="zf-form-actions">
          <Button onClick={cancel}>{t('edit.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('create.submit')}
          </Button>
        </div>
      </Form>
    </div>
  );
}
