import type { calendarZh } from '../zh-CN/calendar.ts';

/** English: the working-day calendar. */
export const calendarEn: Record<keyof typeof calendarZh, string> = {
  'calendar.title': 'Working-day calendar',
  'calendar.help':
    "Monday to Friday are working days, weekends are not; listed here are the days that differ: public holidays and weekend days worked in their place. Complaint deadlines count working days. A system administrator checks and enters each year's days once the State Council publishes them.",
  'calendar.year': 'Year',
  'calendar.col.day': 'Day',
  'calendar.col.kind': 'Kind',
  'calendar.col.name': 'Name',
  'calendar.holiday': 'Holiday',
  'calendar.workday': 'Worked weekend day',
  'calendar.remove': 'Back to the usual',
  'calendar.add': 'Set a day',
  'calendar.form.day': 'Day',
  'calendar.form.workday': 'A working day (调休)',
  'calendar.form.name': 'Name (e.g. National Day)',
  'calendar.form.save': 'Save',
  'calendar.readOnly': 'Only a system administrator may change the calendar.',
  'calendar.empty': 'No days set for this year',
};
