import { useState } from 'react';
import type { Vocabulary } from '../../../../shared/engine/vocabulary';
import { withNewKnockout } from '../../../../shared/model/edit-model';
import { formatCount } from '../../format';
import { useLab } from '../../state/lab-store';

/** The most values offered as boxes to tick: a country or industry list, not every city. */
const MAX_VALUES = 40;

/**
 * Adds a knock-out on any categorical or yes/no attribute of the dataset, its own columns
 * included: "Existing Customer is yes", "Company type is Competitor", "Job role is Student".
 */
export function KnockoutForm({ vocabulary }: { vocabulary: Vocabulary }) {
  const edit = useLab((s) => s.edit);
  const attributes = vocabulary.fit;
  const [key, setKey] = useState(attributes[0]?.key ?? '');
  const [chosen, setChosen] = useState<string[]>([]);
  const [label, setLabel] = useState('');
  const attribute = attributes.find((a) => a.key === key);
  if (!attribute) return null;
  const values = [...attribute.values].sort((a, b) => b.leads - a.leads).slice(0, MAX_VALUES);
  const condition = `${attribute.label} is ${chosen.join(' or ')}`;
  const toggle = (value: string, on: boolean) => setChosen(on ? [...chosen, value] : chosen.filter((v) => v !== value));

  return (
    <details className="knockout-form">
      <summary>Add a knock-out…</summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          edit((m) => withNewKnockout(m, { label: label.trim() || condition, attribute: key, values: chosen }));
          setChosen([]);
          setLabel('');
        }}
      >
        <label className="inline-field">
          <span>When</span>
          <select
            aria-label="Knock-out attribute"
            value={key}
            onChange={(event) => {
              setKey(event.target.value);
              setChosen([]);
            }}
          >
            {attributes.map((a) => (
              <option key={a.key} value={a.key}>
                {a.label}
              </option>
            ))}
          </select>
          <span>is one of:</span>
        </label>
        <fieldset className="knockout-values">
          <legend className="visually-hidden">Values that knock a lead out</legend>
          {values.map(({ value, leads }) => (
            <label key={value} className="knockout-value">
              <input type="checkbox" checked={chosen.includes(value)} onChange={(event) => toggle(value, event.target.checked)} />
              {value} <span className="rule-count">{formatCount(leads)}</span>
            </label>
          ))}
        </fieldset>
        {attribute.values.length > MAX_VALUES && <p className="rule-count">The {MAX_VALUES} most common of {formatCount(attribute.values.length)} values.</p>}
        <label className="inline-field">
          <span>Name</span>
          <input aria-label="Knock-out name" value={label} placeholder={chosen.length > 0 ? condition : 'e.g. Existing customers'} onChange={(event) => setLabel(event.target.value)} />
        </label>
        <button type="submit" className="button-secondary" disabled={chosen.length === 0}>
          Add knock-out
        </button>
      </form>
    </details>
  );
}
