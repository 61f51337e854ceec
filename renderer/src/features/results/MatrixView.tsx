import { useMemo } from 'react';
import { withMatrixCell } from '../../../../shared/model/edit-model';
import { EChart } from '../../charts/EChart';
import { matrixOption } from '../../charts/options/matrix-option';
import { formatCount, formatPercent } from '../../format';
import { useLab } from '../../state/lab-store';

export function MatrixView() {
  const cells = useLab((s) => s.metrics?.matrix);
  const mode = useLab((s) => s.model?.mode);
  const edit = useLab((s) => s.edit);
  const matrixMode = mode === 'matrix';
  const option = useMemo(() => (cells ? matrixOption(cells, matrixMode) : null), [cells, matrixMode]);
  if (!option || !cells) return null;
  return (
    <section className="panel view" aria-labelledby="matrix-title">
      <h2 id="matrix-title" className="panel-title">
        Fit grade × engagement level
      </h2>
      <p className="panel-help">
        Every lead (knock-outs aside) by fit grade and engagement level at its best moment, coloured by the MQL→SQL rate of those sales worked.
        {matrixMode ? ' Outlined cells qualify; click a cell to add or remove it.' : ' Switch to grade × level mode to qualify by cells.'}
      </p>
      <EChart
        option={option}
        height={420}
        label="Heatmap of fit grade by engagement level"
        onClick={(params) => {
          const cell = cells[params.dataIndex]?.cell;
          if (matrixMode && cell) edit((m) => withMatrixCell(m, cell, !m.matrix.cells.includes(cell)));
        }}
      />
      <table className="visually-hidden" data-testid="matrix-table">
        <caption>Leads, MQLs and MQL→SQL rate per cell</caption>
        <thead>
          <tr>
            <th scope="col">Cell</th>
            <th scope="col">Leads</th>
            <th scope="col">MQLs</th>
            <th scope="col">SQLs of worked</th>
            <th scope="col">Rate</th>
          </tr>
        </thead>
        <tbody>
          {cells.map((cell) => (
            <tr key={cell.cell} data-cell={cell.cell}>
              <th scope="row">{cell.cell}</th>
              <td>{formatCount(cell.leads)}</td>
              <td>{formatCount(cell.mqls)}</td>
              <td>
                {formatCount(cell.sqls)} of {formatCount(cell.observed)}
              </td>
              <td>{formatPercent(cell.rate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
