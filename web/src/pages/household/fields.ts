import type { CodeList } from '../../api/types.ts';
import type { MessageKey } from '../../i18n/zh-CN.ts';

/**
 * The household's editable fields as the form shows them. Kinds and code lists mirror the server's
 * registry/fields.ts (a unit test compares them); labels come from the message catalogues (`field.<key>`).
 */
export type FieldKind = 'text' | 'code' | 'codes' | 'integer' | 'decimal' | 'money' | 'boolean' | 'date';
type KeyOf<M> = M extends `field.${infer K}` ? K : never;
export type FieldKey = KeyOf<MessageKey>;

export interface FormField {
  key: FieldKey;
  kind: FieldKind;
  list?: CodeList;
  /** Personal data the server may send masked; a masked value cannot be edited. */
  personal?: boolean;
  /**
   * Set elsewhere, shown read-only in the edit form, absent from the create form and never sent: the
   * household's standing by the procedures (identification, exit, monitoring…; the server's STANDING_FIELDS),
   * the responsible cadre by the pairing (the server answers CADRE_BY_PAIRING).
   */
  setBy?: 'procedure' | 'pairing';
}

export const HOUSEHOLD_FORM_FIELDS: readonly FormField[] = [
  { key: 'naturalVillage', kind: 'text' },
  { key: 'groupName', kind: 'text' },
  { key: 'phone', kind: 'text', personal: true },
  { key: 'bankAccount', kind: 'text', personal: true },
  { key: 'identificationStandard', kind: 'code', list: 'identification_standard' },
  { key: 'identifiedYear', kind: 'integer', setBy: 'procedure' },
  { key: 'exitYear', kind: 'integer', setBy: 'procedure' },
  { key: 'landArea', kind: 'decimal' },
  { key: 'housingArea', kind: 'decimal' },
  { key: 'housingRating', kind: 'code', list: 'housing_rating' },
  { key: 'safeWater', kind: 'boolean' },
  { key: 'roadAccess', kind: 'boolean' },
  { key: 'relocated', kind: 'boolean' },
  { key: 'cadreName', kind: 'text', setBy: 'pairing' },
  { key: 'cadreUnit', kind: 'text', setBy: 'pairing' },
  { key: 'cadrePhone', kind: 'text', personal: true, setBy: 'pairing' },
  { key: 'reasonNotExited', kind: 'text' },
];

export const YEAR_FORM_FIELDS: readonly FormField[] = [
  { key: 'status', kind: 'code', list: 'household_status', setBy: 'procedure' },
  { key: 'householdType', kind: 'code', list: 'household_type' },
  { key: 'mainCause', kind: 'code', list: 'poverty_cause' },
  { key: 'secondaryCauses', kind: 'codes', list: 'poverty_cause' },
  { key: 'wageIncome', kind: 'money' },
  { key: 'businessIncome', kind: 'money' },
  { key: 'propertyIncome', kind: 'money' },
  { key: 'transferIncome', kind: 'money' },
  { key: 'businessCosts', kind: 'money' },
  { key: 'foodSecure', kind: 'boolean' },
  { key: 'clothingSecure', kind: 'boolean' },
  { key: 'educationSecure', kind: 'boolean' },
  { key: 'medicalSecure', kind: 'boolean' },
  { key: 'housingSecure', kind: 'boolean' },
  { key: 'waterSecure', kind: 'boolean' },
  { key: 'monitoringType', kind: 'code', list: 'monitoring_type', setBy: 'procedure' },
  { key: 'riskTypes', kind: 'codes', list: 'risk_type', setBy: 'procedure' },
  { key: 'monitoringState', kind: 'code', list: 'monitoring_state', setBy: 'procedure' },
  { key: 'monitoredOn', kind: 'date', setBy: 'procedure' },
  { key: 'riskEliminatedOn', kind: 'date', setBy: 'procedure' },
];

/** The monitoring facts (防止返贫监测), shown in a section of their own. */
export const MONITORING_KEYS = [
  'monitoringType',
  'riskTypes',
  'monitoringState',
  'monitoredOn',
  'riskEliminatedOn',
] as const satisfies readonly FieldKey[];

/** An ordinary rural household (一般农户): what the console registers; the procedures make it poor or monitored. */
export const ORDINARY_TYPE = '00';

export const INCOME_KEYS = [
  'wageIncome',
  'businessIncome',
  'propertyIncome',
  'transferIncome',
  'businessCosts',
] as const satisfies readonly FieldKey[];

export const GUARANTEE_KEYS = [
  'foodSecure',
  'clothingSecure',
  'educationSecure',
  'medicalSecure',
  'housingSecure',
  'waterSecure',
] as const satisfies readonly FieldKey[];

/** What a new (ordinary) household's facts must have: its type; status and cause are the procedures'. */
export const REQUIRED_YEAR_KEYS = ['householdType'] as const satisfies readonly FieldKey[];

/** Member fields, for the member forms and for showing members and their history. */
export const MEMBER_FIELDS: readonly FormField[] = [
  { key: 'name', kind: 'text' },
  { key: 'idNumber', kind: 'text', personal: true },
  { key: 'relation', kind: 'code', list: 'relation' },
  { key: 'sex', kind: 'code', list: 'sex' },
  { key: 'education', kind: 'code', list: 'education' },
  { key: 'studentStatus', kind: 'code', list: 'student_status' },
  { key: 'health', kind: 'code', list: 'health' },
  { key: 'disabilityCert', kind: 'text', personal: true },
  { key: 'labour', kind: 'code', list: 'labour' },
  { key: 'migrantWorkPlace', kind: 'text' },
  { key: 'migrantWorkMonths', kind: 'integer' },
  { key: 'medicalInsurance', kind: 'boolean' },
  { key: 'seriousIllnessInsurance', kind: 'boolean' },
  { key: 'pensionInsurance', kind: 'boolean' },
  { key: 'dibao', kind: 'boolean' },
  { key: 'tekun', kind: 'boolean' },
  { key: 'welfareJob', kind: 'boolean' },
  { key: 'phone', kind: 'text', personal: true },
];

/** The member fields a form edits: all but sex, which the server reads from the ID number. */
export const MEMBER_FORM_FIELDS: readonly FormField[] = MEMBER_FIELDS.filter((f) => f.key !== 'sex');

/** Who the person is: required of every member (the server's REQUIRED_MEMBER_FIELDS), shown first. */
export const MEMBER_MAIN_KEYS = ['name', 'idNumber', 'relation'] as const satisfies readonly FieldKey[];

/** Values the server derives or keeps beside the fields, as they appear in history and audit rows. */
const DERIVED_FIELDS: readonly FormField[] = [
  { key: 'perCapitaIncome', kind: 'money' },
  { key: 'size', kind: 'integer' },
  { key: 'year', kind: 'integer' },
  { key: 'householdNo', kind: 'text' },
  { key: 'regionCode', kind: 'text' },
];

const ALL = [...HOUSEHOLD_FORM_FIELDS, ...YEAR_FORM_FIELDS, ...MEMBER_FIELDS, ...DERIVED_FIELDS];

/** The field a key names, for labelling history entries and values (household fields first). */
export function fieldOf(key: string): FormField | undefined {
  return ALL.find((f) => f.key === key);
}

/** Whether a key has a label in the catalogues (`field.<key>`). */
export function isFieldKey(key: string, labels: Readonly<Record<string, string>>): key is FieldKey {
  return Object.hasOwn(labels, `field.${key}`);
}
