import type { FitAttributeKey } from '../model/catalog';
import { hash32, Random, streamSeed } from './random';

/**
 * Plausible but invented people, companies and universities. Company names are built from
 * syllables so they look real ("Norvane Systems") without naming real firms.
 */
const PREFIXES = [
  'Nor', 'Vel', 'Quin', 'Ar', 'Bel', 'Cor', 'Dal', 'Ever', 'Fen', 'Gal', 'Hal', 'Ist', 'Jun', 'Kel',
  'Lum', 'Mar', 'Nex', 'Ol', 'Pra', 'Riv', 'Sol', 'Tor', 'Ul', 'Ver', 'Wes', 'Zen', 'Alt', 'Cas',
  'Dra', 'Bright',
];
const MIDDLES = ['va', 'ro', 'ti', 'an', 'el', 'i', 'o', 'a', 'en', 'is'];
const ENDS = [
  'ne', 'ra', 'tis', 'lo', 'ta', 'x', 'vo', 'dian', 'mark', 'gate', 'line', 'field', 'wick', 'port',
  'sys', 'ly',
];

const INDUSTRY_SUFFIXES: Record<string, readonly string[]> = {
  Software: ['Systems', 'Software', 'Labs', 'Technologies', 'Cloud', 'Analytics'],
  'Financial Services': ['Capital', 'Financial', 'Bank', 'Insurance', 'Asset Management'],
  Healthcare: ['Health', 'Medical', 'Care', 'Biotech', 'Clinics'],
  Manufacturing: ['Industries', 'Manufacturing', 'Components', 'Works', 'Engineering'],
  Retail: ['Retail', 'Stores', 'Brands', 'Goods', 'Outfitters'],
  Education: ['Academy', 'Learning', 'Institute', 'Schools'],
  'Professional Services': ['Consulting', 'Advisors', 'Partners', 'Group', 'Legal'],
  Media: ['Media', 'Studios', 'Publishing', 'Broadcasting'],
  Government: ['County Council', 'City Council', 'Agency', 'Authority'],
  Other: ['Group', 'Holdings', 'Co', 'Enterprises', 'Logistics'],
};

const LEGAL_SUFFIX: Record<string, string> = {
  'United States': ', Inc.',
  Canada: ', Inc.',
  'United Kingdom': ' Ltd',
  Germany: ' GmbH',
  France: ' SAS',
  Netherlands: ' B.V.',
  Australia: ' Pty Ltd',
  India: ' Pvt Ltd',
  Brazil: ' Ltda.',
};

const COMPANY_TLD: Record<string, string> = {
  'United States': '.com',
  'United Kingdom': '.co.uk',
  Germany: '.de',
  France: '.fr',
  Netherlands: '.nl',
  Canada: '.ca',
  Australia: '.com.au',
  India: '.in',
  Brazil: '.com.br',
  Other: '.com',
};

const UNIVERSITY_TLD: Record<string, string> = {
  'United States': '.edu',
  'United Kingdom': '.ac.uk',
  Germany: '.de',
  France: '.fr',
  Netherlands: '.nl',
  Canada: '.ca',
  Australia: '.edu.au',
  India: '.ac.in',
  Brazil: '.edu.br',
  Other: '.edu',
};

const FIRST_NAMES = [
  'James', 'Mary', 'Robert', 'Patricia', 'John', 'Jennifer', 'Michael', 'Linda', 'David', 'Elena',
  'William', 'Sarah', 'Daniel', 'Aisha', 'Thomas', 'Priya', 'Lukas', 'Sophie', 'Pierre', 'Camille',
  'Jan', 'Anouk', 'Rahul', 'Ananya', 'Lucas', 'Beatriz', 'Oliver', 'Amelia', 'Noah', 'Chloe',
  'Mateo', 'Hannah', 'Arjun', 'Mia', 'Felix', 'Grace', 'Liam', 'Zoe', 'Ethan', 'Nora',
];
const LAST_NAMES = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Wilson', 'Taylor',
  'Anderson', 'Thomas', 'Moore', 'Martin', 'Lee', "O'Connor", 'Walker', 'Young', 'King', 'Wright',
  'Schmidt', 'Fischer', 'Weber', 'Dubois', 'Laurent', 'de Vries', 'Jansen', 'Patel', 'Sharma', 'Gupta',
  'Silva', 'Santos', 'Oliveira', 'Campbell', 'Evans', 'Murphy', 'Kelly', 'Nguyen', 'Chen', 'Novak',
];

const FREE_MAIL = ['gmail.com', 'outlook.com', 'yahoo.com', 'hotmail.com', 'icloud.com'];
const FREE_MAIL_WEIGHTS = [55, 18, 10, 8, 5];
const LOCAL_FREE_MAIL: Record<string, string> = { Germany: 'gmx.de', France: 'orange.fr', Brazil: 'uol.com.br' };

/** Named-account pools: many leads come from the same Tier 1 and Tier 2 companies. */
const POOL_SIZE: Record<string, number> = { 'Tier 1': 15, 'Tier 2': 40 };

function syllableName(rng: Random): string {
  return rng.pick(PREFIXES) + rng.pick(MIDDLES) + rng.pick(ENDS);
}

/** FNV-1a, to turn an account's slot into a seed. */
function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return hash32(h);
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z]/g, '');
}

function universityFor(rng: Random, country: string): { company: string; domain: string } {
  const place = syllableName(rng);
  const style = rng.int(0, 2);
  const company =
    style === 0 ? `University of ${place}` : style === 1 ? `${place} University` : `${place} Institute of Technology`;
  return { company, domain: slug(place) + (UNIVERSITY_TLD[country] ?? '.edu') };
}

export function companyFor(
  rng: Random,
  seed: number,
  fit: Readonly<Record<FitAttributeKey, string>>,
): { company: string; domain: string } {
  // Students and university staff sign up with their university's address.
  if (fit.jobRole === 'Student' || fit.emailDomainType === 'Education') return universityFor(rng, fit.country);
  const pool = POOL_SIZE[fit.accountTier];
  // A pooled account's name depends only on its slot, so every lead from it agrees.
  const own = pool
    ? new Random(streamSeed(seed, hashString(`${fit.accountTier}|${fit.industry}|${rng.int(0, pool - 1)}`)))
    : rng;
  const base = syllableName(own);
  const suffix = own.pick(INDUSTRY_SUFFIXES[fit.industry] ?? INDUSTRY_SUFFIXES.Other);
  const legal = own.chance(0.25) ? (LEGAL_SUFFIX[fit.country] ?? '') : '';
  const tld = fit.industry === 'Software' && own.chance(0.3) ? '.io' : (COMPANY_TLD[fit.country] ?? '.com');
  return { company: `${base} ${suffix}${legal}`, domain: slug(base) + (pool ? '.com' : tld) };
}

export function emailFor(rng: Random, fit: Readonly<Record<FitAttributeKey, string>>, companyDomain: string): string {
  const first = slug(rng.pick(FIRST_NAMES));
  const last = slug(rng.pick(LAST_NAMES));
  if (fit.emailDomainType === 'Free mail') {
    const local = LOCAL_FREE_MAIL[fit.country];
    const domain = local && rng.chance(0.35) ? local : rng.weightedPick(FREE_MAIL, FREE_MAIL_WEIGHTS);
    const style = rng.int(0, 3);
    if (style === 0) return `${first}.${last}@${domain}`;
    if (style === 1) return `${first}.${last}${rng.int(1, 99)}@${domain}`;
    if (style === 2) return `${first}${last}${rng.int(1965, 2004)}@${domain}`;
    return `${first[0]}${last}${rng.int(10, 999)}@${domain}`;
  }
  const style = rng.pickIndex([60, 20, 10, 10]);
  const local = style === 0 ? `${first}.${last}` : style === 1 ? `${first[0]}${last}` : style === 2 ? first : `${first}${last[0]}`;
  return `${local}@${companyDomain}`;
}
