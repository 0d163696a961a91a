import { z } from 'zod';
import { requireActor, type App } from '../../../app/context.ts';
import { canConfigure } from '../../auth/policies.ts';
import { today } from '../../registry/commands/shared.ts';
import { calendarYear, clearCalendarDay, setCalendarDay } from './calendar.ts';

const tags = ['settings'];

/** A calendar date that exists (2026-02-30 does not): PostgreSQL would refuse it with a 5xx otherwise. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  // zod runs a refinement even after the pattern failed: parse without throwing on any text.
  .refine(
    (s) => {
      const time = Date.parse(`${s}T00:00:00Z`);
      return !Number.isNaN(time) && new Date(time).toISOString().startsWith(s);
    },
    { message: 'not a date' },
  )
  .describe('YYYY-MM-DD');

const daySchema = z.object({
  day: z.string().describe('日期 / the day'),
  workday: z.boolean().describe('true: 调休上班 a weekend day worked; false: 放假 a holiday'),
  name: z.string().describe('名称 / e.g. 国庆节, 国庆节调休上班'),
});
const yearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });
const dateParam = z.object({ date: isoDate });
const dayBody = z.object({ workday: z.boolean(), name: z.string().trim().min(1).max(40) }).strict();

/**
 * The working-day calendar: the days that differ from "Monday to Friday". Every logged-in user reads it;
 * a country-wide system administrator sets it (a deployment setting, audited). Complaint deadlines count on it.
 */
export async function calendarRoutes(app: App) {
  app.get(
    '/api/v1/calendar',
    {
      schema: {
        tags,
        summary: 'Holidays and 调休 working days of a year / 工作日历',
        querystring: yearQuery,
        response: {
          200: z.object({ year: z.number(), days: z.array(daySchema), canChange: z.boolean() }),
        },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const year = request.query.year ?? Number(today(app.clock()).slice(0, 4));
      return { year, days: await calendarYear(app.db, year), canChange: canConfigure(actor) };
    },
  );

  app.put(
    '/api/v1/calendar/:date',
    {
      schema: {
        tags,
        summary: 'Mark a day a holiday or a 调休 working day (system administrators; audited) / 设置日历',
        params: dateParam,
        body: dayBody,
        response: { 200: daySchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const day = { day: request.params.date, ...request.body };
      return app.db.transaction((tx) => setCalendarDay(tx, actor, day));
    },
  );

  app.delete(
    '/api/v1/calendar/:date',
    {
      schema: {
        tags,
        summary: 'Return a day to the weekday rule (system administrators; audited) / 取消日历设置',
        params: dateParam,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await app.db.transaction((tx) => clearCalendarDay(tx, actor, request.params.date));
      return reply.status(204).send(null);
    },
  );
}
