import { Space, Typography } from 'antd';
import { DownloadButton } from '../../components/DownloadButton.tsx';
import { useT } from '../../i18n/useT.ts';

/**
 * Downloads of the generated documents: a household's 帮扶手册 ({householdId}) or a village's 一村一档
 * ({villageCode}), as PDF and XLSX. Nothing to fill in: the server writes them from what it holds.
 */
export function HandbookLinks(props: { householdId: number } | { villageCode: string }) {
  const t = useT();
  const [label, base] =
    'householdId' in props
      ? [t('handbook.title'), `/api/v1/households/${props.householdId}/handbook`]
      : [t('handbook.dossier'), `/api/v1/villages/${props.villageCode}/dossier`];
  return (
    <Space size="small" wrap>
      <Typography.Text>{label}</Typography.Text>
      <DownloadButton size="small" href={`${base}.pdf`}>
        {t('handbook.pdf')}
      </DownloadButton>
      <DownloadButton size="small" href={`${base}.xlsx`}>
        {t('handbook.xlsx')}
      </DownloadButton>
    </Space>
  );
}
