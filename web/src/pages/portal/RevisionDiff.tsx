import { useMemo } from 'react';
import { useT } from '../../i18n/useT.ts';
import { diffCounts, diffRevisions, type DiffLevel } from './diff-model.ts';
import type { Revision } from './types.ts';

/**
 * Two revisions' title and text with the changes marked: insertions in <ins>, deletions in <del>, coloured and
 * underlined or struck through, and each announced in words to screen readers (and shown in print).
 */
export function RevisionDiff({
  older,
  newer,
  level,
}: {
  older: Revision;
  newer: Revision;
  level: DiffLevel;
}) {
  const t = useT();
  const parts = useMemo(() => diffRevisions(older, newer, level), [older, newer, level]);
  const counts = diffCounts(parts);
  const changed = counts.added + counts.removed > 0;
  return (
    <figure className="zf-portal-diff">
      <figcaption className="zf-portal-diff-summary">
        {changed ? t('portal.revisions.summary', counts) : t('portal.revisions.same')}
        {changed && <span className="zf-portal-diff-legend"> — {t('portal.revisions.legend')}</span>}
      </figcaption>
      <div className="zf-portal-diff-text">
        {parts.map((part, i) =>
          part.kind === 'added' ? (
            <ins key={i} className="zf-portal-diff-added">
              <span className="zf-portal-diff-mark">[{t('portal.revisions.added')}: </span>
              {part.text}
              <span className="zf-portal-diff-mark">]</span>
            </ins>
          ) : part.kind === 'removed' ? (
            <del key={i} className="zf-portal-diff-removed">
              <span className="zf-portal-diff-mark">[{t('portal.revisions.removed')}: </span>
              {part.text}
              <span className="zf-portal-diff-mark">]</span>
            </del>
          ) : (
            <span key={i}>{part.text}</span>
          ),
        )}
      </div>
    </figure>
  );
}
