import { commonEn } from './en-US/common.ts';
import { fieldsEn } from './en-US/fields.ts';
import { householdEn } from './en-US/household.ts';
import { measuresEn } from './en-US/measures.ts';
import { registryEn } from './en-US/registry.ts';
import { usersEn } from './en-US/users.ts';
import { casesEn } from './en-US/cases.ts';
import { portalEn } from './en-US/portal.ts';
import { inspectionEn } from './en-US/inspection.ts';
import { complaintsEn } from './en-US/complaints.ts';
import { calendarEn } from './en-US/calendar.ts';
import { organisationEn } from './en-US/organisation.ts';
import { projectsEn } from './en-US/projects.ts';
import { fieldEn } from './en-US/field.ts';
import { problemsEn } from './en-US/problems.ts';
import { caseworkEn } from './en-US/casework.ts';
import type { MessageKey } from './zh-CN.ts';

/** English. Same keys and placeholders as zh-CN (checked by a unit test and by the types of each area). */
export const enUS: Record<MessageKey, string> = {
  ...commonEn,
  ...householdEn,
  ...fieldsEn,
  ...registryEn,
  ...measuresEn,
  ...usersEn,
  ...casesEn,
  ...portalEn,
  ...inspectionEn,
  ...complaintsEn,
  ...calendarEn,
  ...organisationEn,
  ...projectsEn,
  ...fieldEn,
  ...problemsEn,
  ...caseworkEn,
};
