import { useMemo } from 'react';
import { withMatrixCell } from '../../../../shared/model/edit-model';
import { EChart } from '../../charts/EChart';
import { matrixOption } from '../../charts/options/matrix-option';
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
    </section>
  );
}
