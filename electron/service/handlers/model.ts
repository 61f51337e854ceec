import { setSetting } from '../../store';
import { datasetIdOf, modelOf, requireDatasetExists } from '../args';
import type { DomainHandlers, ServiceContext } from '../context';
import { workingModelKey } from './settings-keys';

export function modelHandlers({ live }: ServiceContext): DomainHandlers<'model'> {
  return {
    async 'model:save-working'(arg) {
      const datasetId = datasetIdOf(arg);
      requireDatasetExists(live.db, datasetId);
      setSetting(live.db, workingModelKey(datasetId), JSON.stringify(modelOf(arg)));
      return null;
    },
  };
}
