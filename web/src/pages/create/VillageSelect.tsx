import { Select, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useChildren, useRegion, useRegionSearch } from '../../api/queries.ts';
import type { RegionDetail, RegionHit } from '../../api/types.ts';
import { useDebounced } from '../../components/useDebounced.ts';
import { useT } from '../../i18n/useT.ts';
import { levelOf } from '../../region/code.ts';
import { villageOption, villageOptions, type VillageOption } from './village-options.ts';

interface Props {
  /** The region the form was opened from: its villages are offered before anything is typed. */
  root: string;
  /** Whether the user may register households in a village (others are shown but cannot be chosen). */
  writable: (code: string) => boolean;
  value?: string;
  onChange?: (code: string) => void;
  id?: string;
}

const TOWN = 4;
const VILLAGE = 5;

/** The villages of a town as search hits: the town's own breadcrumb, then the village. */
function villagesOf(town: RegionDetail, children: readonly { code: string; name: string }[]): RegionHit[] {
  return children.map((c) => ({
    code: c.code,
    level: VILLAGE,
    name: c.name,
    parentCode: town.code,
    path: [...town.path, { code: c.code, level: VILLAGE, name: c.name }],
  }));
}

/**
 * A village, found by typing part of its name (GET /regions?q=…&level=5, anywhere in the user's grants, asked
 * once typing pauses). Each choice shows its town and county, so two villages of one name are told apart.
 * Before anything is typed it offers the village or the town's villages the form was opened from. Every form
 * that picks a village uses this one.
 */
export function VillageSelect({ root, writable, value, onChange, id }: Props) {
  const t = useT();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim());
  const found = useRegionSearch(q, VILLAGE);
  const here = useRegion(root);
  const nearby = useChildren(root, levelOf(root) === TOWN);
  const chosen = useRegion(value);

  const options = useMemo<VillageOption[]>(() => {
    let list: VillageOption[] = [];
    if (q !== '') list = villageOptions(found.data ?? [], writable);
    else if (levelOf(root) === VILLAGE && here.data) list = villageOptions([here.data], writable);
    else if (here.data && nearby.data) list = villageOptions(villagesOf(here.data, nearby.data), writable);
    // The chosen village stays a choice (and keeps its label) whatever the text now finds.
    if (chosen.data && chosen.data.level === VILLAGE && !list.some((o) => o.value === chosen.data.code))
      list = [villageOption(chosen.data, writable), ...list];
    return list;
  }, [q, found.data, root, here.data, nearby.data, chosen.data, writable]);

  const searching = q !== text.trim() || found.isFetching;
  return (
    <Select<string, VillageOption>
      id={id}
      className="zf-village-select"
      value={value}
      onChange={(code) => {
        setText('');
        onChange?.(code);
      }}
      options={options}
      showSearch={{ filterOption: false, onSearch: setText, searchValue: text }}
      onBlur={() => setText('')}
      loading={searching}
      placeholder={t('create.chooseVillage')}
      notFoundContent={
        searching ? t('village.searching') : q === '' ? t('village.typeName') : t('village.none', { q })
      }
      optionRender={({ data }) => (
        <div className="zf-village-option">
          <span>{data.name}</span>
          <Typography.Text type="secondary" className="zf-village-place">
            {data.place}
          </Typography.Text>
        </div>
      )}
      listHeight={320}
    />
  );
}
