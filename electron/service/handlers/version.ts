import { ApiError } from '../../../shared/api';
import { createVersion, deleteVersion, listVersions } from '../../store';
import {
  datasetIdOf,
  epochMsOf,
  idOf,
  modelOf,
  requireDatasetExists,
  textOf,
  type TextRule,
} from '../args';
import type { DomainHandlers, ServiceContext } from '../context';

export const VERSION_LABEL: TextRule = {
  key: 'label',
  subject: 'A version label',
  max: 60,
  blank: 'A definition version needs a label, e.g. "Q3 2026".',
};
export const VERSION_AUTHOR: TextRule = {
  key: 'author',
  subject: "An author's name",
  max: 120,
  blank: 'A definition version needs an author: who agreed it.',
};
export const VERSION_NOTE: TextRule = { key: 'note', subject: 'A version note', max: 5_000 };

export function versionHandlers({ live }: ServiceContext): DomainHandlers<'version'> {
  return {
    async 'version:list'(arg) {
      const datasetId = datasetIdOf(arg);
      requireDatasetExists(live.db, datasetId);
      return listVersions(live.db, datasetId);
    },
    async 'version:create'(arg) {
      const datasetId = datasetIdOf(arg);
      const label = textOf(arg, VERSION_LABEL);
      const author = textOf(arg, VERSION_AUTHOR);
      const note = textOf(arg, VERSION_NOTE);
      const model = modelOf(arg);
      const agreedAt = epochMsOf(arg, 'agreedAt');
      requireDatasetExists(live.db, datasetId);
      return createVersion(live.db, { datasetId, label, author, note, model, agreedAt });
    },
    async 'version:delete'(arg) {
      const id = idOf(arg);
      const deleted = deleteVersion(live.db, id);
      if (deleted === null) {
        throw new ApiError('version/not-found', `There is no definition version with id ${id}; it may have been deleted.`);
      }
      return deleted;
    },
  };
}
