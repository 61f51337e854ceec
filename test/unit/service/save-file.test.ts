import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveFilters, saveRequestOf, saveTextRequestOf, writeFileAtomically } from '../../../electron/service/save-file';

describe('what the renderer may ask a save dialog for', () => {
  it('takes a title and a bare file name to propose', () => {
    expect(saveRequestOf({ title: 'Save the memo', fileName: 'memo.pdf' })).toEqual({ title: 'Save the memo', fileName: 'memo.pdf' });
    expect(saveTextRequestOf({ title: 'Save', fileName: 'matrix.md', text: '| a |' }).text).toBe('| a |');
  });

  it('refuses a path: where the file goes is for the user to choose', () => {
    for (const fileName of ['../memo.pdf', '/etc/passwd', 'sub/memo.pdf', 'C:\\Users\\x.csv', '..']) {
      expect(() => saveRequestOf({ title: 'Save', fileName })).toThrow(/not a plain file name/);
    }
    expect(() => saveRequestOf({ title: 'Save', fileName: '  ' })).toThrow('The save dialog needs a file name to propose.');
    expect(() => saveTextRequestOf({ title: 'Save', fileName: 'a.csv', text: 5 })).toThrow('text must be text.');
  });

  it('offers the file’s own kind first in the dialog', () => {
    expect(saveFilters('mql-scoring-matrix.csv')[0]).toEqual({ name: 'CSV (opens in Excel)', extensions: ['csv'] });
    expect(saveFilters('notes.xyz')).toEqual([{ name: 'All files', extensions: ['*'] }]);
  });
});

describe('writing a saved file', () => {
  let folder: string;
  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'mql-save-'));
  });
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('replaces an earlier file of that name whole, leaving nothing else behind', () => {
    const file = path.join(folder, 'memo.pdf');
    fs.writeFileSync(file, 'old');
    writeFileAtomically(file, new Uint8Array([37, 80, 68, 70]));
    expect(fs.readFileSync(file, 'latin1')).toBe('%PDF');
    expect(fs.readdirSync(folder)).toEqual(['memo.pdf']);
  });

  it('names the file when it cannot be written, and leaves no partial file', () => {
    const file = path.join(folder, 'missing-folder', 'matrix.csv');
    expect(() => writeFileAtomically(file, 'a,b')).toThrow(`MQL Lab could not save ${file}`);
    expect(fs.readdirSync(folder)).toEqual([]);
  });
});
