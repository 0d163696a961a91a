/**
 * The names of the code tables, with no I/O, so the console can import them too (codes.ts loads the tables
 * themselves from codes.csv and fails at start-up if the file and this list disagree).
 */
export const CODE_LISTS = [
  'sex',
  'relation',
  'education',
  'student_status',
  'health',
  'labour',
  'household_type',
  'household_status',
  'monitoring_type',
  'poverty_cause',
  'housing_rating',
  'yes_no',
  'identification_standard',
  'change_event',
  'role',
  'monitoring_state',
  'risk_type',
  'unit_level',
  'unit_kind',
  'team_role',
  'problem_category',
  'problem_source',
  'problem_state',
  'measure_category',
  'project_type',
  'project_state',
  'fund_source',
] as const satisfies readonly string[];

export type CodeList = (typeof CODE_LISTS)[number];
