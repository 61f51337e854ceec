import type Database from 'better-sqlite3';
import { ApiError, type Scenario } from '../../../shared/api';
import {
  createScenario,
  deleteScenario,
  getScenario,
  listScenarios,
  setBaseline,
  updateScenario,
} from '../../store';
import {
  datasetIdOf,
  idOf,
  modelOf,
  objectArg,
  optionalTextOf,
  requireDatasetExists,
  textOf,
  type TextRule,
} from '../args';
import type { DomainHandlers, ServiceContext } from '../context';

export const SCENARIO_NAME: TextRule = { key: 'name', subject: 'A scenario name', max: 120, blank: 'A scenario needs a name.' };
export const SCENARIO_NOTE: TextRule = { key: 'note', subject: 'A scenario note', max: 5_000 };

export function scenarioHandlers({ live }: ServiceContext): DomainHandlers<'scenario'> {
  return {
    async 'scenario:list'(arg) {
      const datasetId = datasetIdOf(arg);
      requireDatasetExists(live.db, datasetId);
      return listScenarios(live.db, datasetId);
    },
    async 'scenario:create'(arg) {
      const datasetId = datasetIdOf(arg);
      const name = textOf(arg, SCENARIO_NAME);
      const note = textOf(arg, SCENARIO_NOTE);
      const model = modelOf(arg);
      requireDatasetExists(live.db, datasetId);
      return createScenario(live.db, { datasetId, name, note, model });
    },
    async 'scenario:update'(arg) {
      const id = idOf(arg);
      const name = optionalTextOf(arg, SCENARIO_NAME);
      const note = optionalTextOf(arg, SCENARIO_NOTE);
      const model = objectArg(arg).model === undefined ? undefined : modelOf(arg);
      if (name === undefined && note === undefined && model === undefined) {
        throw new ApiError('api/bad-argument', 'Nothing to update: give a new name, note or model.');
      }
      requireScenario(live.db, id);
      return updateScenario(live.db, id, { name, note, model });
    },
    async 'scenario:delete'(arg) {
      const id = idOf(arg);
      const db = live.db;
      return db.transaction((): Scenario => {
        const scenario = requireScenario(db, id);
        // The store would promote another scenario; the UI treats the baseline as the fixed
        // point of every comparison, so changing it must be the user's explicit choice.
        if (scenario.isBaseline) {
          throw new ApiError(
            'scenario/is-baseline',
            `"${scenario.name}" is the baseline every scenario is compared with, so it cannot be ` +
              'deleted. Make another scenario the baseline first, then delete this one.',
          );
        }
        deleteScenario(db, id);
        return scenario;
      })();
    },
    async 'scenario:set-baseline'(arg) {
      const id = idOf(arg);
      const scenario = requireScenario(live.db, id);
      setBaseline(live.db, scenario.datasetId, id);
      return listScenarios(live.db, scenario.datasetId);
    },
  };
}

function requireScenario(db: Database.Database, id: number): Scenario {
  const scenario = getScenario(db, id);
  if (scenario === null) {
    throw new ApiError('scenario/not-found', `There is no scenario with id ${id}; it may have been deleted.`);
  }
  return scenario;
}
