import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useI18n } from '../i18n/useT.ts';

/** One button that switches to the other language; it names that language in its own words. */
export function LanguageSwitch({ type = 'text' }: { type?: 'text' | 'default' }) {
  const { lang, setLang, t } = useI18n();
  const other = lang === 'zh-CN' ? 'en-US' : 'zh-CN';
  return (
    <Button
      type={type}
      icon={<GlobalOutlined />}
      onClick={() => setLang(other)}
      aria-label={`${t('lang.label')}: ${t(`lang.${other}`)}`}
      lang={other}
    >
      {t(`lang.${other}`)}
    </Button>
  );
}
