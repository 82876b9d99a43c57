// Copy of <gar-mediacentre>'s details dialog, French first: it comes with the dialog's chunk
// (details.ts), loaded the first time details are opened; the rest is in messages.ts.
import type { Locale } from '../shared/i18n.js';

const fr = {
  publisher: 'Éditeur',
  pedagogicalTypes: 'Types pédagogiques',
  documentTypes: 'Typologie',
  distributor: 'Distributeur technique',
  validator: 'Validateur technique',
  ark: 'Identifiant (ARK)',
  access: 'Accès',
  open: 'Ouvrir la ressource',
  notSpecified: 'Non renseigné',
  familyBadge: 'Famille de ressources',
  technical: 'Informations techniques',
};

const en: Record<keyof typeof fr, string> = {
  publisher: 'Publisher',
  pedagogicalTypes: 'Learning resource types',
  documentTypes: 'Document types',
  distributor: 'Technical distributor',
  validator: 'Technical validator',
  ark: 'Identifier (ARK)',
  access: 'Access',
  open: 'Open the resource',
  notSpecified: 'Not specified',
  familyBadge: 'Resource family',
  technical: 'Technical information',
};

/** Plain strings: no placeholder, no plural. */
export const detailsMessages = (locale: Locale, key: keyof typeof fr): string => (locale === 'en' ? en : fr)[key];
