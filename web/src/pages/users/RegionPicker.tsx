import { useQuery } from '@tanstack/react-query';
import { Select, Typography } from 'antd';
import { useState } from 'react';
import { api, unwrap } from '../../api/client.ts';
import { useRegion } from '../../api/queries.ts';
import { useCapabilities } from '../../auth/capabilities.ts';
import { useSession } from '../../auth/session.tsx';
import { useDebounced } from '../../components/useDebounced.ts';
import { useT } from '../../i18n/useT.ts';
import { COUNTRY, shortRegionName } from '../../region/code.ts';
import { mayGrantOn } from './model.ts';

interface Props {
  /** The region the page is on: offered first, when the caller manages users there. */
  here: string;
  value?: string;
  onChange?: (code: string) => void;
  id?: string;
}

interface Choice {
  code: string;
  name: string;
  /** The regions just above it, so two villages of the same name in different towns can be told apart. */
  context: string;
}

/**
 * The region of a grant, by name: before anything is typed, the page's region and the regions where the
 * caller manages users; then the server's name search over what the caller may see, keeping only the regions
 * the caller may grant on.
 */
export function RegionPicker({ here, value, onChange, id }: Props) {
  const t = useT();
  const { userRegions } = useCapabilities();
  const session = useSession();
  const [text, setText] = useState('');
  // The choice made stays an option, so the field keeps showing its name once the search is cleared.
  const [picked, setPicked] = useState<Choice>();
  const typed = useDebounced(text.trim());
  const page = useRegion(here);
  const found = useQuery({
    queryKey: ['regions', 'search', typed],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/regions', { params: { query: { within: COUNTRY, q: typed, limit: 30 } }, signal }),
      ),
    enabled: typed.length > 0,
    staleTime: 60_000,
  });

  const start: Choice[] = [
    ...(page.data && mayGrantOn(userRegions, here)
      ? [{ code: here, name: page.data.name, context: '' }]
      : []),
    ...(session.data?.grants ?? [])
      .filter((g) => userRegions.includes(g.regionCode) && g.regionCode !== here)
      .map((g) => ({ code: g.regionCode, name: g.regionName, context: '' })),
  ];
  const searched: Choice[] = (found.data?.items ?? [])
    .filter((r) => mayGrantOn(userRegions, r.code))
    .map((r) => ({
      code: r.code,
      name: r.name,
      // The county and town above it say enough; the province and city would push them out of view.
      context: r.path
        .slice(-3, -1)
        .map((p) => shortRegionName(p.name))
        .join(' / '),
    }));
  const listed = typed ? searched : start;
  const choices = [...new Map([...listed, ...(picked ? [picked] : [])].map((c) => [c.code, c])).values()];

  return (
    <Select<string>
      id={id}
      value={value}
      onChange={(code) => {
        setPicked(choices.find((c) => c.code === code));
        onChange?.(code);
      }}
      showSearch={{ filterOption: false, onSearch: setText }}
      loading={found.isFetching}
      placeholder={t('users.form.regionSearch')}
      notFoundContent={null}
      popupMatchSelectWidth={360}
      options={choices.map((c) => ({
        value: c.code,
        label: shortRegionName(c.name),
        title: c.name,
        context: c.context,
      }))}
      optionRender={(option) => (
        <span className="zf-region-choice">
          <span>{option.label}</span>
          <Typography.Text type="secondary" className="zf-region-choice-context">
            {option.data.context || option.data.value}
          </Typography.Text>
        </span>
      )}
    />
  );
}
