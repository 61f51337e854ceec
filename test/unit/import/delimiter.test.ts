import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../../shared/import/delimiter';
import { loadCsv } from './helpers';

describe('detectDelimiter', () => {
  it.each([
    ['hubspot-leads.csv', ','],
    ['european-semicolon.csv', ';'],
    ['tab-separated.tsv', '\t'],
    ['utf16-bom.csv', '\t'],
    ['pipe-separated.csv', '|'],
    ['embedded-newlines.csv', ','],
    ['windows-1252.csv', ','],
  ])('finds the delimiter of %s', (file, delimiter) => {
    expect(loadCsv(file).delimiter).toBe(delimiter);
  });

  it('splits the fixtures into the header’s number of columns on every row', () => {
    for (const file of ['tab-separated.tsv', 'pipe-separated.csv', 'embedded-newlines.csv', 'european-semicolon.csv']) {
      const { header, rows } = loadCsv(file);
      for (const row of rows) expect(row.length, file).toBe(header.length);
    }
  });

  it('ignores delimiters inside quotes, including across lines', () => {
    expect(detectDelimiter('a;b;c\n"x,y,z";"1,2";3\n"p,\nq";r;s\n')).toBe(';');
    expect(detectDelimiter('a,b\n"1;2;3",4\n"5;6;7",8\n')).toBe(',');
  });

  it('prefers the delimiter whose rows agree with the header over one that splits more', () => {
    expect(detectDelimiter('Lead ID;Company;Value\nL1;Acme, Inc.;1,5\nL2;Kestrel;2,75\nL3;Helix, AG;3\n')).toBe(';');
  });

  it('ignores a last record cut off by the end of the sample, and a BOM', () => {
    expect(detectDelimiter('\uFEFFa|b|c\n1|2|3\n4|5')).toBe('|');
  });

  it('falls back to comma for a one-column file', () => {
    expect(detectDelimiter('Email\nana@norvane.io\n')).toBe(',');
  });
});
