import { useQueryClient } from '@tanstack/react-query';
import { Empty, Spin, Tree } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { fetchChildren, useRegion, useRoots } from '../api/queries.ts';
import type { RegionNode } from '../api/types.ts';
import { ErrorAlert } from '../components/errors.tsx';
import { useT } from '../i18n/useT.ts';
import { isWithin, shortRegionName } from '../region/code.ts';
import { regionHref, useRegionScope } from '../region/scope.ts';

type ChildMap = ReadonlyMap<string, readonly RegionNode[]>;

function toTreeData(nodes: readonly RegionNode[], children: ChildMap): DataNode[] {
  return nodes.map((node) => {
    const loaded = children.get(node.code);
    return {
      key: node.code,
      title: <span title={node.name}>{shortRegionName(node.name)}</span>,
      isLeaf: node.childCount === 0,
      ...(loaded ? { children: toTreeData(loaded, children) } : {}),
    };
  });
}

/** The page of the current section to open for another region (a household page falls back to the list). */
function sectionOf(pathname: string): string {
  const section = pathname.split('/')[3];
  return section && /^[a-z-]+$/.test(section) ? section : 'households';
}

/**
 * The division tree from the user's grant regions down, loaded one level at a time as nodes open. The region
 * in the URL is selected and its ancestors opened, whichever way the user got there (tree, breadcrumb, link).
 */
export function RegionTree({ onSelected, touch = false }: { onSelected?: () => void; touch?: boolean }) {
  const t = useT();
  const client = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const scope = useRegionScope();
  const roots = useRoots();
  const region = useRegion(scope.code);
  const [children, setChildren] = useState<ChildMap>(new Map());
  const [expanded, setExpanded] = useState<readonly string[]>([]);

  const load = useCallback(
    async (code: string) => {
      const items = await fetchChildren(client, code);
      setChildren((previous) => (previous.has(code) ? previous : new Map(previous).set(code, items)));
    },
    [client],
  );

  // Open the path down to the selected region (its ancestors inside the tree), loading each level first.
  const path = region.data?.path;
  const rootList = roots.data;
  useEffect(() => {
    if (!path || !rootList) return;
    const ancestors = path
      .slice(0, -1)
      .map((p) => p.code)
      .filter((code) => rootList.some((r) => isWithin(code, r.code)));
    let cancelled = false;
    void (async () => {
      for (const code of ancestors) {
        if (cancelled) return;
        await load(code);
      }
      if (!cancelled) setExpanded((open) => [...new Set([...open, ...ancestors])]);
    })().catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [path, rootList, load]);

  // One root (a county administrator's county): open it at once, there is nothing else to choose.
  const single = rootList?.length === 1 && rootList[0]!.childCount > 0 ? rootList[0]!.code : undefined;
  useEffect(() => {
    if (!single) return;
    void load(single)
      .then(() => setExpanded((open) => (open.includes(single) ? open : [...open, single])))
      .catch(() => undefined);
  }, [single, load]);

  const treeData = useMemo(() => toTreeData(rootList ?? [], children), [rootList, children]);

  if (roots.isPending) return <Spin className="zf-tree-spin" />;
  if (roots.isError) return <ErrorAlert error={roots.error} onRetry={() => void roots.refetch()} />;
  if (treeData.length === 0) return <Empty description={t('region.empty')} />;

  return (
    <Tree
      className={touch ? 'zf-tree zf-tree-touch' : 'zf-tree'}
      blockNode
      treeData={treeData}
      selectedKeys={scope.code ? [scope.code] : []}
      expandedKeys={[...expanded]}
      onExpand={(keys) => setExpanded(keys.map(String))}
      loadData={(node) => load(String(node.key))}
      onSelect={(_keys, info) => {
        const code = String(info.node.key);
        void navigate(regionHref(code, sectionOf(location.pathname), scope.year));
        onSelected?.();
      }}
    />
  );
}
