import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { api, unwrap } from '../../api/client.ts';
import { useDebounced } from '../../components/useDebounced.ts';
import { useT } from '../../i18n/useT.ts';
import { shortRegionName } from '../../region/code.ts';

interface Props {
  /** Where to look: the county of the household the member leaves. */
  region: string;
  /** The household the member leaves, which is not a place to move to. */
  exclude: number;
  value?: number;
  onChange?: (id: number | undefined) => void;
  id?: string;
}

/**
 * The household a member moves to, found as the list finds them (a member's name, an ID number or its last
 * digits), one page of the server's answer at a time: the county may hold 100,000 households.
 */
export function HouseholdPicker({ region, exclude, value, onChange, id }: Props) {
  const t = useT();
  const [typed, setTyped] = useState('');
  const q = useDebounced(typed);
  // The chosen household stays an option while the search moves on, so its label does not turn into an id.
  const [chosen, setChosen] = useState<{ value: number; label: string } | undefined>();
  const found = useQuery({
    queryKey: ['households', 'pick', region, q],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/households', { params: { query: { region, q, limit: 20 } }, signal })),
    enabled: q.length > 0,
    staleTime: 30_000,
  });
  const options = (found.data?.items ?? [])
    .filter((h) => h.id !== exclude)
    .map((h) => ({
      value: h.id,
      label: `${h.headName ?? '—'} · ${h.householdNo} · ${h.regionName ? shortRegionName(h.regionName) : ''}`,
    }));
  if (chosen && chosen.value === value && !options.some((o) => o.value === chosen.value))
    options.unshift(chosen);
  return (
    <Select<number>
      id={id}
      showSearch={{ filterOption: false, onSearch: (text) => setTyped(text.trim()) }}
      allowClear
      value={value}
      onChange={(v) => {
        setChosen(options.find((o) => o.value === v));
        onChange?.(v ?? undefined);
      }}
      placeholder={t('event.findHousehold')}
      loading={found.isFetching}
      notFoundContent={typed ? (found.isFetching ? null : t('households.empty')) : t('event.typeToFind')}
      options={options}
    />
  );
}
