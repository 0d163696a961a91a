import type { Guarantee } from '../../api/measures.ts';

/**
 * The manual assessment form, free of React: what the user fills in, and the body the server takes — JSON
 * when there is no file, else multipart form data with the same fields as text and the file in the part
 * `file`. Empty optional fields are left out, so the server's own rule on evidence decides.
 */
export interface AssessmentValues {
  guarantee?: Guarantee;
  secure?: boolean;
  reason?: string;
  visitReference?: string;
  visitDate?: string;
}

/** The text of the form, what a draft can keep (a chosen file cannot be stored). */
export function textOf(values: AssessmentValues): AssessmentValues {
  const { guarantee, secure, reason, visitReference, visitDate } = values;
  return { guarantee, secure, reason, visitReference, visitDate };
}

export const EVIDENCE_ACCEPT = '.pdf,.jpg,.jpeg,.png,.webp,.heic,.heif';

export function assessmentFields(
  year: number,
  values: AssessmentValues,
): Record<string, string | number | boolean> {
  const fields: Record<string, string | number | boolean> = { year };
  if (values.guarantee !== undefined) fields.guarantee = values.guarantee;
  if (values.secure !== undefined) fields.secure = values.secure;
  fields.reason = values.reason?.trim() ?? '';
  const reference = values.visitReference?.trim();
  if (reference) fields.visitReference = reference;
  if (values.visitDate) fields.visitDate = values.visitDate;
  return fields;
}

export function assessmentBody(
  year: number,
  values: AssessmentValues,
  file: File | undefined,
): FormData | Record<string, string | number | boolean> {
  const fields = assessmentFields(year, values);
  if (!file) return fields;
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, String(value));
  form.append('file', file, file.name);
  return form;
}

/** The server names a missing piece of evidence `evidence`; the form shows it under the file, the first way to give it. */
export const formFieldOf = (field: string) => (field === 'evidence' ? 'file' : field);
