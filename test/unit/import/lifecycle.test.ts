import { describe, expect, it } from 'vitest';
import { parseLifecycle, stageReached, type LifecycleValue } from '../../../shared/import/lifecycle';

const v = (stage: LifecycleValue['stage'], worked: boolean): LifecycleValue => ({ stage, worked });

describe('parseLifecycle', () => {
  it('maps HubSpot lifecycle stages by display and internal name', () => {
    const cases: [string, LifecycleValue][] = [
      ['Subscriber', v('lead', false)],
      ['Lead', v('lead', false)],
      ['Marketing Qualified Lead', v('mql', false)],
      ['marketingqualifiedlead', v('mql', false)],
      ['Sales Qualified Lead', v('sql', true)],
      ['salesqualifiedlead', v('sql', true)],
      ['Opportunity', v('opportunity', true)],
      ['Customer', v('customer', true)],
      ['Evangelist', v('customer', true)],
      ['Other', v('other', false)],
    ];
    for (const [text, expected] of cases) expect(parseLifecycle(text), text).toEqual(expected);
  });

  it('maps HubSpot lead statuses', () => {
    expect(parseLifecycle('New')).toEqual(v('lead', false));
    expect(parseLifecycle('Attempted to Contact')).toEqual(v('lead', true));
    expect(parseLifecycle('Connected')).toEqual(v('lead', true));
    expect(parseLifecycle('Open Deal')).toEqual(v('opportunity', true));
    expect(parseLifecycle('Unqualified')).toEqual(v('lost', true));
    expect(parseLifecycle('Bad Timing')).toEqual(v('lost', true));
  });

  it('maps Salesforce lead statuses', () => {
    expect(parseLifecycle('Open - Not Contacted')).toEqual(v('lead', false));
    expect(parseLifecycle('Working - Contacted')).toEqual(v('lead', true));
    expect(parseLifecycle('Closed - Converted')).toEqual(v('sql', true));
    expect(parseLifecycle('Closed - Not Converted')).toEqual(v('lost', true));
    expect(parseLifecycle('Qualified')).toEqual(v('sql', true));
    expect(parseLifecycle('Unqualified')).toEqual(v('lost', true));
    expect(parseLifecycle('Nurturing')).toEqual(v('lead', false));
    expect(parseLifecycle('Recycled')).toEqual(v('lead', true));
  });

  it('maps Marketo revenue stages and statuses', () => {
    expect(parseLifecycle('Known')).toEqual(v('lead', false));
    expect(parseLifecycle('Engaged')).toEqual(v('lead', false));
    expect(parseLifecycle('MQL')).toEqual(v('mql', false));
    expect(parseLifecycle('Marketing Qualified')).toEqual(v('mql', false));
    expect(parseLifecycle('SAL')).toEqual(v('mql', true));
    expect(parseLifecycle('Sales Accepted')).toEqual(v('mql', true));
    expect(parseLifecycle('SQL')).toEqual(v('sql', true));
    expect(parseLifecycle('SQO')).toEqual(v('opportunity', true));
    expect(parseLifecycle('Disqualified')).toEqual(v('lost', true));
  });

  it('maps Pipedrive deal statuses, where "open" is an open deal', () => {
    expect(parseLifecycle('won', 'pipedrive')).toEqual(v('customer', true));
    expect(parseLifecycle('lost', 'pipedrive')).toEqual(v('lost', true));
    expect(parseLifecycle('open', 'pipedrive')).toEqual(v('opportunity', true));
    expect(parseLifecycle('Open')).toEqual(v('lead', false));
    expect(parseLifecycle('Proposal Made', 'pipedrive')).toEqual(v('opportunity', true));
  });

  it('returns null for empty and unknown values', () => {
    expect(parseLifecycle('')).toBeNull();
    expect(parseLifecycle('Zombie')).toBeNull();
  });
});

describe('stageReached', () => {
  it('passes later steps but says MQL only for the MQL stage', () => {
    expect(stageReached('customer', 'sql')).toBe(true);
    expect(stageReached('customer', 'mql')).toBe(false);
    expect(stageReached('mql', 'mql')).toBe(true);
    expect(stageReached('lost', 'sql')).toBe(false);
    expect(stageReached('opportunity', 'customer')).toBe(false);
    expect(stageReached(null, 'sql')).toBe(false);
  });
});
