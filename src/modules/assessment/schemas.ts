import { z } from 'zod';
import { queryYearSchema } from '../registry/schemas.ts';
import { VERDICTS } from './assess.ts';
import { GUARANTEES } from './guarantees.ts';

const message = z.object({ zh: z.string(), en: z.string() });
const guarantee = z.enum(GUARANTEES);

export const assessmentQuery = z.object({
  year: queryYearSchema.optional().describe('default: the latest year with facts'),
});

export const evidenceParams = z.object({
  id: z.coerce.number().int().positive(),
  evidenceId: z.coerce.number().int().positive(),
});

export const evidenceSchema = z.object({
  id: z.number(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number(),
  sha256: z.string(),
});

export const manualAssessmentSchema = z.object({
  id: z.number(),
  householdId: z.number(),
  year: z.number(),
  guarantee,
  secure: z.boolean(),
  reason: z.string(),
  evidenceId: z.number().nullable(),
  visitReference: z.string().nullable(),
  visitDate: z.string().nullable(),
  assessedBy: z.string(),
  assessedAt: z.string(),
  evidence: evidenceSchema.nullable(),
});

export const guaranteeResultSchema = z.object({
  guarantee,
  label: message,
  state: z.enum(['secure', 'not_secure', 'unknown']),
  source: z.enum(['manual', 'derived', 'recorded']).nullable().describe('null: nothing is known'),
  reason: message.nullable(),
});

export const resolvedStandardSchema = z.object({
  standardId: z.number(),
  year: z.number(),
  line: z.number(),
  monitoringMultiplier: z.number(),
  monitoringLine: z.number(),
  source: z.enum(['national', 'provincial']),
  province: z.string(),
});

export const assessmentSchema = z.object({
  householdId: z.number(),
  year: z.number(),
  regionCode: z.string().describe('where the household was registered that year'),
  perCapitaIncome: z.number().nullable(),
  standard: resolvedStandardSchema.nullable().describe('null: no poverty line configured for the year'),
  identifiedUnder: z
    .object({
      standardId: z.number(),
      year: z.number(),
      province: z.string().nullable(),
      version: z.number(),
      line: z.number(),
    })
    .nullable()
    .describe('the standard the household was identified under'),
  belowLine: z.boolean().nullable(),
  withinMonitoringRange: z.boolean().nullable().describe('line ≤ income < line × multiplier'),
  guarantees: z.array(guaranteeResultSchema),
  verdicts: z.array(z.enum(VERDICTS)),
  assessments: z.array(manualAssessmentSchema).describe('manual assessments of the year, newest first'),
});
