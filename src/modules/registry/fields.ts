import type { CodeList } from './codes.ts';

/**
 * The registry's fields, described once. The database columns, the zod contracts, the field-level history,
 * masking and the import/export columns are all derived from these lists, so a field is added in one place.
 */
export type FieldKind = 'text' | 'code' | 'codes' | 'integer' | 'decimal' | 'money' | 'boolean' | 'date';

/**
 * Personal data that is masked for roles that do not need it and never logged. A disability certificate
 * number ('cert') is its holder's ID number followed by the category and grade, so it is masked as one.
 */
export type PersonalKind = 'id' | 'phone' | 'bank' | 'cert';

export interface FieldSpec {
  key: string;
  column: string;
  kind: FieldKind;
  list?: CodeList;
  personal?: PersonalKind;
  /** Text with a shape of its own, checked beyond its length (validate.ts). */
  format?: 'phone';
  /** Bounds for numbers, maximum length for text. */
  min?: number;
  max?: number;
  zh: string;
  en: string;
}

const text = (
  key: string,
  column: string,
  zh: string,
  en: string,
  max = 100,
  personal?: PersonalKind,
): FieldSpec => ({
  key,
  column,
  kind: 'text',
  max,
  zh,
  en,
  ...(personal ? { personal } : {}),
});
const code = (key: string, column: string, list: CodeList, zh: string, en: string): FieldSpec => ({
  key,
  column,
  kind: 'code',
  list,
  zh,
  en,
});
const bool = (key: string, column: string, zh: string, en: string): FieldSpec => ({
  key,
  column,
  kind: 'boolean',
  zh,
  en,
});
const money = (key: string, column: string, zh: string, en: string): FieldSpec => ({
  key,
  column,
  kind: 'money',
  min: 0,
  max: 100_000_000,
  zh,
  en,
});

/** Household facts that do not change with the year (columns of `households`). */
export const HOUSEHOLD_FIELDS: readonly FieldSpec[] = [
  text('naturalVillage', 'natural_village', '自然村', 'natural village', 50),
  text('groupName', 'group_name', '村民小组', 'villagers group', 50),
  { ...text('phone', 'phone', '联系电话', 'phone', 20, 'phone'), format: 'phone' },
  text('bankAccount', 'bank_account', '银行账号', 'bank account', 32, 'bank'),
  code(
    'identificationStandard',
    'identification_standard',
    'identification_standard',
    '识别标准',
    'identification standard',
  ),
  {
    key: 'identifiedYear',
    column: 'identified_year',
    kind: 'integer',
    min: 2013,
    max: 2100,
    zh: '识别年度',
    en: 'year identified',
  },
  {
    key: 'exitYear',
    column: 'exit_year',
    kind: 'integer',
    min: 2013,
    max: 2100,
    zh: '脱贫年度',
    en: 'year exited',
  },
  {
    key: 'landArea',
    column: 'land_area',
    kind: 'decimal',
    min: 0,
    max: 100_000,
    zh: '耕地面积（亩）',
    en: 'farmland (mu)',
  },
  {
    key: 'housingArea',
    column: 'housing_area',
    kind: 'decimal',
    min: 0,
    max: 10_000,
    zh: '住房面积（平方米）',
    en: 'housing area (m²)',
  },
  code('housingRating', 'housing_rating', 'housing_rating', '住房安全等级', 'housing safety rating'),
  bool('safeWater', 'safe_water', '饮水安全', 'safe drinking water'),
  bool('roadAccess', 'road_access', '通硬化路', 'paved road access'),
  bool('relocated', 'relocated', '易地扶贫搬迁', 'relocated for poverty alleviation'),
  text('cadreName', 'cadre_name', '帮扶责任人', 'responsible cadre', 50),
  text('cadreUnit', 'cadre_unit', '帮扶单位', 'cadre work unit', 100),
  { ...text('cadrePhone', 'cadre_phone', '帮扶责任人电话', 'cadre phone', 20, 'phone'), format: 'phone' },
  text('reasonNotExited', 'reason_not_exited', '未脱贫原因', 'reason not exited', 200),
];

/** Facts kept per household and year (columns of `household_years`). */
export const YEAR_FIELDS: readonly FieldSpec[] = [
  code('status', 'status', 'household_status', '户状态', 'household status'),
  code('householdType', 'household_type', 'household_type', '户类型', 'household type'),
  code('mainCause', 'main_cause', 'poverty_cause', '主要致贫原因', 'main poverty cause'),
  {
    key: 'secondaryCauses',
    column: 'secondary_causes',
    kind: 'codes',
    list: 'poverty_cause',
    zh: '次要致贫原因',
    en: 'secondary causes',
  },
  money('wageIncome', 'wage_income', '工资性收入', 'wage income'),
  money('businessIncome', 'business_income', '生产经营性收入', 'business income'),
  money('propertyIncome', 'property_income', '财产性收入', 'property income'),
  money('transferIncome', 'transfer_income', '转移性收入', 'transfer income'),
  money('businessCosts', 'business_costs', '生产经营性支出', 'business costs'),
  bool('foodSecure', 'food_secure', '不愁吃', 'enough food'),
  bool('clothingSecure', 'clothing_secure', '不愁穿', 'enough clothing'),
  bool('educationSecure', 'education_secure', '义务教育有保障', 'compulsory education guaranteed'),
  bool('medicalSecure', 'medical_secure', '基本医疗有保障', 'basic medical care guaranteed'),
  bool('housingSecure', 'housing_secure', '住房安全有保障', 'safe housing guaranteed'),
  bool('waterSecure', 'water_secure', '饮水安全有保障', 'safe drinking water guaranteed'),
  code('monitoringType', 'monitoring_type', 'monitoring_type', '监测对象类型', 'monitoring type'),
  {
    key: 'riskTypes',
    column: 'risk_types',
    kind: 'codes',
    list: 'risk_type',
    zh: '风险类型',
    en: 'risk types',
  },
  code('monitoringState', 'monitoring_state', 'monitoring_state', '监测状态', 'monitoring state'),
  { key: 'monitoredOn', column: 'monitored_on', kind: 'date', zh: '纳入监测日期', en: 'monitored since' },
  {
    key: 'riskEliminatedOn',
    column: 'risk_eliminated_on',
    kind: 'date',
    zh: '风险消除日期',
    en: 'risk eliminated on',
  },
];

/** Member facts (columns of `members`). Sex and birth date come from the ID number. */
export const MEMBER_FIELDS: readonly FieldSpec[] = [
  text('name', 'name', '姓名', 'name', 50),
  text('idNumber', 'id_number', '证件号码', 'ID number', 18, 'id'),
  code('relation', 'relation', 'relation', '与户主关系', 'relation to head'),
  code('education', 'education', 'education', '文化程度', 'education'),
  code('studentStatus', 'student_status', 'student_status', '在校生状况', 'student status'),
  code('health', 'health', 'health', '健康状况', 'health'),
  text('disabilityCert', 'disability_cert', '残疾证号', 'disability certificate', 30, 'cert'),
  code('labour', 'labour', 'labour', '劳动技能', 'labour ability'),
  text('migrantWorkPlace', 'migrant_work_place', '务工地点', 'migrant work place', 100),
  {
    key: 'migrantWorkMonths',
    column: 'migrant_work_months',
    kind: 'integer',
    min: 0,
    max: 12,
    zh: '务工时间（月）',
    en: 'migrant work months',
  },
  bool('medicalInsurance', 'medical_insurance', '参加城乡居民基本医疗保险', 'resident medical insurance'),
  bool('seriousIllnessInsurance', 'serious_illness_insurance', '参加大病保险', 'serious-illness insurance'),
  bool('pensionInsurance', 'pension_insurance', '参加城乡居民基本养老保险', 'resident pension insurance'),
  bool('dibao', 'dibao', '享受低保', 'minimum living allowance'),
  bool('tekun', 'tekun', '特困供养', 'extreme-poverty support'),
  bool('welfareJob', 'welfare_job', '公益岗位', 'public-welfare job'),
  { ...text('phone', 'phone', '联系电话', 'phone', 20, 'phone'), format: 'phone' },
];

export const REQUIRED_YEAR_FIELDS = ['status', 'householdType', 'mainCause'] as const;
/** What the facts of an ordinary household require — the only kind the API and the console register. */
export const REQUIRED_ORDINARY_YEAR_FIELDS = ['householdType'] as const;
/** 一般农户: an ordinary rural household, which may have no status and no main cause (an applicant, a monitored one). */
export const ORDINARY_TYPE = '00';

/** The procedures that change a household's standing (the cases module runs them; standing.ts writes them). */
export type StandingProcedure = 'identification' | 'return' | 'exit' | 'monitoring' | 'risk_elimination';

/**
 * A household's standing: its poverty status and monitoring facts, and the years it was identified and exited.
 * They change only through the procedure named beside each (the first is the one a message names), never by an
 * edit, a member event or the console's form; the import records decisions taken before the system. The
 * household type is standing only to or from 00 (that is identification); among 01/02/03 it is an edit.
 */
export const STANDING_FIELDS: Readonly<Record<string, readonly StandingProcedure[]>> = {
  status: ['identification', 'exit', 'return'],
  identifiedYear: ['identification'],
  exitYear: ['exit'],
  monitoringType: ['monitoring'],
  riskTypes: ['monitoring'],
  monitoringState: ['monitoring', 'risk_elimination'],
  monitoredOn: ['monitoring'],
  riskEliminatedOn: ['risk_elimination'],
};
export const REQUIRED_MEMBER_FIELDS = ['name', 'idNumber', 'relation'] as const;

export const HEAD_RELATION = '01';
