// The collège's news: rubriques (some with their blog enabled, some private, one archive
// without blog) and articles with illustrations served as local SVGs. Dates are relative to
// the world's anchor, so the feed always looks current; several articles were updated after
// publication and come back to the top of the feed.
import type { DataSet } from '../config.js';
import type { Illustration, Rubrique, TileSettings } from '../api.js';
import { addDays, addHours, startOfParisDay } from '../time.js';

/** Where the demo portal shows an article (demo/article.html), and all of them. */
export const articleUrl = (id: string): string => `/article.html?id=${encodeURIComponent(id)}`;
export const ALL_ARTICLES_URL = '/article.html';

export interface ArticleRec {
  id: string;
  title: string;
  summary: string;
  rubriqueId: string;
  publishedAt: Date;
  updatedAt: Date;
  illustration?: Illustration;
}

export interface TileRec {
  id: string;
  settings: TileSettings;
  updatedAt: Date;
}

export const RUBRIQUES: Rubrique[] = [
  { id: 'rub-vie-etablissement', name: 'Vie de l’établissement', blogEnabled: true, visibility: 'public' },
  { id: 'rub-cdi', name: 'CDI', blogEnabled: true, visibility: 'public' },
  { id: 'rub-orientation', name: 'Orientation', blogEnabled: true, visibility: 'public' },
  { id: 'rub-restauration', name: 'Restauration scolaire', blogEnabled: true, visibility: 'public' },
  { id: 'rub-as', name: 'Association sportive', blogEnabled: true, visibility: 'public' },
  { id: 'rub-vie-scolaire', name: 'Vie scolaire', blogEnabled: true, visibility: 'private' },
  { id: 'rub-salle-des-profs', name: 'Salle des professeurs', blogEnabled: true, visibility: 'private' },
  { id: 'rub-archives', name: 'Archives 2025-2026', blogEnabled: false, visibility: 'public' },
];

/** News illustrations: slug → caption and hue of the generated SVG. */
export const NEWS_IMAGES: Record<string, { caption: string; hue: number }> = {
  'portes-ouvertes': { caption: 'Portes ouvertes', hue: 210 },
  'musee-aquitaine': { caption: 'Musée d’Aquitaine', hue: 28 },
  'brevet-blanc': { caption: 'Brevet blanc', hue: 265 },
  'conseils-classe': { caption: 'Conseils de classe', hue: 200 },
  'menu-cantine': { caption: 'Au menu cette semaine', hue: 95 },
  'semaine-presse': { caption: 'Semaine de la presse', hue: 350 },
  'club-lecture': { caption: 'Club lecture', hue: 310 },
  incorruptibles: { caption: 'Prix des Incorruptibles', hue: 45 },
  'forum-metiers': { caption: 'Forum des métiers', hue: 180 },
  'stage-3e': { caption: 'Stage de 3e', hue: 160 },
  'visite-lycee': { caption: 'Visite du lycée', hue: 225 },
  cross: { caption: 'Cross du collège', hue: 130 },
  handball: { caption: 'Handball UNSS', hue: 15 },
  delegues: { caption: 'Élection des délégués', hue: 240 },
  'reunion-6e': { caption: 'Réunion parents-professeurs', hue: 195 },
  'voyage-espagne': { caption: 'Voyage en Espagne', hue: 40 },
  'collecte-solidaire': { caption: 'Collecte solidaire', hue: 0 },
  theatre: { caption: 'Atelier théâtre', hue: 285 },
  'formation-pix': { caption: 'Formation Pix', hue: 250 },
  'semaine-gout': { caption: 'Semaine du goût', hue: 75 },
  'concours-nouvelles': { caption: 'Concours de nouvelles', hue: 330 },
  'rentree': { caption: 'Rentrée', hue: 205 },
  'banner-college': { caption: 'Collège Jules-Ferry', hue: 212 },
};

function illustration(slug: string, alt: string, size: 'standard' | 'small' = 'standard', srcset = false): Illustration {
  const [width, height] = size === 'small' ? [400, 225] : [680, 383];
  const result: Illustration = { url: `/demo-assets/news/${slug}.svg`, alt, width, height };
  if (srcset) {
    result.srcset = [
      { url: `/demo-assets/news/${slug}.svg?w=340`, width: 340 },
      { url: `/demo-assets/news/${slug}.svg?w=680`, width: 680 },
      { url: `/demo-assets/news/${slug}.svg?w=1360`, width: 1360 },
    ];
  }
  return result;
}

interface ArticleSeed {
  title: string;
  summary: string;
  rubrique: string;
  /** Published that many days before the anchor, at that hour. */
  days: number;
  hour: number;
  /** Updated that many days after publication (hours allowed). */
  updatedAfter?: number;
  image?: Illustration;
}

const SEEDS: ArticleSeed[] = [
  { title: 'Menu de la cantine : la semaine du goût continue', summary: 'Velouté de potimarron, parmentier de canard et tarte aux pommes du Limousin : découvrez les menus de la semaine, préparés sur place avec des produits locaux.', rubrique: 'rub-restauration', days: 6, hour: 11, updatedAfter: 5.9, image: illustration('menu-cantine', 'Un plateau-repas avec une soupe, un plat et un fruit.', 'standard', true) },
  { title: 'Journée portes ouvertes le samedi matin', summary: 'Les futurs élèves de 6e et leurs familles sont attendus de 9 h à 12 h : visite des salles, rencontre avec les professeurs et démonstrations des ateliers.', rubrique: 'rub-vie-etablissement', days: 20, hour: 9, updatedAfter: 18.5, image: illustration('portes-ouvertes', 'Le hall du collège décoré pour accueillir les familles.', 'standard', true) },
  { title: 'Sortie au musée d’Aquitaine pour les 5e', summary: 'Les quatre classes de 5e ont découvert les collections médiévales du musée et préparé un carnet de visite qui servira en histoire et en français.', rubrique: 'rub-vie-etablissement', days: 3, hour: 17, image: illustration('musee-aquitaine', 'Des élèves devant une vitrine d’objets médiévaux.', 'standard', true) },
  { title: 'Résultats du brevet blanc : bravo aux 3e !', summary: 'La moyenne générale progresse de près d’un point par rapport à l’an dernier. Les copies corrigées sont rendues cette semaine, avec un bilan individuel.', rubrique: 'rub-vie-etablissement', days: 9, hour: 16, updatedAfter: 2, image: illustration('brevet-blanc', 'Des copies d’examen et un stylo sur une table.') },
  { title: 'Conseils de classe du premier trimestre : le calendrier', summary: 'Les conseils de classe se tiendront sur deux semaines. Les délégués sont invités à préparer la réunion avec le professeur principal.', rubrique: 'rub-vie-scolaire', days: 4, hour: 8, image: illustration('conseils-classe', 'Un calendrier avec des dates entourées.') },
  { title: 'Semaine de la presse et des médias au CDI', summary: 'Ateliers d’éducation aux médias, création d’une une de journal et rencontre avec une journaliste de la presse régionale : inscriptions au CDI.', rubrique: 'rub-cdi', days: 2, hour: 10, image: illustration('semaine-presse', 'Une pile de journaux et un micro.', 'standard', true) },
  { title: 'Le club lecture recrute !', summary: 'Chaque mardi à 13 h, le club lecture se réunit au CDI pour partager ses coups de cœur. Ouvert à tous les niveaux, sans inscription.', rubrique: 'rub-cdi', days: 15, hour: 12, image: illustration('club-lecture', 'Des livres empilés sur un fauteuil du CDI.') },
  { title: 'Prix des Incorruptibles : votez pour votre livre préféré', summary: 'Les élèves de 6e et de 5e ont jusqu’aux vacances pour lire la sélection et voter. Les livres sont disponibles au CDI et en version numérique.', rubrique: 'rub-cdi', days: 27, hour: 14, updatedAfter: 20, image: illustration('incorruptibles', 'La sélection des livres du prix posée sur une table.') },
  { title: 'Forum des métiers pour les élèves de 3e', summary: 'Une trentaine de professionnels présenteront leur métier au gymnase. Les élèves préparent leurs questions en cours d’orientation.', rubrique: 'rub-orientation', days: 11, hour: 9, image: illustration('forum-metiers', 'Des stands de présentation des métiers dans un gymnase.', 'standard', true) },
  { title: 'Stage d’observation de 3e : les démarches', summary: 'La convention de stage doit être signée par l’entreprise, la famille et le collège. Le modèle et la liste des entreprises partenaires sont en ligne.', rubrique: 'rub-orientation', days: 34, hour: 15, image: illustration('stage-3e', 'Une convention de stage et un badge d’entreprise.') },
  { title: 'Visite du lycée Condorcet pour les 3e', summary: 'Les élèves de 3e découvriront les enseignements de spécialité et les options du lycée de secteur lors d’une demi-journée d’immersion.', rubrique: 'rub-orientation', days: 45, hour: 10, image: illustration('visite-lycee', 'La façade du lycée Condorcet.') },
  { title: 'Cross du collège : les résultats', summary: 'Plus de quatre cents élèves ont couru au parc de la Béchade. Retrouvez le classement par niveau et les photos de la matinée.', rubrique: 'rub-as', days: 24, hour: 18, image: illustration('cross', 'Des élèves au départ de la course.', 'small') },
  { title: 'Tournoi de handball UNSS : nos benjamines qualifiées', summary: 'L’équipe benjamines de l’association sportive se qualifie pour la finale départementale. Rendez-vous mercredi au gymnase pour les encourager.', rubrique: 'rub-as', days: 8, hour: 19, image: illustration('handball', 'Une joueuse de handball en pleine action.') },
  { title: 'Élection des délégués de classe', summary: 'Les élections se déroulent en heure de vie de classe. Les délégués élus suivront une formation avec la conseillère principale d’éducation.', rubrique: 'rub-vie-scolaire', days: 52, hour: 9, image: illustration('delegues', 'Une urne et des bulletins de vote dans une salle de classe.') },
  { title: 'Rappel : usage du téléphone portable au collège', summary: 'Le téléphone reste éteint et rangé dans le sac dans l’enceinte du collège, sauf usage pédagogique encadré. Merci à tous de respecter le règlement intérieur.', rubrique: 'rub-vie-scolaire', days: 40, hour: 13, updatedAfter: 36 },
  { title: 'Réunion parents-professeurs des 6e', summary: 'Les familles des élèves de 6e rencontreront l’équipe pédagogique pour un premier bilan. Prise de rendez-vous en ligne à partir de lundi.', rubrique: 'rub-vie-etablissement', days: 13, hour: 18, image: illustration('reunion-6e', 'Une salle de classe préparée pour une réunion.') },
  { title: 'Fermeture exceptionnelle du secrétariat mercredi après-midi', summary: 'Le secrétariat sera fermé pour une formation. Pour toute urgence, contactez la vie scolaire.', rubrique: 'rub-vie-etablissement', days: 1, hour: 8 },
  { title: 'Voyage en Espagne des latinistes et hispanistes', summary: 'Quarante-deux élèves de 4e partiront à Tarragone au printemps. Réunion d’information pour les familles et calendrier des versements.', rubrique: 'rub-vie-etablissement', days: 30, hour: 17, image: illustration('voyage-espagne', 'L’amphithéâtre romain de Tarragone au bord de la mer.') },
  { title: 'Collecte solidaire pour les Restos du cœur', summary: 'Le conseil de la vie collégienne organise une collecte de denrées non périssables et de produits d’hygiène jusqu’aux vacances.', rubrique: 'rub-vie-etablissement', days: 5, hour: 12, image: illustration('collecte-solidaire', 'Des cartons de denrées alimentaires.') },
  { title: 'Atelier théâtre : représentation de fin de trimestre', summary: 'Les comédiens de l’atelier joueront des scènes de Molière et de Feydeau dans la salle polyvalente. Entrée libre dans la limite des places.', rubrique: 'rub-vie-etablissement', days: 17, hour: 16, image: illustration('theatre', 'Une scène de théâtre éclairée par un projecteur.') },
  { title: 'Formation Pix pour les enseignants', summary: 'Une formation d’une heure est proposée pour accompagner les élèves dans les parcours Pix. Inscription auprès du référent numérique.', rubrique: 'rub-salle-des-profs', days: 7, hour: 12, image: illustration('formation-pix', 'Un ordinateur portable affichant un parcours de compétences.') },
  { title: 'Ordre du jour du conseil pédagogique', summary: 'Projet d’établissement, devoirs faits et usage des manuels numériques : l’ordre du jour et les documents préparatoires sont disponibles.', rubrique: 'rub-salle-des-profs', days: 10, hour: 17, updatedAfter: 8 },
  { title: 'Semaine du goût à la cantine', summary: 'Chaque jour, une région à l’honneur : garbure, cassoulet, choucroute… et un atelier de dégustation animé par le chef.', rubrique: 'rub-restauration', days: 38, hour: 11, image: illustration('semaine-gout', 'Des assiettes de plats régionaux.') },
  { title: 'Concours de nouvelles du CDI : les lauréats', summary: 'Le jury a distingué trois nouvelles sur le thème « Un jour, la mer ». Les textes sont à lire au CDI et dans le recueil numérique.', rubrique: 'rub-cdi', days: 58, hour: 16, image: illustration('concours-nouvelles', 'Un recueil de nouvelles ouvert.') },
  { title: 'Rentrée : horaires et listes de fournitures', summary: 'Les horaires d’accueil des élèves le jour de la rentrée et les listes de fournitures par niveau.', rubrique: 'rub-archives', days: 86, hour: 10, image: illustration('rentree', 'Un cartable et des fournitures scolaires.') },
];

export function generateArticles(dataSet: DataSet, anchor: Date): ArticleRec[] {
  if (dataSet === 'empty') return [];
  const midnight = startOfParisDay(anchor);
  return SEEDS.map((seed, i) => {
    const publishedAt = new Date(Math.min(anchor.getTime() - 3_600_000 * (i + 1), addHours(addDays(midnight, -seed.days), seed.hour + (i % 4) * 0.25).getTime()));
    const updatedAt = seed.updatedAfter === undefined ? publishedAt : new Date(Math.min(anchor.getTime() - 60_000 * (i + 1), addDays(publishedAt, seed.updatedAfter).getTime()));
    const article: ArticleRec = { id: `art-${String(i + 1).padStart(2, '0')}`, title: seed.title, summary: seed.summary, rubriqueId: seed.rubrique, publishedAt, updatedAt };
    if (seed.image) article.illustration = seed.image;
    return article;
  });
}

export function generateTiles(dataSet: DataSet, anchor: Date): TileRec[] {
  const setUp = addDays(startOfParisDay(anchor), -60);
  return [
    {
      id: 'news-1',
      settings: {
        type: 'news',
        title: 'Actualités du collège',
        disabled: false,
        rubriques: ['rub-vie-etablissement', 'rub-cdi', 'rub-orientation', 'rub-restauration', 'rub-vie-scolaire'],
        limit: 5,
      },
      updatedAt: setUp,
    },
    {
      id: 'banner-1',
      settings: {
        type: 'banner',
        title: 'Bienvenue au Collège Jules-Ferry',
        disabled: false,
        image: { url: '/demo-assets/news/banner-college.svg', alt: 'La cour du Collège Jules-Ferry sous le soleil d’automne.', width: 2000, height: 453 },
        articleId: dataSet === 'empty' ? null : 'art-02',
      },
      updatedAt: setUp,
    },
  ];
}
