// Copy of the targeted announcements (communication ciblée), French first.
import { defineLazyMessages } from '../shared/i18n.js';

const fr = {
  regionTitle: 'Annonces',
  'kind.information': 'Information',
  'kind.avertissement': 'Avertissement',
  'kind.alerte': 'Alerte',
  dismiss: 'Masquer le message',
  dismissFailed: 'Le message « {title} » n’a pas pu être masqué. Il est de nouveau affiché ; réessayez plus tard.',
  showAgainFailed: 'Le message « {title} » n’a pas pu être affiché de nouveau. Réessayez plus tard.',
  hiddenToggle: { one: 'Message masqué ({count})', other: 'Messages masqués ({count})' },
  showAgain: 'Afficher de nouveau',
  showMore: { one: 'Afficher l’annonce suivante', other: 'Afficher {count} annonces de plus ({left} restantes)' },
  unreadable: 'Cette annonce ne peut pas être affichée.',
  newAnnouncement: 'Nouvelle annonce : {kind}, {title}',
  newWindow: '(nouvelle fenêtre)',
  linkEnt: 'Article de l’ENT :',
  linkExternal: 'Site externe :',
  labelled: '{label} :',
  quoted: '« {text} »',
  attachments: 'Pièces jointes',
  attachmentType: 'Fichier {type}',
  published: 'Publié le {start}',
  publishedUntil: 'Publié le {start}, jusqu’au {end}',
  formTitle: 'Questionnaire',
  drawingUnavailable: 'Vos annonces n’ont pas pu être affichées. Vérifiez votre connexion puis rechargez la page.',
  required: '(obligatoire)',
  requiredNote: 'Les questions marquées « obligatoire » doivent être remplies.',
  submit: 'Envoyer ma réponse',
  submitting: 'Envoi…',
  'invalid.required': 'Répondez à cette question.',
  'invalid.requiredChoice': 'Choisissez une réponse.',
  'invalid.requiredChoices': 'Cochez au moins une réponse.',
  'invalid.tooLong': 'Votre réponse dépasse {max} caractères.',
  formErrors: { one: 'Votre réponse contient {count} erreur : corrigez-la puis envoyez de nouveau.', other: 'Votre réponse contient {count} erreurs : corrigez-les puis envoyez de nouveau.' },
  sendFailed: 'Votre réponse n’a pas pu être envoyée. Vos réponses sont conservées : réessayez.',
  answered: 'Merci, votre réponse a été enregistrée.',
  alreadyAnswered: 'Vous avez déjà répondu à ce questionnaire.',
  charactersLeft: { one: '{count} caractère restant', other: '{count} caractères restants' },
};

/** The French catalog's shape: `messages.en.ts` mirrors it. */
export type AnnouncementCatalog = typeof fr;

// English is loaded the first time it is asked for: French pages never download it.
export const announcementMessages = defineLazyMessages(fr, () => import('./messages.en.js'));


export type AnnouncementMessageKey = Parameters<typeof announcementMessages>[1];
