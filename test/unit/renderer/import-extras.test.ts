import { describe, expect, it } from 'vitest';
import { extrasByName, extrasFromNames } from '../../../renderer/src/state/import-extras';

describe('kept columns in saved mappings', () => {
  const header = ['Lead ID', 'IT-Budget (T€)', 'Bestandskunde', 'Segment'];

  it('are saved by header, so they fit an export whose columns moved', () => {
    expect(extrasByName([{ column: 1, kind: 'numeric' }, { column: 3, kind: 'categorical' }], header)).toEqual([
      { column: 'IT-Budget (T€)', kind: 'numeric' },
      { column: 'Segment', kind: 'categorical' },
    ]);
  });

  it('are applied by header, case and spacing aside, skipping columns the file lacks or a field takes', () => {
    const moved = ['Segment', 'lead id', ' it-budget (t€) ', 'Bestandskunde'];
    const saved = [
      { column: 'IT-Budget (T€)', kind: 'numeric' as const },
      { column: 'Region', kind: 'categorical' as const },
      { column: 'Lead ID', kind: 'categorical' as const },
    ];
    const kept = extrasFromNames(saved, moved, { externalId: 1 }, [{ column: 3, kind: 'boolean' }]);
    expect(kept).toEqual([
      { column: 2, kind: 'numeric' },
      { column: 3, kind: 'boolean' },
    ]);
  });
});
