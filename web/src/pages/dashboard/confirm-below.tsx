import type { useAppProps } from 'antd/es/app/context';
import type { Translate } from '../../i18n/format.ts';

/**
 * Asks the clerk to confirm rural populations smaller than the persons registered in their regions — each
 * line says where and both numbers (the server's words) — and runs `onOk` to save them all the same.
 */
export function confirmBelow(
  modal: useAppProps['modal'],
  t: Translate,
  lines: readonly { where: string; text: string }[],
  onOk: () => void,
) {
  modal.confirm({
    title: t('population.confirmTitle'),
    className: 'zf-population-confirm',
    content: (
      <ul className="zf-confirm-lines">
        {lines.map((line) => (
          <li key={line.where}>
            <strong>{line.where}</strong>：{line.text}
          </li>
        ))}
      </ul>
    ),
    okText: t('population.confirmOk'),
    cancelText: t('population.confirmCancel'),
    onOk,
  });
}
