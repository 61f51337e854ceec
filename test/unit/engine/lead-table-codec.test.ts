import { describe, expect, it } from 'vitest';
import { decodeLeadTable, encodeLeadTable } from '../../../shared/engine/lead-table-codec';
import { makeTable } from './make-table';

describe('lead table codec', () => {
  it('round-trips every column, dictionary and NaN exactly', () => {
    const table = makeTable([
      { fit: { industry: 'Software', seniority: 'VP' }, channel: 'Events', worked: 2, sql: 4, events: [['pricing_page', 1], ['email_open', 0]] },
      { fit: { industry: 'Électricité – Zürich', seniority: 'Manager' }, channel: 'Display' },
      { fit: { industry: 'Software', seniority: 'Manager' }, events: [['demo_request', 7]] },
    ]);
    table.dealValue[0] = 12_345.5;
    table.won[0] = 1;
    const decoded = decodeLeadTable(encodeLeadTable(table));
    expect(decoded).toEqual(table);
    expect(Number.isNaN(decoded.workedAt[1])).toBe(true);
    expect(decoded.fit[0].values).toEqual(['Software', 'Électricité – Zürich']);
  });

  it('refuses a buffer that is not a lead table', () => {
    const bogus = new TextEncoder().encode('\u0002\u0000\u0000\u0000{}').buffer;
    expect(() => decodeLeadTable(bogus)).toThrow(/incompatible version/);
    expect(() => decodeLeadTable(new ArrayBuffer(2))).toThrow(/empty or truncated/);
  });
});
