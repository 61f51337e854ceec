import { useEffect, useState } from 'react';
import { formatEdge } from '../../../../shared/model/bands';

interface Props {
  label: string;
  value: number;
  /** The neighbouring edges: the value must stay strictly between them. */
  above: number;
  below: number;
  onChange(value: number): void;
  /** Removes the edge, so the bands on either side become one. */
  onRemove(): void;
}

/**
 * A band edge typed as a number, committed on Enter or leaving the box. An edge that would pass a
 * neighbour is not taken: the box says which numbers fit and keeps what was typed to correct.
 */
export function EdgeInput({ label, value, above, below, onChange, onRemove }: Props) {
  const [draft, setDraft] = useState(String(value));
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    setDraft(String(value));
    setProblem(null);
  }, [value]);

  function commit() {
    const typed = Number(draft.replace(/[,\s]/g, ''));
    if (draft.trim() === '' || !Number.isFinite(typed)) return setProblem('Type a number.');
    if (!(typed > above && typed < below)) {
      const range = [above > -Infinity ? `above ${formatEdge(above)}` : '', below < Infinity ? `below ${formatEdge(below)}` : ''].filter(Boolean).join(' and ');
      return setProblem(`Edges must rise: type a number ${range}.`);
    }
    setProblem(null);
    if (typed !== value) onChange(typed);
  }

  return (
    <span className="edge-input">
      <input
        type="text"
        inputMode="decimal"
        aria-label={label}
        aria-invalid={problem !== null}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
          if (event.key === 'Escape') setDraft(String(value));
        }}
      />
      <button type="button" className="edge-remove" aria-label={`Remove ${label}`} title="Remove this edge: the bands on either side become one" onClick={onRemove}>
        ×
      </button>
      {problem && (
        <span className="edge-problem" role="alert">
          {problem}
        </span>
      )}
    </span>
  );
}
