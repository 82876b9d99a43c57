// Copy shared by every widget's state views, in French first and English.
import { defineLazyMessages } from './i18n.js';

const fr = {
  loading: 'Chargement…',
  retry: 'Réessayer',
  errorTitle: 'Le chargement a échoué',
  'error.offline': 'Vous semblez hors ligne. Vérifiez votre connexion puis réessayez.',
  'error.network': 'Le service ne répond pas. Vérifiez votre connexion puis réessayez.',
  'error.aborted': 'La demande a été interrompue.',
  'error.unauthorized': 'Votre session a expiré. Reconnectez-vous à votre ENT.',
  'error.forbidden': 'Vous n’avez pas accès à ce contenu.',
  'error.not-found': 'Ce contenu est introuvable. Il a peut-être été supprimé.',
  'error.conflict': 'Ce contenu a changé entre-temps. Rechargez puis réessayez.',
  'error.invalid': 'Certaines informations ne sont pas valides.',
  'error.too-large': 'Le fichier est trop volumineux.',
  'error.unsupported-type': 'Ce type de fichier n’est pas accepté.',
  'error.rate-limited': 'Trop de demandes en peu de temps. Patientez un instant puis réessayez.',
  'error.server': 'Le service rencontre un problème. Réessayez dans quelques instants.',
  'error.malformed': 'Le service a renvoyé une réponse illisible. Réessayez dans quelques instants.',
  'error.gar': 'Le GAR (Gestionnaire d’accès aux ressources) a signalé une erreur : {message}',
  staleNotice: 'Connexion impossible : voici la dernière version enregistrée ({date}).',
  forbiddenTitle: 'Accès refusé',
  signedOutTitle: 'Vous n’êtes pas connecté',
  signedOut: 'Connectez-vous à votre ENT pour voir ce contenu.',
  close: 'Fermer',
};

/** The French catalog's shape: `messages.en.ts` mirrors it. */
export type SharedCatalog = typeof fr;

// English is loaded the first time it is asked for: French pages never download it.
export const sharedMessages = defineLazyMessages(fr, () => import('./messages.en.js'));

