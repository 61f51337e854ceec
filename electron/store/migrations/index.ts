import { initial } from './001-initial';
import { definitionVersions } from './002-definition-versions';
import { dropLeadsDatasetIndex } from './003-drop-leads-dataset-index';
import type { Migration } from './migration';

export type { Migration } from './migration';

/** In order; append only. A released migration is never edited, since users already ran it. */
export const MIGRATIONS: readonly Migration[] = [initial, definitionVersions, dropLeadsDatasetIndex];
