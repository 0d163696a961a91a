import { Select } from 'antd';
import { useT } from '../../i18n/useT.ts';
import { useOrgList } from './api.ts';

interface Props {
  /** Where to look: the region shown (its subtree). */
  region: string;
  value?: number;
  onChange?: (id: number | undefined) => void;
  id?: string;
}

/** As many as a picker offers at once; typing narrows them in the browser. */
const PICK_LIMIT = 100;

/** A unit (帮扶单位) of the region, by name. */
export function UnitSelect({ region, value, onChange, id }: Props) {
  const t = useT();
  const units = useOrgList('units', { region, limit: PICK_LIMIT });
  return (
    <Select<number>
      id={id}
      value={value}
      onChange={(v) => onChange?.(v ?? undefined)}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      loading={units.isFetching}
      placeholder={t('org.pickUnit')}
      options={(units.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))}
    />
  );
}

/** A cadre (帮扶干部) of the region, by name, with the unit and the households they already keep. */
export function CadreSelect({ region, value, onChange, id }: Props) {
  const t = useT();
  const cadres = useOrgList('cadres', { region, limit: PICK_LIMIT });
  return (
    <Select<number>
      id={id}
      value={value}
      onChange={(v) => onChange?.(v ?? undefined)}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      loading={cadres.isFetching}
      placeholder={t('org.pickCadre')}
      options={(cadres.data?.items ?? []).map((c) => ({
        value: c.id,
        label: [c.name, c.unit?.name, t('org.cadre.loadShort', { count: c.load })]
          .filter(Boolean)
          .join(' · '),
      }))}
    />
  );
}
