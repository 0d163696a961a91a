import { Badge } from 'antd';
import { useRegionScope } from '../../region/scope.ts';
import { useProblemInbox } from './inbox.ts';

/** The menu entry of the problems with the count of what the region's inbox holds for this user. */
export function ProblemsNavLabel({ text }: { text: string }) {
  const scope = useRegionScope();
  const { total } = useProblemInbox(scope.code, { limit: 1 });
  return (
    <span className="zf-nav-problems">
      {text}{' '}
      {total > 0 && <Badge size="small" count={total} overflowCount={999} aria-label={String(total)} />}
    </span>
  );
}
