import { initial } from './001-initial';
import { definitionVersions } from './002-definition-versions';
import { reserved } from './003-reserved';
import { extraAttributes } from './004-extra-attributes';
import type { Migration } from './migration';

export type { Migration } from './migration';

/** In order; append only. A released migration is never edited, since users already ran it. */
export const MIGRATIONS: readonly Migration[] = [initial, definitionVersions, reserved, extraAttributes];
