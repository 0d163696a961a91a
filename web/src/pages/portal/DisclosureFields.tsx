import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Form, Input, InputNumber, Select, Space } from 'antd';
import { useState } from 'react';
import { useChildren } from '../../api/queries.ts';
import { useMoney } from '../../components/format.ts';
import { useRequired } from '../../forms/rules.ts';
import { useT } from '../../i18n/useT.ts';
import { levelOf, shortRegionName } from '../../region/code.ts';
import { FUND_SOURCES, fundsTotal, repeatedSources } from './disclosure.ts';
import type { FundLine } from './types.ts';

// A public line such as 12317 or 0530-1234567 (the server's rule).
const PHONE = /^[0-9-]{5,20}$/;

/**
 * The structured fields of a fund and project disclosure (资金项目公告公示), under `disclosure` in the article
 * form: project, village, content, funds by source with their total, period, unit, beneficiaries, benefit
 * and the supervision line. Names of beneficiaries only when the rules allow them.
 */
export function DisclosureFields({ siteRegion, disabled }: { siteRegion: string; disabled: boolean }) {
  const t = useT();
  const required = useRequired();
  const money = useMoney();
  const form = Form.useFormInstance();
  const funds = (Form.useWatch(['disclosure', 'funds'], form) ?? []) as Partial<FundLine>[];
  const namesAllowed = Form.useWatch(['disclosure', 'namesAllowed'], form) === true;
  const repeated = repeatedSources(funds);
  const text = (field: string, max = 200) => (
    <Form.Item
      name={['disclosure', field]}
      label={t(`portal.disclosure.${field}` as 'portal.disclosure.projectName')}
      rules={[...required(t(`portal.disclosure.${field}` as 'portal.disclosure.projectName')), { max }]}
    >
      {max > 200 ? <Input.TextArea autoSize={{ minRows: 2 }} maxLength={max} /> : <Input maxLength={max} />}
    </Form.Item>
  );

  return (
    <fieldset className="zf-portal-fieldset zf-portal-disclosure" disabled={disabled}>
      <legend>{t('portal.disclosure.title')}</legend>
      {text('projectName')}
      <Form.Item
        name={['disclosure', 'village']}
        label={t('portal.disclosure.village')}
        rules={required(t('portal.disclosure.village'))}
      >
        <VillagePicker
          within={siteRegion}
          onName={(name) => form.setFieldValue(['disclosure', 'villageName'], name)}
        />
      </Form.Item>
      <Form.Item name={['disclosure', 'villageName']} hidden>
        <Input />
      </Form.Item>
      {text('content', 2000)}
      <div className="zf-portal-funds" role="group" aria-label={t('portal.disclosure.funds')}>
        <div className="zf-portal-funds-label">{t('portal.disclosure.funds')}</div>
        <Form.List name={['disclosure', 'funds']}>
          {(lines, { add, remove }) => (
            <>
              {lines.map((line) => (
                <div key={line.key} className="zf-portal-fund-line">
                  <Form.Item name={[line.name, 'source']} rules={required(t('portal.disclosure.source'))}>
                    <Select
                      aria-label={t('portal.disclosure.source')}
                      options={FUND_SOURCES.map((s) => ({ value: s, label: t(`portal.fund.${s}`) }))}
                    />
                  </Form.Item>
                  <Form.Item name={[line.name, 'amount']} rules={required(t('portal.disclosure.amount'))}>
                    <InputNumber
                      aria-label={t('portal.disclosure.amount')}
                      min={0}
                      max={1e10}
                      precision={2}
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<DeleteOutlined />}
                    aria-label={t('portal.disclosure.removeFund')}
                    disabled={lines.length < 2}
                    onClick={() => remove(line.name)}
                  />
                </div>
              ))}
              <Button
                icon={<PlusOutlined />}
                className="zf-portal-add-fund"
                onClick={() => add({ amount: 0 })}
              >
                {t('portal.disclosure.addFund')}
              </Button>
            </>
          )}
        </Form.List>
        <output className="zf-portal-funds-total" aria-live="polite">
          {t('portal.disclosure.total', { total: money(fundsTotal(funds)) })}
        </output>
        {repeated.length > 0 && (
          <Alert
            type="warning"
            showIcon
            title={t('portal.disclosure.repeated', {
              sources: repeated.map((s) => t(`portal.fund.${s}`)).join('、'),
            })}
          />
        )}
      </div>
      <div className="zf-portal-grid">
        <Form.Item
          name={['disclosure', 'periodFrom']}
          label={t('portal.disclosure.periodFrom')}
          rules={required(t('portal.disclosure.periodFrom'))}
        >
          <Input type="date" />
        </Form.Item>
        <Form.Item
          name={['disclosure', 'periodTo']}
          label={t('portal.disclosure.periodTo')}
          rules={required(t('portal.disclosure.periodTo'))}
        >
          <Input type="date" />
        </Form.Item>
      </div>
      {text('responsibleUnit')}
      <Form.Item
        name={['disclosure', 'beneficiaryHouseholds']}
        label={t('portal.disclosure.beneficiaryHouseholds')}
        rules={required(t('portal.disclosure.beneficiaryHouseholds'))}
      >
        <InputNumber min={0} max={100000} precision={0} />
      </Form.Item>
      <Form.Item name={['disclosure', 'namesAllowed']} valuePropName="checked">
        <Checkbox>{t('portal.disclosure.namesAllowed')}</Checkbox>
      </Form.Item>
      {namesAllowed && (
        <Form.Item
          name={['disclosure', 'beneficiaryNames']}
          label={t('portal.disclosure.beneficiaryNames')}
          extra={t('portal.disclosure.beneficiaryNamesHint')}
        >
          <Input.TextArea autoSize maxLength={2000} />
        </Form.Item>
      )}
      {text('expectedBenefit', 1000)}
      <Form.Item
        name={['disclosure', 'supervisionPhone']}
        label={t('portal.disclosure.supervisionPhone')}
        rules={[
          ...required(t('portal.disclosure.supervisionPhone')),
          { pattern: PHONE, message: t('portal.disclosure.phoneHint') },
        ]}
      >
        <Input inputMode="tel" maxLength={20} />
      </Form.Item>
    </fieldset>
  );
}

interface PickerProps {
  within: string;
  value?: string;
  onChange?: (code: string) => void;
  onName: (name: string) => void;
  id?: string;
}

/**
 * A village of the site's region, from the region tree (the portal's roles may browse it, not search the
 * registry): a town site lists its villages; a county site asks for the town first.
 */
function VillagePicker({ within, value, onChange, onName, id }: PickerProps) {
  const t = useT();
  const county = levelOf(within) === 3;
  const [town, setTown] = useState<string | undefined>(value ? `${value.slice(0, 9)}000` : undefined);
  const towns = useChildren(within, county);
  const parent = county ? town : within;
  const villages = useChildren(parent, parent !== undefined);
  const form = Form.useFormInstance();
  const currentName = form.getFieldValue(['disclosure', 'villageName']) as string | undefined;
  const options = (villages.data ?? []).map((r) => ({ value: r.code, label: shortRegionName(r.name) }));
  if (value && currentName && !options.some((o) => o.value === value))
    options.push({ value, label: currentName });
  return (
    <Space.Compact block className="zf-portal-village">
      {county && (
        <Select<string>
          className="zf-portal-town-picker"
          aria-label={t('portal.disclosure.town')}
          placeholder={t('portal.disclosure.town')}
          showSearch={{ optionFilterProp: 'label' }}
          value={town}
          loading={towns.isFetching}
          options={(towns.data ?? []).map((r) => ({ value: r.code, label: shortRegionName(r.name) }))}
          onChange={setTown}
        />
      )}
      <Select<string>
        id={id}
        className="zf-portal-village-picker"
        showSearch={{ optionFilterProp: 'label' }}
        value={value}
        placeholder={t('portal.disclosure.village')}
        loading={villages.isFetching}
        options={options}
        onChange={(code) => {
          onChange?.(code);
          onName(options.find((o) => o.value === code)?.label ?? '');
        }}
      />
    </Space.Compact>
  );
}
