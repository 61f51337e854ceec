import { hasNativeDialogs } from '../../api/client';

interface Props {
  label: string;
  ariaLabel: string;
  value: string;
  placeholder?: string;
  onChange(path: string): void;
  /** Asks the native dialog for a path (desktop app only); null when the user cancelled. */
  choose(): Promise<string | null>;
  /** Runs the dialog as the form runs its calls, so a failure is shown the same way. */
  run(work: () => Promise<void>): Promise<boolean>;
}

/** A file path typed in, or chosen with the native dialog where there is one. */
export function PathField({ label, ariaLabel, value, placeholder, onChange, choose, run }: Props) {
  return (
    <label className="memo-field">
      <span>{label}</span>
      <span className="inline-field">
        <input aria-label={ariaLabel} value={value} placeholder={placeholder} onChange={(e) => onChange(e.target.value)} />
        {hasNativeDialogs && (
          <button
            type="button"
            className="button-secondary"
            onClick={() =>
              void run(async () => {
                const path = await choose();
                if (path) onChange(path);
              })
            }
          >
            Choose…
          </button>
        )}
      </span>
    </label>
  );
}
