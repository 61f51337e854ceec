import { describe, expect, it } from 'vitest';
import { parseBoolean } from '../../../shared/import/booleans';

describe('parseBoolean', () => {
  const spellings: Record<string, [string[], string[]]> = {
    'English and spreadsheets': [['true', 'TRUE', 'Yes', 'y', '1', 'x', 'X', '✓', 'on'], ['false', 'FALSE', 'No', 'n', '0', 'off']],
    German: [['ja', 'Ja', 'wahr', 'WAHR', 'j'], ['nein', 'Nein', 'falsch', 'FALSCH']],
    French: [['oui', 'Oui', 'vrai', 'VRAI'], ['non', 'Non', 'faux', 'FAUX']],
    Spanish: [['sí', 'si', 'Sí', 'verdadero', 'VERDADERO'], ['no', 'falso']],
    Portuguese: [['sim', 'Sim', 'verdadeiro'], ['não', 'nao', 'Não', 'falso']],
    Dutch: [['ja', 'waar', 'WAAR'], ['nee', 'Nee', 'onwaar']],
    Italian: [['sì', 'vero', 'VERO'], ['no', 'falso']],
    Scandinavian: [['ja', 'sant', 'sand'], ['nej', 'nei', 'falskt', 'falsk']],
    Polish: [['tak', 'prawda'], ['nie', 'fałsz']],
  };
  for (const [language, [yes, no]] of Object.entries(spellings)) {
    it(`reads ${language} spellings`, () => {
      for (const word of yes) expect(parseBoolean(word), word).toBe(true);
      for (const word of no) expect(parseBoolean(word), word).toBe(false);
    });
  }

  it('returns null for empty cells and anything else', () => {
    for (const text of ['', '  ', 'maybe', '2', 'yes please', 'ok']) expect(parseBoolean(text), text).toBeNull();
  });
});
