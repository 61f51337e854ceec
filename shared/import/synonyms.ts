import type { ImportKind } from './fields';
import type { ColumnNames } from './presets';

/**
 * Names people give columns in home-made spreadsheets, in English and the languages of the
 * European exports MQL Lab sees most. They are compared after normalising (see nameTokens), so
 * case, accents, punctuation and words like "date" or "of" do not matter.
 */
const EMAIL = ['email', 'e-mail', 'email address', 'mail', 'e-mail-adresse', 'courriel', 'correo'];

const OUTCOMES: ColumnNames = {
  lifecycleStage: ['lifecycle stage', 'lifecycle', 'stage', 'status', 'lead status', 'funnel stage', 'phase', 'statut', 'estado'],
  converted: ['converted', 'is converted', 'konvertiert', 'converti'],
  mqlAt: ['mql', 'mql date', 'became mql', 'date became mql', 'marketing qualified', 'marketing qualified date', 'mql am'],
  workedAt: [
    'first sales touch', 'first touch', 'first contacted', 'first contact', 'worked', 'worked date',
    'sales accepted', 'sal', 'first call', 'erstkontakt',
  ],
  sqlAt: ['sql', 'sql date', 'became sql', 'sales qualified', 'sales qualified date', 'qualified date', 'sql am'],
  opportunityAt: ['opportunity', 'opportunity date', 'opp date', 'became opportunity', 'opportunity created', 'deal created'],
  won: ['won', 'closed won', 'is won', 'gewonnen', 'gagne', 'ganado'],
  dealValue: [
    'deal value', 'amount', 'value', 'deal amount', 'deal size', 'revenue', 'acv', 'arr', 'contract value',
    'betrag', 'umsatz', 'auftragswert', 'montant', 'valeur', 'importe',
  ],
};

const LEADS: ColumnNames = {
  externalId: ['id', 'lead id', 'record id', 'contact id', 'person id', 'customer id', 'lead key', 'uid'],
  email: EMAIL,
  company: [
    'company', 'company name', 'organisation', 'organization', 'account', 'account name',
    'firma', 'unternehmen', 'entreprise', 'societe', 'empresa', 'bedrijf',
  ],
  createdAt: [
    'created', 'created at', 'create date', 'creation date', 'signup', 'sign up', 'signed up',
    'registered', 'registration date', 'date added', 'added', 'lead date', 'erstellt', 'erstellt am',
    'erstelldatum', 'anlagedatum', 'date de creation', 'fecha de creacion', 'aangemaakt',
  ],
  channel: [
    'channel', 'source', 'lead source', 'src', 'utm source', 'utm medium', 'medium', 'origin',
    'acquisition channel', 'traffic source', 'quelle', 'kanal', 'herkunft', 'canal', 'origine', 'bron',
  ],
  campaign: ['campaign', 'campaign name', 'utm campaign', 'kampagne', 'campagne', 'campana', 'program'],
  industry: ['industry', 'sector', 'vertical', 'branche', 'industrie', 'secteur', 'industria'],
  companySize: [
    'company size', 'size', 'employees', 'employee count', 'headcount', 'company size employees',
    'mitarbeiter', 'anzahl mitarbeiter', 'unternehmensgrosse', 'effectif', 'taille entreprise', 'empleados',
  ],
  country: ['country', 'country region', 'nation', 'land', 'pays', 'pais', 'country name'],
  jobRole: ['role', 'job role', 'function', 'job function', 'department', 'persona', 'funktion', 'abteilung', 'fonction', 'rol'],
  seniority: ['seniority', 'level', 'job level', 'management level', 'hierarchy', 'hierarchie', 'ebene', 'niveau'],
  emailDomainType: ['email domain type', 'email type', 'domain type', 'email domain'],
  accountTier: ['tier', 'account tier', 'abm tier', 'target account tier', 'icp tier', 'priority tier'],
  ...OUTCOMES,
};

const ACTIVITIES: ColumnNames = {
  leadId: ['lead id', 'lead', 'contact id', 'record id', 'person id', 'id', 'lead key'],
  email: EMAIL,
  type: ['activity type', 'type', 'event', 'event type', 'activity', 'action', 'event name', 'aktivitat', 'typ', 'art'],
  timestamp: [
    'timestamp', 'date', 'time', 'datetime', 'occurred at', 'activity date', 'event date', 'event time',
    'when', 'datum', 'zeitpunkt', 'zeitstempel', 'horodatage', 'fecha',
  ],
};

const OUTCOME_FILE: ColumnNames = { leadId: ACTIVITIES.leadId, email: EMAIL, ...OUTCOMES };

export function genericNames(kind: ImportKind): ColumnNames {
  return kind === 'leads' ? LEADS : kind === 'activities' ? ACTIVITIES : OUTCOME_FILE;
}
