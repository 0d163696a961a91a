import { useMeasureFormat } from './measureFormat.ts';

/** Households, then persons after a slash ("12 / 40"): how the measures tables show a count of both. */
export function Counts({ households, persons }: { households: number; persons: number }) {
  const f = useMeasureFormat();
  return (
    <span className="zf-counts">
      <strong>{f.count(households)}</strong>
      <span className="zf-muted"> / {f.count(persons)}</span>
    </span>
  );
}
