import { api } from '../../api/client';
import { formatCount } from '../../format';
import { useDatasets } from '../../state/datasets-store';
import { useLab } from '../../state/lab-store';
import { ListHead } from './ListHead';

interface Props {
  busy: boolean;
  run(work: () => Promise<void>): Promise<boolean>;
  onDeleted(name: string): void;
}

/**
 * The open workspace's datasets, each deletable (with confirmation) except the last: a client's
 * workspace need not keep the bundled sample beside the client's own history.
 */
export function DatasetList({ busy, run, onDeleted }: Props) {
  const datasets = useDatasets((s) => s.datasets);
  const current = useLab((s) => s.dataset?.id);
  const remove = (id: number, name: string) => {
    if (!window.confirm(`Delete the dataset “${name}” with its leads, activities, scenarios and versions? This cannot be undone.`)) return;
    void run(async () => {
      const left = await api['dataset:delete']({ datasetId: id });
      // The screen shows the deleted dataset's figures: start afresh on one that is left.
      if (id === current) window.location.reload();
      else {
        useDatasets.setState({ datasets: left });
        onDeleted(name);
      }
    });
  };
  return (
    <table className="data-table workspace-table" aria-label="Datasets">
      <ListHead columns={['Dataset', 'Leads', 'Activities']} />
      <tbody>
        {datasets.map((d) => (
          <tr key={d.id} data-dataset={d.name}>
            <th scope="row">
              {d.name} {d.id === current && <span className="flag flag-real">open now</span>}
            </th>
            <td>{formatCount(d.leads)}</td>
            <td>{formatCount(d.activities)}</td>
            <td className="workspace-actions">
              <button
                type="button"
                className="link-button danger"
                disabled={busy || datasets.length === 1}
                title={datasets.length === 1 ? 'A workspace keeps at least one dataset' : undefined}
                onClick={() => remove(d.id, d.name)}
                aria-label={`Delete dataset ${d.name}`}
              >
                Delete
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
