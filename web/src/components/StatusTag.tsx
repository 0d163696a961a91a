import { Tag } from 'antd';
import { useCodeLabel } from './codes.ts';

/** 未脱贫 red, 已脱贫 green, 返贫 orange, 已注销 grey: the colours a cadre expects. */
const STATUS_COLOURS: Record<string, string> = {
  '01': 'red',
  '02': 'green',
  '03': 'orange',
  '04': 'default',
};

export function StatusTag({ code }: { code: string | null | undefined }) {
  const label = useCodeLabel();
  if (!code) return null;
  return <Tag color={STATUS_COLOURS[code] ?? 'default'}>{label('household_status', code)}</Tag>;
}
