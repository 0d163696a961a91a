import { HOUSEHOLD_FIELDS, MEMBER_FIELDS, YEAR_FIELDS } from '../modules/registry/fields.ts';
import type { Message } from './errors.ts';
import { VISIT_FIELD_NAMES } from '../modules/visits/field-names.ts';

/**
 * What a clerk calls each field of a request, in zh and en, so a message about a field names it in words rather
 * than by its key (`members.2.idNumber`). The registry's own fields are named by their field lists; the rest of
 * the API's parameters are named here. test/validation-messages.test.ts fails when a request parameter of
 * openapi.json has no name.
 */
const OTHER: Record<string, Message> = {
  // Problems (问题清单)
  due: { zh: '整改时限', en: 'due date' },
  ownerCadreId: { zh: '责任人', en: 'cadre responsible' },
  ownerUnitId: { zh: '责任单位', en: 'unit responsible' },
  villageCode: { zh: '村', en: 'village' },
  inbox: { zh: '本级待办', en: 'inbox' },
  evidence: { zh: '整改佐证', en: 'evidence' },
  // Regions, lists and pages
  region: { zh: '行政区划', en: 'region' },
  regionCode: { zh: '行政区划代码', en: 'region code' },
  within: { zh: '所属区划', en: 'region searched' },
  province: { zh: '省份', en: 'province' },
  code: { zh: '代码', en: 'code' },
  level: { zh: '区划级别', en: 'region level' },
  q: { zh: '搜索内容', en: 'search text' },
  limit: { zh: '每页条数', en: 'page size' },
  page: { zh: '页码', en: 'page' },
  offset: { zh: '起始位置', en: 'offset' },
  after: { zh: '翻页位置', en: 'page position' },
  before: { zh: '翻页位置', en: 'page position' },
  year: { zh: '年度', en: 'year' },
  cause: { zh: '致贫原因', en: 'poverty cause' },
  type: { zh: '户类型', en: 'household type' },
  format: { zh: '文件格式', en: 'file format' },
  // Households and members
  id: { zh: '编号', en: 'id' },
  householdNo: { zh: '户编号', en: 'household number' },
  facts: { zh: '年度信息', en: 'facts of the year' },
  members: { zh: '家庭成员', en: 'members' },
  member: { zh: '成员', en: 'member' },
  sex: { zh: '性别', en: 'sex' },
  version: { zh: '版本号', en: 'version' },
  match: { zh: '查找的值', en: 'value looked for' },
  event: { zh: '变动类型', en: 'event' },
  eventDate: { zh: '变动日期', en: 'event date' },
  note: { zh: '备注', en: 'note' },
  confirm: { zh: '确认', en: 'confirmation' },
  confirmNewYear: { zh: '确认导入新年度', en: 'confirmation of a new year' },
  toHouseholdId: { zh: '迁入的农户', en: 'household moved to' },
  relationInNewHousehold: { zh: '在新户中的关系', en: 'relation in the new household' },
  newHeadMemberId: { zh: '新户主', en: 'new head of household' },
  // Assessments and evidence
  guarantee: { zh: '保障项目', en: 'guarantee' },
  secure: { zh: '评定结果', en: 'result' },
  reason: { zh: '原因', en: 'reason' },
  visitReference: { zh: '走访记录编号', en: 'visit reference' },
  visitDate: { zh: '走访日期', en: 'visit date' },
  evidenceId: { zh: '证明材料编号', en: 'evidence id' },
  file: { zh: '文件', en: 'file' },
  // Measures, standards and population
  incomes: { zh: '收入', en: 'incomes' },
  weights: { zh: '权重', en: 'weights' },
  personWeights: { zh: '人口权重', en: 'person weights' },
  line: { zh: '贫困线', en: 'poverty line' },
  alphas: { zh: 'FGT 参数 α', en: 'FGT parameters α' },
  achievements: { zh: '各指标取值', en: 'achievements' },
  cutoffs: { zh: '各指标临界值', en: 'cutoffs' },
  k: { zh: '贫困临界值 k', en: 'poverty cutoff k' },
  mpi: { zh: '多维贫困设置', en: 'multidimensional settings' },
  indicators: { zh: '指标', en: 'indicators' },
  monitoringMultiplier: { zh: '监测倍数', en: 'monitoring multiplier' },
  entries: { zh: '人口数据', en: 'population entries' },
  population: { zh: '农村人口', en: 'rural population' },
  // Rules of the procedures (settings)
  defaults: { zh: '默认规则', en: 'default rules' },
  west: { zh: '西部省份规则', en: 'rules of the western provinces' },
  provinces: { zh: '省份', en: 'provinces' },
  noticeDays: { zh: '公示天数', en: 'notice days' },
  default: { zh: '默认值', en: 'default' },
  monitoring: { zh: '监测对象', en: 'monitoring' },
  forbidExitInIdentificationYear: { zh: '当年识别当年不得退出', en: 'no exit in the year of identification' },
  incidenceThreshold: { zh: '贫困发生率退出标准', en: 'incidence threshold' },
  countyThresholds: { zh: '贫困县退出标准', en: 'county exit thresholds' },
  wrongExit: { zh: '错退率', en: 'wrong-exit rate' },
  missed: { zh: '漏评率', en: 'missed-identification rate' },
  approval: { zh: '群众认可度', en: 'public approval' },
  monitoringClockDays: { zh: '监测识别时限（天）', en: 'monitoring deadline (days)' },
  assistanceStartDays: { zh: '帮扶落实时限（天）', en: 'assistance start deadline (days)' },
  casework: { zh: '驻村帮扶规则', en: 'casework rules' },
  teamMinMembers: { zh: '工作队最少人数', en: 'least work-team members' },
  teamMinTermYears: { zh: '工作队最短任期（年）', en: 'least work-team term (years)' },
  residentShareOfWorkingDays: { zh: '驻村天数占工作日比例', en: 'share of working days in the village' },
  residentDaysPerYear: { zh: '每年驻村天数', en: 'days in the village a year' },
  visitIntervalDays: { zh: '走访间隔（天）', en: 'days between visits' },
  problemDueDays: { zh: '问题整改时限（天）', en: 'days to solve a problem' },
  escalationDays: { zh: '逾期上报天数', en: 'days overdue before escalation' },
  town: { zh: '乡镇', en: 'town' },
  county: { zh: '县', en: 'county' },
  stageLimitDays: { zh: '各环节办理时限（天）', en: 'stage limits (days)' },
  // Audit, jobs and accounts
  entity: { zh: '对象类型', en: 'kind of record' },
  entityId: { zh: '对象编号', en: 'record id' },
  action: { zh: '操作', en: 'action' },
  jobId: { zh: '任务编号', en: 'job id' },
  username: { zh: '用户名', en: 'username' },
  password: { zh: '密码', en: 'password' },
  currentPassword: { zh: '当前密码', en: 'current password' },
  newPassword: { zh: '新密码', en: 'new password' },
  displayName: { zh: '姓名', en: 'display name' },
  active: { zh: '启用状态', en: 'enabled' },
  grants: { zh: '授权', en: 'grants' },
  role: { zh: '角色', en: 'role' },
  // Cases of the procedures
  householdId: { zh: '户', en: 'household' },
  stage: { zh: '办理环节', en: 'stage' },
  state: { zh: '办结状态', en: 'open or closed' },
  overdue: { zh: '是否超期', en: 'overdue' },
  comment: { zh: '办理意见', en: 'comment' },
  inputs: { zh: '办理材料', en: 'inputs of the step' },
  minutes: { zh: '民主评议会议记录', en: 'minutes of the appraisal' },
  documentNo: { zh: '文件编号', en: 'document number' },
  votes: { zh: '表决结果', en: 'votes' },
  present: { zh: '到会人数', en: 'present' },
  for: { zh: '赞成票', en: 'votes for' },
  against: { zh: '反对票', en: 'votes against' },
  signature: { zh: '农户签字确认', en: 'household signature' },
  authorisation: { zh: '农户书面授权', en: 'written authorisation' },
  wrongExitRate: { zh: '错退率', en: 'wrong-exit rate' },
  missedRate: { zh: '漏评率', en: 'missed-identification rate' },
  approvalRate: { zh: '群众认可度', en: 'public approval' },
  figuresEvidence: { zh: '评估报告', en: 'evaluation report' },
  caseIds: { zh: '案件', en: 'cases' },
  filter: { zh: '筛选条件', en: 'filter' },
  // Notices and objections
  serial: { zh: '公示编号', en: 'notice serial' },
  content: { zh: '内容', en: 'content' },
  outcome: { zh: '答复结论', en: 'outcome' },
  answer: { zh: '答复内容', en: 'answer' },
  date: { zh: '日期', en: 'date' },
  // The portal: sites, columns, articles, disclosures, images
  siteId: { zh: '网站', en: 'site' },
  columnId: { zh: '栏目', en: 'column' },
  kind: { zh: '类型', en: 'kind' },
  title: { zh: '标题', en: 'title' },
  bodyHtml: { zh: '正文', en: 'body' },
  source: { zh: '来源', en: 'source' },
  author: { zh: '作者', en: 'author' },
  organisation: { zh: '发布机构', en: 'organisation' },
  disclosure: { zh: '资金项目公开内容', en: 'disclosure' },
  publishAt: { zh: '定时发布时间', en: 'time to publish' },
  footer: { zh: '网站页脚', en: 'footer' },
  logoImageId: { zh: '网站标志', en: 'logo' },
  isPrimary: { zh: '门户首页', en: 'primary site' },
  slug: { zh: '栏目地址名', en: 'slug' },
  position: { zh: '排序', en: 'position' },
  staleDays: { zh: '更新期限（天）', en: 'stale after (days)' },
  pageSize: { zh: '每页条数', en: 'page size' },
  alt: { zh: '图片替代文字', en: 'alt text' },
  sponsor: { zh: '主办单位', en: 'sponsor' },
  organizer: { zh: '承办单位', en: 'organiser' },
  icp: { zh: 'ICP备案号', en: 'ICP licence' },
  police: { zh: '公安机关备案号', en: 'public security filing' },
  contact: { zh: '联系方式', en: 'contact' },
  supervision: { zh: '监督电话', en: 'supervision line' },
  errorReportUrl: { zh: '找错链接', en: 'error report link' },
  projectName: { zh: '项目名称', en: 'project name' },
  village: { zh: '实施地点（村）', en: 'village' },
  villageName: { zh: '实施地点名称', en: 'village name' },
  funds: { zh: '资金来源', en: 'funds' },
  amount: { zh: '金额（元）', en: 'amount (yuan)' },
  total: { zh: '资金总额（元）', en: 'total (yuan)' },
  periodFrom: { zh: '实施期限起', en: 'period from' },
  periodTo: { zh: '实施期限止', en: 'period to' },
  responsibleUnit: { zh: '责任单位', en: 'responsible unit' },
  beneficiaryHouseholds: { zh: '受益户数', en: 'households benefiting' },
  namesAllowed: { zh: '可公开受益人姓名', en: 'names may be published' },
  beneficiaryNames: { zh: '受益人姓名', en: 'beneficiary names' },
  expectedBenefit: { zh: '预期效益', en: 'intended benefit' },
  supervisionPhone: { zh: '监督电话', en: 'supervision phone' },
  // The human check of the public forms
  humanToken: { zh: '人机验证令牌', en: 'check token' },
  humanAnswer: { zh: '人机验证答案', en: 'check answer' },
  // Complaints (监督举报) and the working-day calendar (title and contact as above)
  anonymous: { zh: '匿名', en: 'anonymous' },
  consentPublish: { zh: '同意公开答复', en: 'consent to publish the reply' },
  attachments: { zh: '附件', en: 'attachments' },
  attachmentId: { zh: '附件编号', en: 'attachment id' },
  trackingNo: { zh: '受理编号', en: 'tracking number' },
  reply: { zh: '答复', en: 'reply' },
  publicReply: { zh: '公开答复', en: 'published reply' },
  namesToHide: { zh: '公开时隐去的人名', en: 'names to hide' },
  deadlineWorkingDays: { zh: '办理期限（工作日）', en: 'deadline (working days)' },
  reminderWorkingDays: { zh: '提前提醒（工作日）', en: 'reminder (working days before)' },
  workday: { zh: '是否上班', en: 'working day' },
  // Assistance measures and projects (issue 13 §4–5; amount, source, state, funds… as above)
  category: { zh: '类别', en: 'category' },
  description: { zh: '内容', en: 'description' },
  provider: { zh: '帮扶单位', en: 'provider' },
  startOn: { zh: '开始日期', en: 'start' },
  endOn: { zh: '结束日期', en: 'end' },
  development: { zh: '开发式帮扶', en: 'development-type' },
  villageCodes: { zh: '实施村', en: 'villages' },
  contentScale: { zh: '建设内容及规模', en: 'content and scale' },
  central: { zh: '中央财政资金', en: 'central funds' },
  provincial: { zh: '省级财政资金', en: 'provincial funds' },
  city: { zh: '市级财政资金', en: 'city funds' },
  other: { zh: '其他资金', en: 'other funds' },
  contractor: { zh: '实施单位', en: 'contractor' },
  householdIds: { zh: '受益户', en: 'households benefiting' },
  paidOn: { zh: '拨付日期', en: 'payment date' },
  voucherNo: { zh: '凭证号', en: 'voucher number' },
  payee: { zh: '收款方', en: 'payee' },
  // The burden meter (基层负担)
  from: { zh: '开始日期', en: 'from' },
  to: { zh: '截止日期', en: 'to' },
  by: { zh: '汇总方式', en: 'grouped by' },
  // The organisation (issue 13)
  unitId: { zh: '帮扶单位', en: 'unit' },
  post: { zh: '职务', en: 'post' },
  userId: { zh: '登录账号', en: 'login' },
  cadreId: { zh: '帮扶干部', en: 'cadre' },
  secretaryName: { zh: '支部书记', en: 'branch secretary' },
  secretaryCadreId: { zh: '支部书记（干部）', en: 'branch secretary (cadre)' },
  membersCount: { zh: '党员人数', en: 'Party members' },
  sendingUnitId: { zh: '派出单位', en: 'sending unit' },
  termFrom: { zh: '任期开始', en: 'term start' },
  termTo: { zh: '任期结束', en: 'term end' },
  open: { zh: '是否当前结对', en: 'open pairings only' },
  memberId: { zh: '队员', en: 'team member' },
};

// The registry's names last, so they win: a member's `name` is 姓名 however many other bodies have a `name`.
const NAMES: ReadonlyMap<string, Message> = new Map([
  ...Object.entries(OTHER),
  ...Object.entries(VISIT_FIELD_NAMES),
  ...[...HOUSEHOLD_FIELDS, ...YEAR_FIELDS, ...MEMBER_FIELDS].map(
    (s) => [s.key, { zh: s.zh, en: s.en }] as const,
  ),
]);

/** Where a field's name is not known (a key no request takes): never the key itself, which is English. */
const UNNAMED: Message = { zh: '该项', en: 'this value' };
const WHOLE: Message = { zh: '请求内容', en: 'the request' };

export function hasName(key: string): boolean {
  return NAMES.has(key);
}

/**
 * The name of the field at a path: its last key's name, and the place in a list when the path runs through
 * one (`members.2.idNumber` → 身份证号码（第 3 项）, "ID number (item 3)").
 */
export function fieldName(path: readonly PropertyKey[]): Message {
  const keys = path.filter((p): p is string => typeof p === 'string' && !/^\d+$/.test(p));
  const indexes = path.filter((p) => typeof p === 'number' || /^\d+$/.test(String(p))).map(Number);
  const last = keys.at(-1);
  const name = last === undefined ? WHOLE : (NAMES.get(last) ?? UNNAMED);
  const index = indexes.at(-1);
  if (index === undefined) return name;
  return { zh: `${name.zh}（第 ${index + 1} 项）`, en: `${name.en} (item ${index + 1})` };
}
