import { Empty, Radio, Select, Space, Spin, Table } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../components/errors.tsx';
import { formatTime } from '../../components/format.ts';
import { useT } from '../../i18n/useT.ts';
import { useRevisions } from './api.ts';
import type { DiffLevel } from './diff-model.ts';
import { RevisionDiff } from './RevisionDiff.tsx';
import type { Revision } from './types.ts';

/** Every revision with who and when; any two compared (the latest against the one before, to begin with). */
export function RevisionsPanel({ articleId }: { articleId: number }) {
  const t = useT();
  const revisions = useRevisions(articleId);
  const [picked, setPicked] = useState<{ older?: number; newer?: number }>({});
  const [level, setLevel] = useState<DiffLevel>('word');
  if (revisions.isPending) return <Spin className="zf-portal-loading" />;
  if (revisions.isError)
    return <ErrorAlert error={revisions.error} onRetry={() => void revisions.refetch()} />;
  const list = [...revisions.data].sort((a, b) => b.revision - a.revision);
  if (list.length === 0) return <Empty description={t('portal.revisions.empty')} />;
  const newer = list.find((r) => r.revision === picked.newer) ?? list[0]!;
  const older =
    list.find((r) => r.revision === picked.older) ?? list.find((r) => r.revision < newer.revision) ?? newer;
  const options = list.map((r) => ({
    value: r.revision,
    label: t('portal.editor.revision', { revision: r.revision }),
  }));

  return (
    <div className="zf-portal-revisions">
      <Table<Revision>
        className="zf-portal-revision-table"
        rowKey="revision"
        size="small"
        dataSource={list}
        pagination={false}
        scroll={{ x: 560 }}
        columns={[
          { title: '#', dataIndex: 'revision', width: 60 },
          { title: t('portal.col.title'), dataIndex: 'title' },
          {
            title: t('portal.revisions.editedBy'),
            key: 'by',
            render: (_, r) =>
              t('portal.revisions.by', { name: r.editedByName, time: formatTime(r.editedAt) }),
          },
          { title: t('portal.editor.note'), dataIndex: 'note', render: (note: string | null) => note ?? '' },
        ]}
      />
      <Space wrap className="zf-portal-compare" aria-label={t('portal.revisions.compare')}>
        <span>{t('portal.revisions.compare')}</span>
        <Select
          className="zf-portal-compare-older"
          aria-label={t('portal.revisions.older')}
          value={older.revision}
          options={options}
          onChange={(revision: number) => setPicked({ ...picked, older: revision })}
        />
        <span aria-hidden>→</span>
        <Select
          className="zf-portal-compare-newer"
          aria-label={t('portal.revisions.newer')}
          value={newer.revision}
          options={options}
          onChange={(revision: number) => setPicked({ ...picked, newer: revision })}
        />
        <Radio.Group
          aria-label={t('portal.revisions.level')}
          optionType="button"
          size="small"
          value={level}
          onChange={(e) => setLevel(e.target.value as DiffLevel)}
          options={[
            { value: 'word', label: t('portal.revisions.word') },
            { value: 'char', label: t('portal.revisions.char') },
          ]}
        />
      </Space>
      <RevisionDiff older={older} newer={newer} level={level} />
    </div>
  );
}
