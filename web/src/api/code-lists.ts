/**
 * The code tables the server sends (GET /api/v1/codes). The OpenAPI document types that answer as a map of
 * any name, so the names are listed here; web/test/fields.test.ts checks them against the server's list.
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
] as const;

export type CodeList = (typeof CODE_LISTS)[number];
