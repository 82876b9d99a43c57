// Copy of the home-page tiles, French first, then English.
import { defineLazyMessages } from '../shared/i18n.js';

const fr = {
  newsDefaultTitle: 'Actualités',
  allArticles: 'Toutes les actualités',
  published: 'Publié le {date}',
  updated: 'Mis à jour le {date}',
  feedUpdated: 'Les actualités ont été mises à jour.',
  unreadable: 'Cet article ne peut pas être affiché.',
  emptyTitle: 'Aucune actualité pour le moment',
  emptyDetail: 'Aucun article n’a encore été publié dans les rubriques choisies pour cette tuile. Les articles publiés dans leur blog apparaîtront ici.',
  emptyPublicDetail: 'Les articles de ces rubriques sont réservés aux utilisateurs connectés. Connectez-vous à l’ENT pour les lire.',
  noRubriqueTitle: 'Aucune rubrique choisie',
  noRubriqueDetail: 'Cette tuile n’est alimentée par aucune rubrique. Un administrateur peut en choisir dans les réglages de la page d’accueil.',
  forbiddenDetail: 'Vous n’avez pas accès à ces actualités.',
  playAnimation: 'Lire l’animation',
  pauseAnimation: 'Mettre l’animation en pause',
};

/** The French catalog's shape: `messages.en.ts` mirrors it. */
export type TileCatalog = typeof fr;

// English is loaded the first time it is asked for: French pages never download it.
export const tileMessages = defineLazyMessages(fr, () => import('./messages.en.js'));

