const ADDRESS = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[a-z]{2,}$/;
const ANGLE = /<([^<>]+)>\s*$/;

/**
 * Addresses that belong to a person rather than a company. A short list of the big providers is
 * enough: the attribute separates "company address" from "someone's private mailbox".
 */
const FREE_MAIL = new Set([
  'gmail.com', 'googlemail.com', 'yahoo.com', 'yahoo.co.uk', 'yahoo.fr', 'yahoo.de', 'ymail.com',
  'hotmail.com', 'hotmail.co.uk', 'hotmail.fr', 'hotmail.de', 'outlook.com', 'outlook.de', 'live.com',
  'msn.com', 'aol.com', 'icloud.com', 'me.com', 'mac.com', 'proton.me', 'protonmail.com', 'gmx.de',
  'gmx.net', 'gmx.at', 'gmx.ch', 'web.de', 't-online.de', 'freenet.de', 'orange.fr', 'free.fr',
  'laposte.net', 'wanadoo.fr', 'sfr.fr', 'libero.it', 'virgilio.it', 'tiscali.it', 'ziggo.nl',
  'kpnmail.nl', 'mail.ru', 'yandex.ru', 'yandex.com', 'qq.com', '163.com', '126.com', 'zoho.com',
  'mail.com', 'fastmail.com', 'bluewin.ch', 'seznam.cz', 'wp.pl', 'o2.pl', 'interia.pl', 'uol.com.br',
  'bol.com.br', 'terra.com.br', 'rediffmail.com',
]);
const EDUCATION = /\.(?:edu|ac\.[a-z]{2}|edu\.[a-z]{2})$/;

/**
 * The address in lower case (addresses are matched without case), or null when the cell holds
 * none. "Ana Lima <ana@x.io>" yields the address inside the brackets.
 */
export function normaliseEmail(cell: string): string | null {
  let value = cell.trim();
  // Most cells are a bare address: no bracket to look for, and one lower-casing.
  const angle = value.indexOf('<') < 0 ? null : ANGLE.exec(value);
  if (angle) value = angle[1].trim();
  value = value.toLowerCase();
  if (value.startsWith('mailto:')) value = value.slice(7);
  return ADDRESS.test(value) ? value : null;
}

/** The sample vocabulary's email domain types, worked out from an address. */
export function emailDomainType(email: string): 'Company' | 'Free mail' | 'Education' {
  const domain = email.slice(email.lastIndexOf('@') + 1);
  if (FREE_MAIL.has(domain)) return 'Free mail';
  return EDUCATION.test(domain) ? 'Education' : 'Company';
}
