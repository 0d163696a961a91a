import { Link } from 'react-router';
import { COUNTRY } from '../../region/code.ts';
import { regionHref, useRegionScope } from '../../region/scope.ts';

/** A village's name as the way to its page (党支部, 工作队, 干部, 项目), keeping the region shown and the year. */
export function VillageLink({ code, name }: { code: string; name?: string | null }) {
  const scope = useRegionScope();
  return <Link to={regionHref(scope.code ?? COUNTRY, `villages/${code}`, scope.year)}>{name || code}</Link>;
}
