import { Typography } from 'antd';
import { useT } from '../../i18n/useT.ts';
import { FieldItem } from './FieldItem.tsx';
import {
  GUARANTEE_KEYS,
  HOUSEHOLD_FORM_FIELDS,
  INCOME_KEYS,
  REQUIRED_YEAR_KEYS,
  YEAR_FORM_FIELDS,
  type FormField,
} from './fields.ts';

const byKey = (keys: readonly string[]) => YEAR_FORM_FIELDS.filter((f) => keys.includes(f.key));
const STATUS_FIELDS = YEAR_FORM_FIELDS.filter(
  (f) =>
    !(INCOME_KEYS as readonly string[]).includes(f.key) &&
    !(GUARANTEE_KEYS as readonly string[]).includes(f.key),
);

interface Props {
  year: number;
  /** Whether a personal field arrived masked (a masked phone cannot be edited). */
  masked?: (key: string) => boolean;
  /**
   * A new household: an ordinary one (type 00) with no standing, which the procedures give it later; its type
   * is shown, not chosen (an edit changes only what it names, and shows the standing read-only).
   */
  isNew?: boolean;
}

/**
 * The household's fields as the create and edit forms show them: the facts of the year, its income, 两不愁三保障,
 * then the fields that do not change with the year.
 */
export function HouseholdSections({ year, masked = () => false, isNew = false }: Props) {
  const t = useT();
  const shown = (f: FormField) => !(isNew && f.setBy);
  const fact = (f: FormField) => (
    <FieldItem
      key={f.key}
      field={f}
      name={['facts', f.key]}
      required={isNew && (REQUIRED_YEAR_KEYS as readonly string[]).includes(f.key)}
      readOnly={isNew && f.key === 'householdType'}
    />
  );
  return (
    <>
      <Typography.Title level={5}>{t('edit.facts', { year })}</Typography.Title>
      <Typography.Paragraph type="secondary">
        {t(isNew ? 'create.yearHint' : 'edit.yearHint', { year })}
      </Typography.Paragraph>
      {!isNew && <Typography.Paragraph type="secondary">{t('edit.standingNote')}</Typography.Paragraph>}
      <div className="zf-form-grid">{STATUS_FIELDS.filter(shown).map(fact)}</div>
      <Typography.Title level={5}>{t('edit.income', { year })}</Typography.Title>
      <div className="zf-form-grid">{byKey(INCOME_KEYS).map(fact)}</div>
      <Typography.Title level={5}>{t('edit.guarantees')}</Typography.Title>
      <div className="zf-form-grid zf-form-grid-3">{byKey(GUARANTEE_KEYS).map(fact)}</div>
      <Typography.Title level={5}>{t('edit.basic')}</Typography.Title>
      <div className="zf-form-grid">
        {HOUSEHOLD_FORM_FIELDS.filter(shown).map((f) => (
          <FieldItem key={f.key} field={f} name={[f.key]} masked={Boolean(f.personal) && masked(f.key)} />
        ))}
      </div>
    </>
  );
}
