import { Tag } from 'antd';
import { useT } from '../../i18n/useT.ts';
import type { ArticleState } from './types.ts';

const COLOURS: Record<ArticleState, string> = {
  draft: 'default',
  in_review: 'gold',
  scheduled: 'blue',
  published: 'green',
  withdrawn: 'red',
};

/** An article's state as a coloured tag whose text says it (colour is never the only sign). */
export function ArticleStateTag({ state }: { state: ArticleState }) {
  const t = useT();
  return (
    <Tag className={`zf-portal-state zf-portal-state-${state}`} color={COLOURS[state]}>
      {t(`portal.state.${state}`)}
    </Tag>
  );
}
