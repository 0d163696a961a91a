/**
 * What an audit row changed: its `before` and `after` are records (sometimes nested one level, e.g.
 * `{household: {...}, year: {...}}`), flattened and compared key by key. Bookkeeping keys are left out.
 */
export interface AuditChange {
  /** The last segment is the field key: `household.phone`, `year.wageIncome`, `size`. */
  path: string;
  before: unknown;
  after: unknown;
}

const BOOKKEEPING = new Set(['id', 'version', 'createdAt', 'updatedAt', 'householdId', 'countyCode']);

function flatten(value: unknown, prefix: string, out: Map<string, unknown>, depth: number): void {
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && depth < 2) {
    for (const [key, inner] of Object.entries(value)) {
      if (BOOKKEEPING.has(key)) continue;
      flatten(inner, prefix ? `${prefix}.${key}` : key, out, depth + 1);
    }
    return;
  }
  if (prefix) out.set(prefix, value);
}

export function auditChanges(before: unknown, after: unknown): AuditChange[] {
  const a = new Map<string, unknown>();
  const b = new Map<string, unknown>();
  flatten(before, '', a, 0);
  flatten(after, '', b, 0);
  const changes: AuditChange[] = [];
  for (const path of new Set([...a.keys(), ...b.keys()])) {
    const from = a.get(path) ?? null;
    const to = b.get(path) ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to)) changes.push({ path, before: from, after: to });
  }
  return changes;
}

/** The field key of a change path. */
export function fieldKeyOf(path: string): string {
  return path.split('.').at(-1) ?? path;
}
