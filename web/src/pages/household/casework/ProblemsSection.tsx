import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, List } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/errors.tsx';
import { useT } from '../../../i18n/useT.ts';
import { regionHref, useRegionScope } from '../../../region/scope.ts';
import { AddProblemModal } from '../../problems/AddProblemModal.tsx';
import { useProblemList } from '../../problems/api.ts';
import { useProblemWords } from '../../problems/labels.ts';
import { ProblemTags } from '../../problems/ProblemTags.tsx';

/** 问题: the household's problems with their state, each a link to the problem; "record a problem" for whoever works here. */
export function ProblemsSection({ householdId, writable }: { householdId: number; writable: boolean }) {
  const t = useT();
  const words = useProblemWords();
  const scope = useRegionScope();
  const list = useProblemList({ householdId, limit: 100 });
  const [adding, setAdding] = useState(false);
  return (
    <Card
      size="small"
      className="zf-casework-section zf-casework-problems"
      title={t('casework.problems.title')}
      loading={list.isPending}
      extra={
        writable && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('problems.add')}
          </Button>
        )
      }
    >
      {list.isError ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <List
          size="small"
          dataSource={list.data?.items ?? []}
          locale={{
            emptyText: (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('casework.problems.none')} />
            ),
          }}
          renderItem={(p) => (
            <List.Item>
              <div>
                <Link to={regionHref(scope.code ?? '', `problems/${p.id}`, scope.year)}>
                  {words.category(p.category)} · {p.description}
                </Link>
                <div>
                  <ProblemTags item={p} />{' '}
                  <span className="zf-muted">{t('casework.problems.due', { date: p.due })}</span>
                </div>
              </div>
            </List.Item>
          )}
        />
      )}
      {adding && <AddProblemModal householdId={householdId} onClose={() => setAdding(false)} />}
    </Card>
  );
}
