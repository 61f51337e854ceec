import { useEffect, useState } from 'react';
import { useLab } from '../../state/lab-store';
import { useScenarios } from '../../state/scenario-store';
import { useView, type ResultTab, type RuleSection } from '../../state/view-store';
import { TAB_LABELS } from '../results/tab-labels';

const RULE_LABELS: Record<RuleSection, string> = {
  qualification: 'MQL rule and threshold',
  eligibility: 'Knock-outs and fast-track',
  engagement: 'Engagement rules',
  fit: 'Fit rules',
};

/**
 * The workshop bar: which scenario is on screen, stepping between scenarios with ← and →, the
 * anonymise switch, and what the presentation shows. Esc leaves workshop mode.
 */
export function WorkshopBar() {
  const { scenarios, refresh, load } = useScenarios();
  const scenarioId = useLab((s) => s.scenarioId);
  const { anonymise, setAnonymise, setWorkshop, workshopRules, workshopTabs, toggleWorkshopRule, toggleWorkshopTab } = useView();
  const [choosing, setChoosing] = useState(false);
  const index = scenarios.findIndex((s) => s.id === scenarioId);
  const current = scenarios[index];

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(() => {
    const step = (by: number) => {
      if (scenarios.length === 0) return;
      const next = scenarios[(index + by + scenarios.length) % scenarios.length];
      load(next.id);
    };
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target?.matches('input, select, textarea')) return;
      if (event.key === 'ArrowRight' || event.key === 'PageDown') step(1);
      else if (event.key === 'ArrowLeft' || event.key === 'PageUp') step(-1);
      else if (event.key === 'Escape') setWorkshop(false);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [scenarios, index, load, setWorkshop]);

  return (
    <div className="workshop-bar" role="toolbar" aria-label="Workshop">
      <span className="workshop-scenario" data-testid="workshop-scenario">
        {current ? current.name : 'Working draft'}
        {scenarios.length > 0 && <span className="workshop-position"> {index >= 0 ? `${index + 1} of ${scenarios.length}` : ''} · ← → to step</span>}
      </span>
      <label className="inline-field">
        <input type="checkbox" checked={anonymise} onChange={(event) => setAnonymise(event.target.checked)} />
        <span>Anonymise leads</span>
      </label>
      <div className="menu">
        <button type="button" className="button" aria-expanded={choosing} onClick={() => setChoosing(!choosing)}>
          Show…
        </button>
        {choosing && (
          <div className="menu-list workshop-choices">
            {(Object.keys(RULE_LABELS) as RuleSection[]).map((section) => (
              <label key={section} className="inline-field">
                <input type="checkbox" checked={workshopRules.includes(section)} onChange={() => toggleWorkshopRule(section)} />
                <span>{RULE_LABELS[section]}</span>
              </label>
            ))}
            <hr />
            {(Object.keys(TAB_LABELS) as ResultTab[]).map((tab) => (
              <label key={tab} className="inline-field">
                <input type="checkbox" checked={workshopTabs.includes(tab)} onChange={() => toggleWorkshopTab(tab)} />
                <span>{TAB_LABELS[tab]}</span>
              </label>
            ))}
          </div>
        )}
      </div>
      <button type="button" className="button" onClick={() => setWorkshop(false)}>
        Leave workshop (Esc)
      </button>
    </div>
  );
}
