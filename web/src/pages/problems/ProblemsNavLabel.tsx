import { Badge } from 'antd';
import { COUNTRY } from '../../region/code.ts';
import { useRegionScope } from '../../region/scope.ts';
import { useProblemList } from './api.ts';

/** The menu entry of the problems with the count of the region's inbox (what this level must act on). */
export function ProblemsNavLabel({ text }: { text: string }) {
  const scope = useRegionScope();
  const region = scope.code && scope.code !== COUNTRY ? scope.code : undefined;
  const inbox = useProblemList(
    { ...(region ? { region } : {}), inbox: 'true', limit: 1 },
    region !== undefined,
  );
  const total = inbox.data?.total ?? 0;
  return (
    <span className="zf-nav-problems">
      {text}{' '}
      {total > 0 && <Badge size="small" count={total} overflowCount={999} aria-label={String(total)} />}
    </span>
  );
}
