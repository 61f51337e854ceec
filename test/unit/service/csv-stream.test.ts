import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { streamRecords } from '../../../electron/service/import/csv-stream';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

async function streamed(text: string): Promise<string[][]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mql-csv-stream-'));
  dirs.push(dir);
  const file = path.join(dir, 'rows.csv');
  fs.writeFileSync(file, text, 'utf8');
  const rows: string[][] = [];
  await streamRecords({
    path: file,
    fileName: 'rows.csv',
    encoding: 'utf-8',
    delimiter: ',',
    onBytes: () => undefined,
    onRecords: (records, first) => {
      expect(first).toBe(rows.length);
      rows.push(...records);
    },
    onMalformed: () => undefined,
    isCancelled: () => false,
  });
  return rows;
}

describe('streamRecords', () => {
  it('splits a large file into the same rows as parsing it whole, wherever the pieces are cut', async () => {
    // Past the first megabyte, text goes to papaparse 64 K characters at a time: rows, quoted
    // line breaks, CRLF pairs and characters of two UTF-16 units (the emoji) all fall across the
    // cuts somewhere below.
    const row = (i: number) => `L${i},"Kestrel ""Labs""\r\nline ${i}",😀${i},2025-01-01\r\n`;
    const rows: string[] = [];
    for (let i = 0, length = 0; length < (1 << 20) + 5 * 65_536; i++) length += rows[rows.push(row(i)) - 1].length;
    for (const shift of [0, 1, 2, 3, 5]) {
      const text = `Lead ID,Company,Note,Create Date\r\n${'x'.repeat(shift)},,,\r\n${rows.join('')}`;
      const whole = Papa.parse<string[]>(text, { delimiter: ',', skipEmptyLines: false }).data;
      // Parsed whole, the line break that ends the file starts one more (blank) row; streamed, not.
      expect(whole.pop()).toEqual(['']);
      expect(await streamed(text)).toEqual(whole);
    }
  });
});
