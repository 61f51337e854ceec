import { useState } from 'react';
import type { Vocabulary } from '../../../../shared/engine/vocabulary';
import { activityLabel } from '../../../../shared/model/catalog';
import { describeMinGrade } from '../../../../shared/model/describe';
import { withNewFastTrack } from '../../../../shared/model/edit-model';
import { FIT_GRADES, type FitGrade } from '../../../../shared/model/scoring-model';
import { useLab } from '../../state/lab-store';

/** Adds a fast-track on any activity of the dataset: "Webinar attended from fit A", "Pricing page from fit B or better". */
export function FastTrackForm({ vocabulary }: { vocabulary: Vocabulary }) {
  const edit = useLab((s) => s.edit);
  const [activity, setActivity] = useState(vocabulary.activities[0]?.type ?? '');
  const [minGrade, setMinGrade] = useState<FitGrade>('B');
  if (vocabulary.activities.length === 0) return null;
  return (
    <details className="knockout-form">
      <summary>Add a fast-track…</summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          edit((m) => withNewFastTrack(m, { label: `${activityLabel(activity)} from a fit ${describeMinGrade(minGrade)}`, activity, minGrade }));
        }}
      >
        <label className="inline-field">
          <span>When a lead does</span>
          <select aria-label="Fast-track activity" value={activity} onChange={(event) => setActivity(event.target.value)}>
            {vocabulary.activities.map(({ type }) => (
              <option key={type} value={type}>
                {activityLabel(type)}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-field">
          <span>with fit grade</span>
          <select aria-label="Fast-track lowest fit grade" value={minGrade} onChange={(event) => setMinGrade(event.target.value as FitGrade)}>
            {FIT_GRADES.map((grade) => (
              <option key={grade} value={grade}>
                {describeMinGrade(grade)}
              </option>
            ))}
          </select>
          <span>it is an MQL at once.</span>
        </label>
        <button type="submit" className="button-secondary">
          Add fast-track
        </button>
      </form>
    </details>
  );
}
