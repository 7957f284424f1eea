import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackView } from '../../../../main/api/contract';

type ShipmentLine = PackView['lines'][number];

/** The shipment's lines with packed and expected counts; complete lines are marked done. */
export const LineList = memo(function LineList({ lines }: { readonly lines: ReadonlyArray<ShipmentLine> }) {
  const { t } = useTranslation();

  return (
    <section className="panel lines">
      <h2>{t('pack.lines.title')}</h2>
      <table className="data-table">
        <thead>
          <tr>
            <th>{t('pack.lines.sku')}</th>
            <th>{t('pack.lines.product')}</th>
            <th className="number">{t('pack.lines.count')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => {
            const state = lineState(line);
            return (
              <tr
                key={line.lineId}
                className={`line-${state}`}
                data-testid="line-row"
                data-sku={line.sku}
                data-packed={line.quantityPacked}
                data-expected={line.quantityExpected}
                data-state={state}
              >
                <td>{line.sku}</td>
                <td>{line.title}</td>
                <td className="number">
                  {state === 'done' && <span className="done-mark">{t('pack.lines.done')} </span>}
                  {t('pack.lines.progress', { packed: line.quantityPacked, expected: line.quantityExpected })}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
});

function lineState(line: ShipmentLine): 'open' | 'done' | 'over' {
  if (line.quantityPacked > line.quantityExpected) {
    return 'over';
  }
  return line.quantityPacked === line.quantityExpected ? 'done' : 'open';
}
