// Copy of <gar-mediacentre>, French first.
import { defineLazyMessages } from '../shared/i18n.js';

const fr = {
  title: 'Mon médiacentre',
  establishment: 'Établissement',
  allEstablishments: 'Tous mes établissements',
  establishmentFailed: 'Les ressources de {name} n’ont pas pu être chargées : {message}',
  search: 'Rechercher une ressource',
  searchHint: 'Titre, éditeur, discipline ou niveau',
  filters: 'Filtrer et trier',
  filtersToggle: { zero: 'Filtres et tri', one: 'Filtres et tri ({count} actif)', other: 'Filtres et tri ({count} actifs)' },
  'facet.type': 'Type',
  'facet.discipline': 'Discipline',
  'facet.level': 'Niveau',
  'facet.publisher': 'Éditeur',
  'facetAll.type': 'Tous les types',
  'facetAll.discipline': 'Toutes les disciplines',
  'facetAll.level': 'Tous les niveaux',
  'facetAll.publisher': 'Tous les éditeurs',
  optionWithCount: '{label} ({count})',
  sort: 'Trier par',
  'sort.title': 'Titre',
  'sort.publisher': 'Éditeur',
  show: 'Afficher',
  allResources: 'Toutes mes ressources',
  favoritesOnly: { zero: 'Mes favoris (aucun)', one: 'Mes favoris ({count})', other: 'Mes favoris ({count})' },
  display: 'Présentation',
  grid: 'Grille',
  list: 'Liste',
  clear: 'Effacer les filtres',
  results: { zero: 'Aucune ressource', one: '{count} ressource', other: '{count} ressources' },
  resultsOf: { one: '{count} ressource sur {total}', other: '{count} ressources sur {total}' },
  listLabel: 'Ressources',
  favoritesSection: 'Mes favoris en premier',
  favorite: 'Favori : {title}',
  favoriteAdded: '« {title} » a été ajouté à vos favoris.',
  favoriteRemoved: '« {title} » a été retiré de vos favoris.',
  favoriteAddFailed: 'Impossible d’ajouter « {title} » à vos favoris : {message}',
  favoriteRemoveFailed: 'Impossible de retirer « {title} » de vos favoris : {message}',
  favoritesUnavailable: 'Vos favoris n’ont pas pu être chargés ; vos ressources restent accessibles.',
  dismiss: 'Masquer le message',
  type: 'Type',
  levels: 'Niveaux',
  disciplines: 'Disciplines',
  establishments: 'Établissements',
  garBadge: 'GAR',
  newTab: '(nouvel onglet)',
  unreadable: 'Cette ressource ne peut pas être affichée.',
  noLink: 'Lien d’accès indisponible',
  details: 'Détails',
  family: { one: 'Afficher le manuel de la famille', other: 'Afficher les {count} manuels de la famille' },
  familyHide: { one: 'Masquer le manuel de la famille', other: 'Masquer les {count} manuels de la famille' },
  familyOf: 'Famille « {title} »',
  more: 'Afficher plus de ressources',
  moreCount: '({shown} affichées sur {total})',
  emptyTitle: 'Aucune ressource ne vous est encore attribuée',
  emptyDetail:
    'Les ressources numériques sont attribuées dans le GAR par le responsable d’affectation de votre établissement (souvent le professeur documentaliste). Une ressource commandée apparaît ici le lendemain de la commande.',
  noMatchTitle: 'Aucune ressource ne correspond à votre recherche',
  noMatchDetail: 'Essayez un autre mot ou effacez les filtres.',
  noFavoritesTitle: 'Vous n’avez pas encore de favori',
  noFavoritesDetail: 'Utilisez le bouton étoile d’une ressource pour la retrouver ici et en tête de liste.',
  manage: 'Gérer les affectations',
};

/** The French catalog's shape: `messages.en.ts` mirrors it. */
export type MediacentreCatalog = typeof fr;

// English is loaded the first time it is asked for: French pages never download it.
export const mediacentreMessages = defineLazyMessages(fr, () => import('./messages.en.js'));


/** The element's translate function, bound to its current locale. */
export type MediacentreText = (key: keyof MediacentreCatalog & string, params?: Record<string, string | number>) => string;
