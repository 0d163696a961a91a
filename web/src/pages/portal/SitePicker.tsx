import { Select, Tag } from 'antd';
import { useT } from '../../i18n/useT.ts';
import type { Site } from './types.ts';

/** Which of the region's sites the list shows; a single site is named, not offered as a choice. */
export function SitePicker({
  sites,
  value,
  onChange,
}: {
  sites: Site[];
  value: Site;
  onChange: (id: number) => void;
}) {
  const t = useT();
  if (sites.length < 2) {
    return (
      <span className="zf-portal-site-name">
        {value.name}
        {value.isPrimary && <Tag className="zf-portal-primary">{t('portal.primary')}</Tag>}
      </span>
    );
  }
  return (
    <Select
      className="zf-portal-site-picker"
      aria-label={t('portal.site')}
      value={value.id}
      popupMatchSelectWidth={false}
      options={sites.map((site) => ({ value: site.id, label: site.name }))}
      onChange={onChange}
    />
  );
}
