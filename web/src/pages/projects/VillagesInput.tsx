import { Tag } from 'antd';
import { useRegion } from '../../api/queries.ts';
import { VillageSelect } from '../create/VillageSelect.tsx';

interface Props {
  root: string;
  value?: string[];
  onChange?: (codes: string[]) => void;
  id?: string;
}

function VillageTag({ code, onClose }: { code: string; onClose: () => void }) {
  const village = useRegion(code);
  return (
    <Tag closable onClose={onClose}>
      {village.data?.name ?? code}
    </Tag>
  );
}

/** The villages of a project: each chosen one a tag, the picker below adds another. */
export function VillagesInput({ root, value = [], onChange, id }: Props) {
  return (
    <div className="zf-stack zf-villages-input">
      {value.length > 0 && (
        <div>
          {value.map((code) => (
            <VillageTag key={code} code={code} onClose={() => onChange?.(value.filter((c) => c !== code))} />
          ))}
        </div>
      )}
      <VillageSelect
        id={id}
        root={root}
        writable={() => true}
        value={undefined}
        onChange={(code) => !value.includes(code) && onChange?.([...value, code])}
      />
    </div>
  );
}
