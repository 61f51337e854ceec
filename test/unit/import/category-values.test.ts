import { describe, expect, it } from 'vitest';
import type { ActivityRecord as StoreActivity, LeadRecord as StoreLead } from '../../../electron/store/datasets';
import { SAMPLE_VALUES } from '../../../shared/model/default-model';
import { activityTypeValue, categoryValue, companySizeValue } from '../../../shared/import/category-values';
import { emailDomainType, normaliseEmail } from '../../../shared/import/email';
import { fieldsFor, missingFields } from '../../../shared/import/fields';
import type { ActivityRecord, LeadRecord } from '../../../shared/import/records';

// Compile-time: the records an import produces are exactly what the store takes.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const leadShape: Same<LeadRecord, StoreLead> = true;
const activityShape: Same<ActivityRecord, StoreActivity> = true;

describe('records', () => {
  it('are shaped like the store’s', () => {
    expect([leadShape, activityShape]).toEqual([true, true]);
  });
});

describe('companySizeValue', () => {
  it('groups employee counts into the sample’s size bands', () => {
    const cases: [string, string][] = [
      ['1', '1-10'], ['10', '1-10'], ['11', '11-50'], ['150', '51-200'], ['200', '51-200'], ['250', '201-1000'],
      ['1,200', '1001-5000'], ['1.200', '1001-5000'], ['5000', '1001-5000'], ['5001', '5000+'], ['120000', '5000+'],
    ];
    for (const [cell, band] of cases) expect(companySizeValue(cell), cell).toBe(band);
    for (const band of new Set(cases.map(([, b]) => b))) expect(SAMPLE_VALUES.companySize).toContain(band);
  });

  it('tidies bands and keeps other text as written', () => {
    expect(companySizeValue('51 - 200')).toBe('51-200');
    expect(companySizeValue('1,001–5,000')).toBe('1001-5000');
    expect(companySizeValue('5,000+')).toBe('5000+');
    expect(companySizeValue('Enterprise')).toBe('Enterprise');
    expect(companySizeValue('0')).toBe('0');
  });
});

describe('email', () => {
  it('normalises addresses and refuses what is not one', () => {
    expect(normaliseEmail(' Ana@Norvane.IO ')).toBe('ana@norvane.io');
    expect(normaliseEmail('Ana Lima <ana@norvane.io>')).toBe('ana@norvane.io');
    expect(normaliseEmail('MAILTO:Ana@Norvane.io')).toBe('ana@norvane.io');
    expect(normaliseEmail('Ana <mailto:ana@norvane.io>')).toBe('ana@norvane.io');
    expect(normaliseEmail('mailto:ana@norvane.io')).toBe('ana@norvane.io');
    for (const text of ['eve(at)kestrel.io', 'ana@', '@x.io', 'ana@localhost', 'a b@x.io', '']) expect(normaliseEmail(text), text).toBeNull();
  });

  it('tells company, free-mail and education addresses apart, in the sample’s words', () => {
    expect(emailDomainType('ana@norvane.io')).toBe('Company');
    expect(emailDomainType('bo@gmail.com')).toBe('Free mail');
    expect(emailDomainType('ben@gmx.de')).toBe('Free mail');
    expect(emailDomainType('dev@acme.edu')).toBe('Education');
    expect(emailDomainType('sam@cs.ox.ac.uk')).toBe('Education');
    for (const value of ['Company', 'Free mail', 'Education']) expect(SAMPLE_VALUES.emailDomainType).toContain(value);
  });
});

describe('categoryValue and activityTypeValue', () => {
  it('shows HubSpot internal picklist names as labels', () => {
    expect(categoryValue('ORGANIC_SEARCH')).toBe('Organic Search');
    expect(categoryValue('PAID_SOCIAL')).toBe('Paid Social');
    expect(categoryValue('Organic Search')).toBe('Organic Search');
    expect(categoryValue('ABM')).toBe('ABM');
  });

  it('names known activity types by their catalogue key and keeps others', () => {
    expect(activityTypeValue('Email Opened')).toBe('email_open');
    expect(activityTypeValue('Open Email')).toBe('email_open');
    expect(activityTypeValue('Click Email')).toBe('email_click');
    expect(activityTypeValue('Visit Webpage')).toBe('web_visit');
    expect(activityTypeValue('Pricing-page visit')).toBe('pricing_page');
    expect(activityTypeValue('webinar_registration')).toBe('webinar_registration');
    expect(activityTypeValue('Request a Demo')).toBe('demo_request');
    expect(activityTypeValue('Chat Question')).toBe('Chat Question');
  });
});

describe('fields', () => {
  it('lists the target fields of each kind', () => {
    expect(fieldsFor('leads').filter((f) => f.required).map((f) => f.key)).toEqual(['externalId', 'createdAt']);
    expect(fieldsFor('leads').map((f) => f.key)).toEqual([
      'externalId', 'email', 'company', 'createdAt', 'channel', 'campaign',
      'industry', 'companySize', 'country', 'jobRole', 'seniority', 'emailDomainType', 'accountTier',
      'lifecycleStage', 'converted', 'mqlAt', 'workedAt', 'sqlAt', 'opportunityAt', 'won', 'dealValue',
    ]);
    expect(fieldsFor('activities').map((f) => [f.key, f.type])).toEqual([
      ['leadId', 'text'], ['email', 'text'], ['type', 'category'], ['timestamp', 'date'],
    ]);
    expect(fieldsFor('outcomes').map((f) => f.key).slice(0, 3)).toEqual(['leadId', 'email', 'lifecycleStage']);
  });

  it('asks for a lead id or an email in activities and outcomes files, either one', () => {
    expect(missingFields({ leadId: null, email: null, type: 0, timestamp: 1 }, 'activities')).toEqual(['Lead ID or Email']);
    expect(missingFields({ leadId: null, email: 2, type: 0, timestamp: 1 }, 'activities')).toEqual([]);
    expect(missingFields({ leadId: 0 }, 'outcomes')).toEqual([]);
  });
});
