import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ChangedLead } from '../../../../shared/engine/lead-lists';
import { toCsv } from '../../../../shared/export/csv';
import { saveText } from '../../export/save-file';
import { formatCount } from '../../format';
import { currentEngine, useLab } from '../../state/lab-store';
import { useView } from '../../state/view-store';
import { fetchIdentities, knownIdentity, matchesSearch, sortLeads, type LeadSortKey } from './lead-data';
import { VirtualRows } from './VirtualRows';
import { WhyPanel } from './WhyPanel';

const ROW_HEIGHT = 36;
const COLUMNS: { key: LeadSortKey; label: string }[] = [
  { key: 'id', label: 'Lead' },
  { key: 'channel', label: 'Channel' },
  { key: 'score', label: 'Score' },
  { key: 'baselineScore', label: 'Baseline' },
  { key: 'mqlAt', label: 'MQL date' },
  { key: 'outcome', label: 'Outcome' },
];

const day = (time: number) => (Number.isFinite(time) ? new Date(time).toISOString().slice(0, 10) : '');
const points = (value: number) => (Math.round(value * 10) / 10).toString();

/** The leads that enter and leave the MQL set against the baseline, and why each scored as it did. */
export function LeadsView() {
  const datasetId = useLab((s) => s.dataset?.id ?? 0);
  const model = useLab((s) => s.kpisModel);
  const anonymise = useView((s) => s.anonymise);
  const [changed, setChanged] = useState<ChangedLead[]>([]);
  const [list, setList] = useState<'entering' | 'leaving'>('entering');
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<{ key: LeadSortKey; descending: boolean }>({ key: 'score', descending: true });
  const [selected, setSelected] = useState<number | null>(null);
  const [summaries, setSummaries] = useState<Map<number, string>>(new Map());
  const [identitiesVersion, setIdentitiesVersion] = useState(0);

  // The lists follow the model, a moment after the last change, so a drag does not flood the engine.
  useEffect(() => {
    const timer = setTimeout(() => {
      void currentEngine()
        ?.query({ kind: 'changed-leads' })
        .then(async (rows) => {
          setChanged(rows);
          setSummaries(new Map());
          await fetchIdentities(datasetId, rows.map((r) => r.row));
          setIdentitiesVersion((v) => v + 1);
        });
    }, 150);
    return () => clearTimeout(timer);
  }, [model, datasetId]);

  const rows = useMemo(() => {
    const inList = changed.filter((lead) => lead.change === list && (anonymise ? search === '' || `lead ${lead.row + 1}`.includes(search.toLowerCase()) : matchesSearch(lead, datasetId, search)));
    return sortLeads(inList, sort.key, sort.descending, datasetId);
    // identitiesVersion: search and sort by id read identities fetched after the rows arrived.
  }, [changed, list, search, sort, datasetId, identitiesVersion, anonymise]);

  const counts = useMemo(
    () => ({ entering: changed.filter((l) => l.change === 'entering').length, leaving: changed.filter((l) => l.change === 'leaving').length }),
    [changed],
  );

  const onVisible = useCallback(
    (first: number, last: number) => {
      const wanted = rows.slice(first, last).map((r) => r.row).filter((row) => !summaries.has(row));
      if (wanted.length === 0 || !model) return;
      void currentEngine()
        ?.query({ kind: 'summaries', model, rows: wanted })
        .then((found) => setSummaries((previous) => new Map([...previous, ...found.map((f): [number, string] => [f.row, f.summary])])));
    },
    [rows, summaries, model],
  );

  function exportCsv() {
    const header = ['Lead ID', 'Email', 'Company', 'Channel', 'Change', 'Score', 'Baseline score', 'Fit', 'Engagement', 'MQL date', 'Outcome'];
    const body = rows.map((lead) => {
      const identity = anonymise ? undefined : knownIdentity(datasetId, lead.row);
      return [identity?.externalId ?? `Lead ${lead.row + 1}`, identity?.email, identity?.company, lead.channel, lead.change, lead.score, lead.baselineScore, lead.fit, lead.engagement, day(lead.mqlAt), lead.outcome];
    });
    void saveText(`mql-lab-${list}-leads.csv`, toCsv(header, body));
  }

  return (
    <section className="panel view leads-view" aria-labelledby="leads-title">
      <div className="view-head">
        <h2 id="leads-title" className="panel-title">
          Leads that change
        </h2>
        <div className="view-controls">
          <div className="segmented small" role="radiogroup" aria-label="Which leads">
            {(['entering', 'leaving'] as const).map((kind) => (
              <button key={kind} type="button" role="radio" aria-checked={list === kind} className={list === kind ? 'segment segment-on' : 'segment'} onClick={() => setList(kind)}>
                {kind === 'entering' ? 'Entering' : 'Leaving'} ({formatCount(counts[kind])})
              </button>
            ))}
          </div>
          <input className="search" type="search" placeholder="Search id, email, company, channel" aria-label="Search leads" value={search} onChange={(e) => setSearch(e.target.value)} />
          <button type="button" className="button-secondary" onClick={exportCsv} disabled={rows.length === 0}>
            Export CSV
          </button>
        </div>
      </div>
      <div className="leads-layout">
        <div className="lead-table" role="table" aria-label={`Leads that ${list === 'entering' ? 'enter' : 'leave'} the MQL set`} aria-rowcount={rows.length}>
          <div className="lead-row lead-head" role="row">
            {COLUMNS.map(({ key, label }) => (
              <div role="columnheader" key={key} aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
                <button type="button" className="sort-button" onClick={() => setSort({ key, descending: sort.key === key ? !sort.descending : key !== 'id' && key !== 'channel' })}>
                  {label}
                  {sort.key === key ? (sort.descending ? ' ▼' : ' ▲') : ''}
                </button>
              </div>
            ))}
            <div role="columnheader">Why</div>
          </div>
          <VirtualRows
            rows={rows}
            rowHeight={ROW_HEIGHT}
            height={400}
            label="Lead rows"
            onVisible={onVisible}
            renderRow={(lead) => {
              const identity = anonymise ? undefined : knownIdentity(datasetId, lead.row);
              return (
                <div
                  className={`lead-row${selected === lead.row ? ' lead-row-selected' : ''}`}
                  role="row"
                  data-testid="lead-row"
                  onClick={() => setSelected(lead.row)}
                >
                  <div role="cell" className="lead-id" title={identity?.email ?? ''}>
                    {identity?.externalId ?? `Lead ${lead.row + 1}`}
                    <span className="muted"> {identity?.company ?? ''}</span>
                  </div>
                  <div role="cell">{lead.channel}</div>
                  <div role="cell" className="num">{points(lead.score)}</div>
                  <div role="cell" className="num">{points(lead.baselineScore)}</div>
                  <div role="cell">{day(lead.mqlAt)}</div>
                  <div role="cell">{lead.outcome}</div>
                  <div role="cell" className="lead-why muted" title={summaries.get(lead.row)}>
                    {summaries.get(lead.row) ?? '…'}
                  </div>
                </div>
              );
            }}
          />
          {rows.length === 0 && <p className="panel-help empty">No lead {list === 'entering' ? 'enters' : 'leaves'} the MQL set{search ? ' that matches the search' : ''}.</p>}
        </div>
        {selected !== null && model && <WhyPanel row={selected} model={model} onClose={() => setSelected(null)} />}
      </div>
    </section>
  );
}
