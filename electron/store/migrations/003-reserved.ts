import type { Migration } from './migration';

/*
 * Schema version 3 is taken by a change developed in parallel on another branch; this
 * placeholder keeps the versions without a gap here until the two are merged, when it is
 * replaced by that migration (or dropped and 004 renumbered to 3). It changes nothing.
 */
export const reserved: Migration = {
  version: 3,
  name: 'reserved',
  sql: '',
};
