import { Breadcrumb, Select, Tag } from 'antd';
import { useState } from 'react';
import type { ItemType } from 'antd/es/breadcrumb/Breadcrumb';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useChildren, useRegion, useYearStats } from '../api/queries.ts';
import { useCapabilities } from '../auth/capabilities.ts';
import { useSession } from '../auth/session.tsx';
import { useI18n } from '../i18n/useT.ts';
import { COUNTRY, levelOf, readableBy, shortCode, shortRegionName } from '../region/code.ts';
import { regionHref, useRegionScope } from '../region/scope.ts';
import { FIRST_YEAR, useWorkingYear } from '../region/working-year.ts';

interface YearLabels {
  working: number | undefined;
  latest: number | undefined;
  text: (key: 'year.working' | 'year.latest', year: number) => string;
}

/**
 * Years a user may choose, this year back to 2013, naming the working year (what a page opens on) and the
 * latest year with households in this region (what "latest" means: the region's, not the registry's).
 */
function yearOptions({ working, latest, text }: YearLabels): { value: string; label: string }[] {
  const years: { value: string; label: string }[] = [];
  const first = Math.max(new Date().getFullYear(), working ?? 0, latest ?? 0);
  for (let y = first; y >= FIRST_YEAR; y -= 1) {
    const label = y === working ? text('year.working', y) : y === latest ? text('year.latest', y) : String(y);
    years.push({ value: String(y), label });
  }
  return years;
}

/**
 * Where the user is: the breadcrumb 省 / 市 / 县 / 乡镇 / 村 of the selected region (ancestors outside the
 * grant are shown but not linked), a menu of its children for drilling down, and the year.
 */
export function RegionBar() {
  const { t } = useI18n();
  const scope = useRegionScope();
  const location = useLocation();
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const session = useSession();
  // The year is the registry's; the portal's roles have no use for it (and no statistics to name the latest).
  const yearShown = useCapabilities().canReadRegistry;
  const grants = session.data?.grants ?? [];
  const region = useRegion(scope.code);
  const page = location.pathname.split('/')[3] ?? 'households';
  const children = useChildren(scope.code, (region.data?.childCount ?? 0) > 0);
  const working = useWorkingYear().data?.year;
  // Read when the menu opens (or already cached by the dashboard's trend): not one more request per page.
  const [menu, setMenu] = useState(false);
  const latest = useYearStats(shortCode(scope.code ?? COUNTRY), menu).data?.at(-1)?.year;

  const href = (code: string) => regionHref(code, page, scope.year);
  const items: ItemType[] = [];
  if (readableBy(grants, COUNTRY) || scope.code === COUNTRY) {
    items.push({ title: <Link to={href(COUNTRY)}>{t('region.all')}</Link> });
  }
  const path = region.data?.path ?? [];
  path.forEach((ref, i) => {
    const last = i === path.length - 1;
    const text = shortRegionName(ref.name);
    const name = readableBy(grants, ref.code) && !last ? <Link to={href(ref.code)}>{text}</Link> : text;
    const menu =
      last && children.data && children.data.length > 0
        ? {
            className: 'zf-crumb-menu',
            items: children.data.map((child) => ({
              key: child.code,
              label: shortRegionName(child.name),
              onClick: () => void navigate(href(child.code)),
            })),
          }
        : undefined;
    items.push({
      title: menu ? <span className="zf-crumb-current">{name}</span> : name,
      ...(menu ? { menu } : {}),
    });
  });

  return (
    <div className="zf-regionbar">
      <div className="zf-regionbar-path">
        {scope.code && scope.code !== COUNTRY && (
          <Tag className="zf-level-tag">{t(`region.level.${levelOf(scope.code)}`)}</Tag>
        )}
        <Breadcrumb items={items} />
      </div>
      {yearShown && (
        <Select
          className="zf-year-select"
          aria-label={t('year.label')}
          value={scope.viewYear === undefined ? undefined : String(scope.viewYear)}
          options={yearOptions({ working, latest, text: (key, year) => t(key, { year }) })}
          popupMatchSelectWidth={false}
          onOpenChange={(open) => open && setMenu(true)}
          onChange={(value: string) => {
            const next = new URLSearchParams(search);
            // The working year needs no parameter: the page then follows it when it changes.
            if (Number(value) === working) next.delete('year');
            else next.set('year', value);
            next.delete('after');
            setSearch(next);
          }}
        />
      )}
    </div>
  );
}
