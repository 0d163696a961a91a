import { commonZh } from './zh-CN/common.ts';
import { fieldsZh } from './zh-CN/fields.ts';
import { householdZh } from './zh-CN/household.ts';
import { measuresZh } from './zh-CN/measures.ts';
import { registryZh } from './zh-CN/registry.ts';
import { usersZh } from './zh-CN/users.ts';
import { casesZh } from './zh-CN/cases.ts';
import { portalZh } from './zh-CN/portal.ts';
import { inspectionZh } from './zh-CN/inspection.ts';
import { complaintsZh } from './zh-CN/complaints.ts';
import { calendarZh } from './zh-CN/calendar.ts';
import { organisationZh } from './zh-CN/organisation.ts';
import { projectsZh } from './zh-CN/projects.ts';
import { fieldZh } from './zh-CN/field.ts';
import { problemsZh } from './zh-CN/problems.ts';
import { caseworkZh } from './zh-CN/casework.ts';

/**
 * 简体中文（默认语言）。Every text the console shows is in a catalogue under zh-CN/ and under the same key in
 * en-US/, one file per area of the console; a unit test checks that both languages have the same keys and the
 * same {placeholders}, and that no key is defined by two areas.
 */
export const zhCN = {
  ...commonZh,
  ...householdZh,
  ...fieldsZh,
  ...registryZh,
  ...measuresZh,
  ...usersZh,
  ...casesZh,
  ...portalZh,
  ...inspectionZh,
  ...complaintsZh,
  ...calendarZh,
  ...organisationZh,
  ...projectsZh,
  ...fieldZh,
  ...problemsZh,
  ...caseworkZh,
} as const;

export type MessageKey = keyof typeof zhCN;

/** Each area's catalogue, for the check that no key is in two of them. */
export const zhAreas = [
  commonZh,
  householdZh,
  fieldsZh,
  registryZh,
  measuresZh,
  usersZh,
  casesZh,
  portalZh,
  inspectionZh,
  complaintsZh,
  calendarZh,
  organisationZh,
  projectsZh,
  fieldZh,
  problemsZh,
  caseworkZh,
];
