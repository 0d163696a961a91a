import { Badge } from 'antd';
import { useRegionScope } from '../../region/scope.ts';
import { useWorkCounts } from './work.ts';

/** The menu entry of the procedures with the count of the user's work waiting in the region. */
export function CasesNavLabel({ text }: { text: string }) {
  const scope = useRegionScope();
  const work = useWorkCounts(scope.code);
  return (
    <span className="zf-nav-cases">
      {text}{' '}
      {work.total > 0 && (
        <Badge size="small" count={work.total} overflowCount={999} aria-label={String(work.total)} />
      )}
    </span>
  );
}
