import { useQueryClient } from '@tanstack/react-query';
import { TreeSelect } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { fetchChildren, useRegion } from '../../api/queries.ts';
import type { RegionNode } from '../../api/types.ts';
import { useT } from '../../i18n/useT.ts';
import { levelOf, shortRegionName } from '../../region/code.ts';

interface Props {
  /** The region the form was opened from: its villages are offered (a village offers only itself). */
  root: string;
  /** Whether the user may register households in a village (others are shown but cannot be chosen). */
  writable: (code: string) => boolean;
  value?: string;
  onChange?: (code: string) => void;
  id?: string;
}

interface Node {
  id: string;
  pId: string;
  value: string;
  title: string;
  isLeaf: boolean;
  selectable: boolean;
  disabled: boolean;
}

const VILLAGE = 5;

function nodeOf(region: RegionNode, parent: string, writable: (code: string) => boolean): Node {
  const village = region.level === VILLAGE;
  return {
    id: region.code,
    pId: parent,
    value: region.code,
    title: shortRegionName(region.name),
    isLeaf: village || region.childCount === 0,
    selectable: village,
    disabled: village && !writable(region.code),
  };
}

/**
 * The village of a new household, from the region the user is in downwards, one level loaded at a time as a
 * town opens (as the region tree does): only villages can be chosen.
 */
export function VillageSelect({ root, writable, value, onChange, id }: Props) {
  const t = useT();
  const client = useQueryClient();
  const here = useRegion(root);
  const [nodes, setNodes] = useState<Node[]>([]);

  const load = useCallback(
    async (parent: string) => {
      const children = await fetchChildren(client, parent);
      setNodes((known) => {
        const have = new Set(known.map((n) => n.id));
        return [
          ...known,
          ...children.filter((c) => !have.has(c.code)).map((c) => nodeOf(c, parent, writable)),
        ];
      });
    },
    [client, writable],
  );

  useEffect(() => {
    if (levelOf(root) < VILLAGE) void load(root).catch(() => undefined);
  }, [root, load]);

  // Opened from a village: that village, nothing to choose.
  const treeData =
    levelOf(root) === VILLAGE
      ? [
          {
            id: root,
            pId: '',
            value: root,
            title: here.data ? shortRegionName(here.data.name) : root,
            isLeaf: true,
            selectable: true,
            disabled: !writable(root),
          },
        ]
      : nodes;

  return (
    <TreeSelect
      id={id}
      value={value}
      onChange={(code: string) => onChange?.(code)}
      treeDataSimpleMode
      treeData={treeData}
      loadData={(node) => load(String(node.value))}
      placeholder={t('create.chooseVillage')}
      showSearch={{ treeNodeFilterProp: 'title' }}
      popupMatchSelectWidth
      listHeight={320}
    />
  );
}
