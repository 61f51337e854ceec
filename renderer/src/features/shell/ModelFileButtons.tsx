import { useRef } from 'react';
import { ModelError, parseScoringModel } from '../../../../shared/model/validate-model';
import { useLab } from '../../state/lab-store';

/**
 * Opens a JSON model file (saved from the Export menu) as the working definition, so a
 * definition can travel to another laptop or into version control.
 */
export function ModelFileButtons() {
  const edit = useLab((s) => s.edit);
  const showError = useLab((s) => s.showError);
  const input = useRef<HTMLInputElement>(null);

  async function open(file: File) {
    try {
      let json: unknown;
      try {
        json = JSON.parse(await file.text());
      } catch (error) {
        throw new Error(`${file.name} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
      }
      const loaded = parseScoringModel(json);
      edit(() => loaded);
    } catch (error) {
      const message = error instanceof ModelError ? `${file.name}: ${error.problems.join('; ')}.` : error instanceof Error ? error.message : String(error);
      showError(`Could not open the model file. ${message}`);
    }
  }

  return (
    <>
      <button type="button" className="button" onClick={() => input.current?.click()}>
        Open model file
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        aria-label="Model file to open"
        hidden
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void open(file);
        }}
      />
    </>
  );
}
