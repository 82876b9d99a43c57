// What each establishment bought: GAR resources (with their publishers, ScoLOMFR terms and
// thumbnails) and the subscriptions (abonnements) that give access to them, with the rules by
// which the seed assigned them at the rentrée. Publisher and product names are invented, in
// the style of the French school market (manuels, dictionnaires, encyclopédie, vidéos, Pix,
// presse, bibliothèques numériques).
import type { DataSet } from '../config.js';
import type { GarTerm, Public } from '../api.js';
import { random, type Random } from '../random.js';
import { addDays, addHours, dateParis, schoolYearStart, startOfParisDay } from '../time.js';
import { COLLEGE } from './users.js';
import { DISCIPLINES, DOCUMENT_TYPES, LEVELS, PEDAGOGY, type PresentationCode } from './vocabulary.js';

export interface Publisher {
  id: string;
  name: string;
}

const P = {
  belvedere: { id: 'ark:/86527/e.belvedere', name: 'Éditions Belvédère' },
  nataris: { id: 'ark:/86527/e.nataris', name: 'Nataris Éducation' },
  hautier: { id: 'ark:/86527/e.hautier', name: 'Éditions Hautier' },
  bordage: { id: 'ark:/86527/e.bordage', name: 'Bordage Éducation' },
  magnolia: { id: 'ark:/86527/e.magnolia', name: 'Magnolia Éditions' },
  manuelLibre: { id: 'ark:/86527/e.manuel-libre', name: 'LeManuelLibre' },
  roseau: { id: 'ark:/86527/e.roseau', name: 'Dictionnaires Le Roseau' },
  universalia: { id: 'ark:/86527/e.universalia', name: 'Encyclopædia Universalia' },
  cortexpop: { id: 'ark:/86527/e.cortexpop', name: 'CortexPop Éducation' },
  pix: { id: 'ark:/86527/e.pix', name: 'GIP Pix' },
  eurokiosque: { id: 'ark:/86527/e.eurokiosque', name: 'EuroKiosque' },
  cns: { id: 'ark:/86527/e.cns', name: 'CNS – Canal Numérique des Savoirs' },
  lireEnLigne: { id: 'ark:/86527/e.lire-en-ligne', name: 'Lire en ligne' },
  cartolab: { id: 'ark:/86527/e.cartolab', name: 'Cartolab' },
  avenirs: { id: 'ark:/86527/e.avenirs', name: 'Avenirs & Métiers' },
  scenes: { id: 'ark:/86527/e.scenes', name: 'Scènes & Répliques' },
  musiclasse: { id: 'ark:/86527/e.musiclasse', name: 'Musiclasse' },
  patrimoine: { id: 'ark:/86527/e.patrimoine', name: 'Médiathèque Culture & Patrimoine' },
} satisfies Record<string, Publisher>;

export interface ResourceDef {
  ark: string;
  title: string;
  publisher: Publisher;
  type: PresentationCode;
  /** Absent when the GAR sends no such array; may be empty. */
  pedagogy?: GarTerm[];
  typology?: GarTerm[];
  levels?: GarTerm[];
  disciplines?: GarTerm[];
  /** Thumbnail slug, served under /demo-assets/vignettes/; none for some records. */
  vignette?: string;
  /** GAR-protected access (the record carries `nomSourceEtiquetteGar`). */
  gar: boolean;
  garLabelUrl?: boolean;
  distributeurTech?: string;
  validateurTech?: string;
  mereFamille?: boolean;
  membreFamille?: string;
  /** Adds the `idEtablissement` enrichment (the establishments the record applies to). */
  establishments?: string[];
  /** Fields the GAR or a vendor may add: the widgets must ignore them. */
  extra?: Record<string, unknown>;
  /** Access URL of resources reached without the GAR. */
  directUrl?: string;
}

/** How the seed assigned a subscription at the rentrée. */
export type AssignRule =
  | { public: Public; levels: string[] }
  | { public: Public; divisions: string[] }
  | { public: Public; groups: string[] }
  | { public: Public; teachersOf: string[] }
  | { public: Public; everyone: true }
  | { public: Public; profile: true };

export interface SubscriptionDef {
  id: string;
  ark: string;
  licenceType: 'individuelle' | 'etablissement';
  publics: Public[];
  /** Individual licences bought beyond those the seed assigns (0 = none left). */
  spare: Partial<Record<Public, number>>;
  validFrom: string;
  validUntil: string;
  distributor: string;
  orderRef: string;
  receivedAt: Date;
  familyMother?: boolean;
  familyMemberOf?: string;
  advisories?: Array<{ public: Public; message: string }>;
  /** Family members reached through this mother (records without a subscription of their own). */
  bundle?: string[];
  rules: AssignRule[];
}

export interface Catalogue {
  resources: Map<string, ResourceDef>;
  subscriptions: SubscriptionDef[];
}

export const PIX_ADVISORY = 'Pix : à affecter aux élèves uniquement — un compte enseignant reçoit un compte de test.';

const LONG_TITLE =
  'Histoire-Géographie Enseignement moral et civique 3e — cycle 4 — manuel numérique interactif enrichi de vidéos, de cartes animées, ' +
  'd’exercices autocorrigés et de dossiers documentaires pour préparer le diplôme national du brevet (édition 2026, nouveaux programmes)';

const CLASSICS = [
  ['Le Horla', 'Guy de Maupassant'], ['Les Fourberies de Scapin', 'Molière'], ['Le Cid', 'Pierre Corneille'], ['Candide', 'Voltaire'],
  ['L’Odyssée', 'Homère'], ['Le Tour du monde en quatre-vingts jours', 'Jules Verne'], ['Les Misérables', 'Victor Hugo'],
  ['Le Médecin malgré lui', 'Molière'], ['Contes', 'Charles Perrault'], ['La Vénus d’Ille', 'Prosper Mérimée'], ['Antigone', 'Sophocle'],
  ['Fables', 'Jean de La Fontaine'], ['Vingt mille lieues sous les mers', 'Jules Verne'], ['Le Bourgeois gentilhomme', 'Molière'],
  ['Yvain ou le Chevalier au lion', 'Chrétien de Troyes'], ['Les Métamorphoses', 'Ovide'], ['Le Roman de Renart', 'Anonyme'],
  ['Boule de suif', 'Guy de Maupassant'], ['Notre-Dame de Paris', 'Victor Hugo'], ['Le Comte de Monte-Cristo', 'Alexandre Dumas'],
  ['Les Trois Mousquetaires', 'Alexandre Dumas'], ['Germinal', 'Émile Zola'], ['Au Bonheur des Dames', 'Émile Zola'],
  ['Madame Bovary', 'Gustave Flaubert'], ['Le Rouge et le Noir', 'Stendhal'], ['Eugénie Grandet', 'Honoré de Balzac'],
  ['Le Père Goriot', 'Honoré de Balzac'], ['Les Fleurs du mal', 'Charles Baudelaire'], ['Poèmes saturniens', 'Paul Verlaine'],
  ['Poésies', 'Arthur Rimbaud'], ['Alcools', 'Guillaume Apollinaire'], ['Phèdre', 'Jean Racine'], ['Andromaque', 'Jean Racine'],
  ['Le Misanthrope', 'Molière'], ['Tartuffe', 'Molière'], ['L’Avare', 'Molière'], ['Cyrano de Bergerac', 'Edmond Rostand'],
  ['Le Mariage de Figaro', 'Beaumarchais'], ['Les Lettres persanes', 'Montesquieu'], ['Micromégas', 'Voltaire'],
  ['La Princesse de Clèves', 'Madame de La Fayette'], ['Manon Lescaut', 'Abbé Prévost'], ['Les Liaisons dangereuses', 'Choderlos de Laclos'],
  ['Le Dernier Jour d’un condamné', 'Victor Hugo'], ['Claude Gueux', 'Victor Hugo'], ['Pierre et Jean', 'Guy de Maupassant'],
  ['Bel-Ami', 'Guy de Maupassant'], ['L’Île mystérieuse', 'Jules Verne'], ['Voyage au centre de la Terre', 'Jules Verne'],
  ['Le Capitaine Fracasse', 'Théophile Gautier'], ['La Mare au diable', 'George Sand'], ['Colomba', 'Prosper Mérimée'],
  ['Carmen', 'Prosper Mérimée'], ['Lettres de mon moulin', 'Alphonse Daudet'], ['Tristan et Iseut', 'Anonyme'],
  ['Le Petit Chose', 'Alphonse Daudet'], ['Sans famille', 'Hector Malot'], ['Les Contes du lundi', 'Alphonse Daudet'],
  ['Gargantua', 'François Rabelais'], ['Essais', 'Michel de Montaigne'],
] as const;
const CLASSIC_FORMS = ['texte intégral annoté', 'livre audio', 'dossier pédagogique', 'version adaptée dys', 'lecture guidée', 'bande dessinée', 'fiche de lecture', 'édition bilingue'];
const HERITAGE = [
  'Le château de Versailles', 'La grotte de Lascaux', 'Le Louvre', 'La cathédrale de Chartres', 'Le pont du Gard', 'Le Mont-Saint-Michel',
  'La tapisserie de Bayeux', 'Le musée d’Orsay', 'La Cité de Carcassonne', 'Le château de Chambord', 'La place de la Bourse à Bordeaux',
  'La dune du Pilat', 'Les Invalides', 'Le Panthéon', 'L’abbaye de Fontenay', 'Le palais des Papes', 'Le canal du Midi', 'La Sainte-Chapelle',
  'L’Arc de triomphe', 'Le Centre Pompidou', 'La tour Eiffel', 'Les plages du Débarquement', 'Le Familistère de Guise', 'La saline d’Arc-et-Senans',
  'Le théâtre antique d’Orange', 'Les alignements de Carnac', 'Le château de Versailles sous Louis XIV', 'La Révolution française en images',
  'La Grande Guerre au quotidien', 'Les Lumières', 'L’Égypte des pharaons', 'La Rome antique', 'Les cathédrales gothiques', 'L’art roman',
  'Les impressionnistes', 'Le street art', 'La photographie au XIXe siècle', 'Le cinéma des frères Lumière', 'La conquête spatiale',
  'Les grandes découvertes', 'La traite atlantique et l’esclavage', 'La décolonisation', 'La construction européenne', 'Le port de la Lune',
  'Les volcans d’Auvergne', 'Le climat et ses changements', 'La biodiversité des estuaires', 'L’eau dans la ville', 'Les énergies renouvelables',
  'Le corps humain', 'Les séismes', 'La chaîne alimentaire', 'L’histoire de l’écriture', 'Les jeux Olympiques', 'La musique baroque',
  'Le jazz', 'La bande dessinée franco-belge', 'Les contes du monde', 'La mythologie grecque', 'Les droits de l’enfant',
];
const HERITAGE_FORMS = ['visite virtuelle', 'dossier documentaire', 'frise chronologique', 'vidéo', 'galerie d’images', 'podcast', 'carte interactive'];

interface BuildContext {
  uai: string;
  dataSet: DataSet;
  anchor: Date;
  rng: Random;
  startYear: number;
  resources: Map<string, ResourceDef>;
  subscriptions: SubscriptionDef[];
}

interface SubOptions {
  licence?: 'individuelle' | 'etablissement';
  publics: Public[];
  spare?: Partial<Record<Public, number>>;
  rules?: AssignRule[];
  /** Ends within that many days (a subscription from last year about to lapse). */
  expiresIn?: number;
  /** Received that many days ago (a new order); default: before the rentrée. */
  receivedDaysAgo?: number;
  /** School years the licence lasts (manuals are often sold for 4 years). */
  years?: number;
  distributor?: string;
  familyMother?: boolean;
  familyMemberOf?: string;
  advisories?: Array<{ public: Public; message: string }>;
  bundle?: ResourceDef[];
}

function addSubscription(ctx: BuildContext, resource: ResourceDef, options: SubOptions): SubscriptionDef {
  const { rng, anchor, startYear } = ctx;
  ctx.resources.set(resource.ark, resource);
  for (const member of options.bundle ?? []) ctx.resources.set(member.ark, member);
  const id = `sub-${ctx.uai}-${String(ctx.subscriptions.length + 1).padStart(3, '0')}`;
  const distributor = options.distributor ?? resource.distributeurTech ?? 'CNS';
  const yearStart = schoolYearStart(anchor);
  let validFrom = dateParis(yearStart);
  let validUntil = `${startYear + (options.years ?? 1)}-08-31`;
  if (options.expiresIn !== undefined) {
    validFrom = dateParis(addDays(anchor, options.expiresIn - 365));
    validUntil = dateParis(addDays(anchor, options.expiresIn));
  }
  // Orders show up in the console the morning after they are placed.
  const receivedAt =
    options.receivedDaysAgo !== undefined
      ? new Date(Math.min(anchor.getTime(), addHours(startOfParisDay(addDays(anchor, -options.receivedDaysAgo)), 5 + rng.next()).getTime()))
      : addHours(startOfParisDay(addDays(yearStart, -rng.int(3, 30))), 5 + rng.next());
  const orderRef =
    distributor === 'Offre gratuite'
      ? `GRATUIT-${startYear}-${String(rng.int(1, 999)).padStart(3, '0')}`
      : distributor === 'LDE'
        ? `LDE-${String(startYear).slice(2)}-${rng.int(10000, 99999)}`
        : `${distributor.split(' ')[0]!.toUpperCase()}-${startYear}-${String(rng.int(1, 99999)).padStart(6, '0')}`;
  const sub: SubscriptionDef = {
    id,
    ark: resource.ark,
    licenceType: options.licence ?? 'individuelle',
    publics: options.publics,
    spare: options.spare ?? {},
    validFrom,
    validUntil,
    distributor,
    orderRef,
    receivedAt,
    rules: options.rules ?? [],
  };
  if (options.familyMother) sub.familyMother = true;
  if (options.familyMemberOf) sub.familyMemberOf = options.familyMemberOf;
  if (options.advisories) sub.advisories = options.advisories;
  if (options.bundle) sub.bundle = options.bundle.map((m) => m.ark);
  ctx.subscriptions.push(sub);
  return sub;
}

const DISCIPLINE_SLUG: Record<string, string> = {
  Français: 'francais', Mathématiques: 'maths', 'Histoire-Géographie': 'hg', Anglais: 'anglais', Espagnol: 'espagnol',
  Allemand: 'allemand', SVT: 'svt', 'Physique-Chimie': 'pc', Technologie: 'techno', 'Lettres classiques': 'latin',
  'Éducation musicale': 'musique', 'Arts plastiques': 'arts', Philosophie: 'philo', SES: 'ses', NSI: 'nsi', HGGSP: 'hggsp', HLP: 'hlp',
};
const DISCIPLINE_TITLE: Record<string, string> = {
  'Histoire-Géographie': 'Histoire-Géographie EMC', 'Lettres classiques': 'Latin', 'Physique-Chimie': 'Physique-Chimie',
};

interface ManualSpec {
  discipline: string;
  /** Level label in the title (`4e`, `cycle 4`, `Spécialité 1re`). */
  label: string;
  levels: string[];
  collection: string;
  publisher: Publisher;
  edition?: 'élève' | 'enseignant';
  kind?: 'manuel' | 'cahier' | 'video' | 'evaluation';
  cns?: string;
  title?: string;
  vignette?: boolean;
}

function manual(spec: ManualSpec): ResourceDef {
  const kind = spec.kind ?? 'manuel';
  const edition = spec.edition ?? 'élève';
  const slug = `${DISCIPLINE_SLUG[spec.discipline] ?? 'res'}-${spec.label.replace(/\s+/g, '').replace('Spécialité', 'spe').toLowerCase()}`;
  const what =
    kind === 'cahier' ? 'cahier d’exercices numérique' : kind === 'video' ? 'ressources vidéo' : kind === 'evaluation' ? 'banque d’évaluations' : `manuel numérique ${edition}`;
  const discipline = DISCIPLINE_TITLE[spec.discipline] ?? spec.discipline;
  const record: ResourceDef = {
    ark: `ark:/86527/r.${slug}-${spec.publisher.id.split('.').pop()}-${kind}-${edition === 'élève' ? 'el' : 'ens'}-${spec.collection.toLowerCase().replace(/[^a-z0-9]+/g, '')}`,
    title: spec.title ?? `${discipline} ${spec.label} — ${spec.collection} — ${what}`,
    publisher: spec.publisher,
    type: kind === 'cahier' || kind === 'evaluation' ? 'ACC' : kind === 'video' ? 'MUL' : 'MAN',
    pedagogy: kind === 'cahier' ? [PEDAGOGY.exercice!] : kind === 'evaluation' ? [PEDAGOGY.evaluation!] : [PEDAGOGY.cours!, PEDAGOGY.exercice!],
    typology: kind === 'video' ? [DOCUMENT_TYPES.video!] : [DOCUMENT_TYPES.ouvrage!],
    levels: spec.levels.map((l) => LEVELS[l]!),
    disciplines: [DISCIPLINES[spec.discipline]!],
    gar: true,
    distributeurTech: spec.cns ? 'CNS' : 'LDE',
    validateurTech: spec.cns ? 'CNS' : spec.publisher.name,
  };
  if (spec.vignette !== false) record.vignette = slug;
  if (spec.cns) record.membreFamille = spec.cns;
  return record;
}

function classics(count: number, motherArk: string): ResourceDef[] {
  const members: ResourceDef[] = [];
  for (let i = 0; i < count; i++) {
    const [work, author] = CLASSICS[i % CLASSICS.length]!;
    const form = CLASSIC_FORMS[Math.floor(i / CLASSICS.length) % CLASSIC_FORMS.length]!;
    const slug = `livre-${i + 1}`;
    const member: ResourceDef = {
      ark: `ark:/86527/r.lire-${String(i + 1).padStart(3, '0')}`,
      title: `${work} — ${author} (${form})`,
      publisher: P.lireEnLigne,
      type: 'DOC',
      typology: [DOCUMENT_TYPES.ouvrage!],
      levels: [LEVELS['cycle 4']!, LEVELS.lycée!],
      disciplines: [DISCIPLINES.Français!],
      gar: true,
      distributeurTech: 'Lire en ligne',
      membreFamille: motherArk,
    };
    if (i % 5 !== 3) member.vignette = slug;
    members.push(member);
  }
  return members;
}

/** Heritage documents; members of a family only when given its mother (else individual records). */
function heritage(count: number, motherArk?: string): ResourceDef[] {
  const members: ResourceDef[] = [];
  for (let i = 0; i < count; i++) {
    const theme = HERITAGE[i % HERITAGE.length]!;
    const form = HERITAGE_FORMS[Math.floor(i / HERITAGE.length) % HERITAGE_FORMS.length]!;
    const member: ResourceDef = {
      ark: `ark:/86527/r.patrimoine-${String(i + 1).padStart(3, '0')}`,
      title: `${theme} — ${form}`,
      publisher: P.patrimoine,
      type: form === 'vidéo' || form === 'podcast' ? 'MUL' : 'DOC',
      typology: [form === 'vidéo' ? DOCUMENT_TYPES.video! : form === 'podcast' ? DOCUMENT_TYPES.son! : form === 'carte interactive' ? DOCUMENT_TYPES.carte! : DOCUMENT_TYPES.image!],
      levels: [LEVELS['cycle 3']!, LEVELS['cycle 4']!],
      disciplines: [i % 3 === 0 ? DISCIPLINES['Arts plastiques']! : DISCIPLINES['Histoire-Géographie']!],
      gar: true,
    };
    if (motherArk) member.membreFamille = motherArk;
    if (i % 4 === 0) member.vignette = `patrimoine-${(i % 12) + 1}`;
    members.push(member);
  }
  return members;
}

// Resources both establishments subscribe to: the same record (same ARK) in both listings,
// with an access URL per establishment.
const SHARED = {
  roseau: (): ResourceDef => ({
    ark: 'ark:/86527/r.roseau-junior',
    title: 'Le Roseau Junior — dictionnaire de français en ligne',
    publisher: P.roseau,
    type: 'DIC',
    pedagogy: [PEDAGOGY.autoformation!],
    typology: [DOCUMENT_TYPES.dictionnaire!],
    levels: [LEVELS['cycle 3']!, LEVELS['cycle 4']!, LEVELS.lycée!],
    disciplines: [DISCIPLINES.Français!],
    vignette: 'dico-roseau',
    gar: true,
    garLabelUrl: true,
    distributeurTech: 'LDE',
    validateurTech: 'Dictionnaires Le Roseau',
    establishments: ['0330001A', '0330002B'],
  }),
  pix: (): ResourceDef => ({
    ark: 'ark:/86527/r.pix',
    title: 'Pix — évaluer et développer ses compétences numériques',
    publisher: P.pix,
    type: 'ACC',
    pedagogy: [PEDAGOGY.evaluation!, PEDAGOGY.autoformation!],
    typology: [DOCUMENT_TYPES.logiciel!],
    levels: [LEVELS['cycle 4']!, LEVELS.lycée!],
    disciplines: [DISCIPLINES.Numérique!],
    vignette: 'pix',
    gar: true,
    distributeurTech: 'GIP Pix',
    validateurTech: 'GIP Pix',
  }),
  presse: (): ResourceDef => ({
    ark: 'ark:/86527/r.eurokiosque',
    title: 'EuroKiosque Éducation — presse nationale et régionale en ligne',
    publisher: P.eurokiosque,
    type: 'DOC',
    pedagogy: [],
    typology: [DOCUMENT_TYPES.periodique!],
    levels: [LEVELS['cycle 4']!, LEVELS.lycée!],
    disciplines: [DISCIPLINES.EMI!],
    vignette: 'presse',
    gar: true,
    distributeurTech: 'EuroKiosque',
    validateurTech: 'EuroKiosque',
    extra: { typeAcces: 'illimite', archivesDepuis: 1990 },
  }),
  biblioManuels: (): ResourceDef => ({
    ark: 'ark:/86527/r.cns-biblio-manuels',
    title: 'CNS – Biblio Manuels',
    publisher: P.cns,
    type: 'MAN',
    pedagogy: [PEDAGOGY.cours!],
    typology: [DOCUMENT_TYPES.ouvrage!],
    levels: [LEVELS.collège!, LEVELS.lycée!],
    vignette: 'biblio-manuels',
    gar: true,
    garLabelUrl: true,
    distributeurTech: 'CNS',
    validateurTech: 'CNS',
    mereFamille: true,
  }),
  lireEnLigne: (): ResourceDef => ({
    ark: 'ark:/86527/r.lire-en-ligne',
    title: 'Lire en ligne — bibliothèque numérique de classiques',
    publisher: P.lireEnLigne,
    type: 'DOC',
    typology: [DOCUMENT_TYPES.ouvrage!],
    levels: [LEVELS['cycle 4']!, LEVELS.lycée!],
    disciplines: [DISCIPLINES.Français!],
    vignette: 'lire-en-ligne',
    gar: true,
    distributeurTech: 'Lire en ligne',
    mereFamille: true,
  }),
  avenirs: (uai: string): ResourceDef => ({
    ark: 'ark:/86527/r.avenirs-metiers',
    title: 'Avenirs & Métiers — explorer les formations et les métiers',
    publisher: P.avenirs,
    type: 'DOC',
    typology: [DOCUMENT_TYPES.site!],
    levels: [LEVELS['3e']!, LEVELS.lycée!],
    disciplines: [DISCIPLINES.Orientation!],
    vignette: 'avenirs',
    // Not GAR-protected: no badge, an ordinary link.
    gar: false,
    directUrl: `https://www.avenirs-metiers.example/etablissement/${uai}`,
  }),
};

function collegeDefault(ctx: BuildContext): void {
  const cns = SHARED.biblioManuels();
  const all = ['6e', '5e', '4e', '3e'];
  const docs: AssignRule = { public: 'documentaliste', everyone: true };
  const sub = (resource: ResourceDef, options: SubOptions): SubscriptionDef => addSubscription(ctx, resource, options);

  const mother = sub(cns, {
    licence: 'etablissement',
    publics: ['eleve', 'enseignant'],
    distributor: 'CNS',
    familyMother: true,
    // Given to pupils at the rentrée, never to teachers: the family is not complete.
    rules: [{ public: 'eleve', profile: true }],
  });
  const family = { familyMemberOf: mother.id, distributor: 'CNS', years: 4 };

  for (const level of all) {
    sub(manual({ discipline: 'Français', label: level, levels: [level], collection: 'Horizons', publisher: P.belvedere }), {
      publics: ['eleve', 'enseignant', 'documentaliste'],
      spare: { eleve: 4, enseignant: 1, documentaliste: 0 },
      rules: [{ public: 'eleve', levels: [level] }, { public: 'enseignant', teachersOf: ['Français'] }, docs],
      years: 4,
      distributor: 'LDE',
    });
  }
  for (const level of all) {
    sub(manual({ discipline: 'Mathématiques', label: level, levels: [level], collection: 'Delta', publisher: P.nataris, cns: cns.ark }), {
      ...family,
      publics: ['eleve', 'enseignant', 'documentaliste'],
      spare: { eleve: 6, enseignant: 2, documentaliste: 1 },
      rules: [{ public: 'eleve', levels: [level] }, { public: 'enseignant', teachersOf: ['Mathématiques'] }, docs],
    });
  }
  sub(manual({ discipline: 'Mathématiques', label: 'cycle 4', levels: ['5e', '4e', '3e'], collection: 'Delta', publisher: P.nataris, edition: 'enseignant', cns: cns.ark }), {
    ...family,
    publics: ['enseignant'],
    spare: { enseignant: 2 },
    rules: [{ public: 'enseignant', teachersOf: ['Mathématiques'] }],
  });
  sub(manual({ discipline: 'Histoire-Géographie', label: '4e', levels: ['4e'], collection: 'Chemins', publisher: P.hautier, cns: cns.ark }), {
    ...family,
    publics: ['eleve', 'enseignant', 'documentaliste'],
    spare: { eleve: 5, enseignant: 1, documentaliste: 0 },
    rules: [{ public: 'eleve', levels: ['4e'] }, { public: 'enseignant', teachersOf: ['Histoire-Géographie'] }, docs],
  });
  sub(manual({ discipline: 'Histoire-Géographie', label: '3e', levels: ['3e'], collection: 'Chemins', publisher: P.hautier, cns: cns.ark, title: LONG_TITLE }), {
    ...family,
    publics: ['eleve', 'enseignant', 'documentaliste'],
    spare: { eleve: 8, enseignant: 1, documentaliste: 0 },
    rules: [{ public: 'eleve', levels: ['3e'] }, { public: 'enseignant', teachersOf: ['Histoire-Géographie'] }, docs],
  });
  // Three copies left: the one the licence tests push over the edge.
  sub(manual({ discipline: 'Anglais', label: 'cycle 4', levels: ['5e', '4e', '3e'], collection: 'Envol', publisher: P.magnolia }), {
    publics: ['eleve', 'enseignant', 'documentaliste'],
    spare: { eleve: 3, enseignant: 0, documentaliste: 0 },
    rules: [{ public: 'eleve', levels: ['5e', '4e', '3e'] }, { public: 'enseignant', teachersOf: ['Anglais'] }, docs],
    years: 3,
    distributor: 'LDE',
  });
  sub(manual({ discipline: 'SVT', label: 'cycle 4', levels: ['5e', '4e', '3e'], collection: 'Libre', publisher: P.manuelLibre }), {
    licence: 'etablissement',
    publics: ['eleve', 'enseignant', 'documentaliste'],
    distributor: 'Offre gratuite',
    // Not yet given to the 3e.
    rules: [{ public: 'eleve', levels: ['5e', '4e'] }, { public: 'enseignant', teachersOf: ['SVT'] }, docs],
  });
  // A new order, received two days ago, not assigned yet.
  sub(manual({ discipline: 'Physique-Chimie', label: 'cycle 4', levels: ['5e', '4e', '3e'], collection: 'Atomes', publisher: P.bordage }), {
    publics: ['eleve', 'enseignant'],
    spare: { eleve: 340, enseignant: 3 },
    receivedDaysAgo: 2,
    years: 4,
    distributor: 'LDE',
  });
  sub(manual({ discipline: 'Espagnol', label: 'LV2 cycle 4', levels: ['5e', '4e', '3e'], collection: '¡Vamos!', publisher: P.magnolia }), {
    publics: ['eleve', 'enseignant'],
    spare: { eleve: 10, enseignant: 0 },
    rules: [{ public: 'eleve', groups: ['lv2-esp-5e', 'lv2-esp-4e', 'lv2-esp-3e'] }, { public: 'enseignant', teachersOf: ['Espagnol'] }],
    years: 3,
    distributor: 'LDE',
  });
  sub(manual({ discipline: 'Lettres classiques', label: '4e', levels: ['4e'], collection: 'Ave Roma', publisher: P.bordage }), {
    publics: ['eleve', 'enseignant'],
    spare: { eleve: 2, enseignant: 0 },
    rules: [{ public: 'eleve', groups: ['latin-4e'] }, { public: 'enseignant', teachersOf: ['Lettres classiques'] }],
    distributor: 'LDE',
  });
  sub(manual({ discipline: 'Technologie', label: 'cycle 4', levels: ['5e', '4e', '3e'], collection: 'Libre', publisher: P.manuelLibre }), {
    licence: 'etablissement',
    publics: ['eleve', 'enseignant'],
    distributor: 'Offre gratuite',
    receivedDaysAgo: 4,
  });
  sub(manual({ discipline: 'Mathématiques', label: '3e', levels: ['3e'], collection: 'Delta', publisher: P.nataris, kind: 'cahier', cns: cns.ark }), {
    ...family,
    years: 1,
    publics: ['eleve', 'enseignant'],
    spare: { eleve: 50, enseignant: 1 },
    rules: [{ public: 'eleve', divisions: ['3A', '3B'] }, { public: 'enseignant', teachersOf: ['Mathématiques'] }],
  });
  sub(manual({ discipline: 'Français', label: 'cycle 4', levels: ['5e', '4e', '3e'], collection: 'Horizons', publisher: P.belvedere, edition: 'enseignant' }), {
    publics: ['enseignant'],
    spare: { enseignant: 1 },
    rules: [{ public: 'enseignant', teachersOf: ['Français'] }],
    years: 4,
    distributor: 'LDE',
  });

  sub(SHARED.roseau(), {
    licence: 'etablissement',
    publics: ['eleve', 'enseignant', 'documentaliste', 'personnel'],
    distributor: 'LDE',
    rules: [{ public: 'eleve', profile: true }, { public: 'enseignant', profile: true }, docs],
  });
  sub(
    {
      ark: 'ark:/86527/r.roseau-bilingue-anglais',
      title: 'Le Roseau & Collins — dictionnaire bilingue anglais-français',
      publisher: P.roseau,
      type: 'DIC',
      pedagogy: [PEDAGOGY.autoformation!],
      typology: [DOCUMENT_TYPES.dictionnaire!],
      levels: [LEVELS['cycle 4']!],
      disciplines: [DISCIPLINES.Anglais!],
      vignette: 'dico-anglais',
      gar: true,
      distributeurTech: 'LDE',
    },
    { licence: 'etablissement', publics: ['eleve', 'enseignant'], distributor: 'LDE', rules: [{ public: 'eleve', levels: ['4e', '3e'] }, { public: 'enseignant', teachersOf: ['Anglais'] }] },
  );
  sub(
    {
      ark: 'ark:/86527/r.universalia-junior',
      title: 'Encyclopædia Universalia Junior',
      publisher: P.universalia,
      type: 'DIC',
      pedagogy: [PEDAGOGY.autoformation!],
      typology: [DOCUMENT_TYPES.encyclopedie!],
      levels: [LEVELS.collège!],
      disciplines: [],
      vignette: 'universalia',
      gar: true,
      garLabelUrl: true,
      distributeurTech: 'LDE',
      validateurTech: 'Encyclopædia Universalia',
      extra: { competences: [{ code: 'D1.1', libelle: 'Comprendre, s’exprimer en utilisant la langue française' }], nombreArticles: 38000 },
    },
    {
      licence: 'etablissement',
      publics: ['eleve', 'enseignant', 'documentaliste', 'personnel'],
      distributor: 'LDE',
      rules: [
        { public: 'eleve', levels: all },
        { public: 'enseignant', profile: true },
        { public: 'documentaliste', profile: true },
        { public: 'personnel', profile: true },
      ],
    },
  );
  sub(
    {
      ark: 'ark:/86527/r.cortexpop-college',
      title: 'CortexPop — vidéos animées en sciences et en histoire',
      publisher: P.cortexpop,
      type: 'MUL',
      pedagogy: [PEDAGOGY.demonstration!, PEDAGOGY.evaluation!],
      typology: [DOCUMENT_TYPES.video!],
      levels: [LEVELS['cycle 3']!, LEVELS['cycle 4']!],
      disciplines: [DISCIPLINES.SVT!, DISCIPLINES['Physique-Chimie']!, DISCIPLINES['Histoire-Géographie']!],
      vignette: 'cortexpop',
      gar: true,
      distributeurTech: 'CortexPop Éducation',
      extra: { xCacheTtl: 3600, sousTitres: ['fr', 'en'] },
    },
    {
      licence: 'etablissement',
      publics: ['eleve', 'enseignant', 'documentaliste'],
      distributor: 'CortexPop Éducation',
      expiresIn: 18,
      rules: [{ public: 'eleve', levels: ['6e', '5e'] }, { public: 'enseignant', profile: true }, docs],
    },
  );
  sub(SHARED.pix(), {
    licence: 'etablissement',
    publics: ['eleve', 'enseignant'],
    distributor: 'Offre gratuite',
    advisories: [{ public: 'enseignant', message: PIX_ADVISORY }],
    rules: [{ public: 'eleve', levels: ['5e', '4e', '3e'] }],
  });
  sub(SHARED.presse(), {
    licence: 'etablissement',
    publics: ['eleve', 'enseignant', 'documentaliste', 'personnel'],
    distributor: 'EuroKiosque',
    expiresIn: 9,
    rules: [{ public: 'eleve', levels: ['3e'] }, { public: 'enseignant', profile: true }, docs],
  });
  const lire = SHARED.lireEnLigne();
  sub(lire, {
    licence: 'etablissement',
    publics: ['eleve', 'enseignant', 'documentaliste'],
    distributor: 'Lire en ligne',
    familyMother: true,
    bundle: classics(14, lire.ark),
    rules: [{ public: 'eleve', levels: all }, { public: 'enseignant', profile: true }, docs],
  });
  sub(
    {
      ark: 'ark:/86527/r.scenes-repliques',
      title: 'Scènes & Répliques — répertoire théâtral pour la classe',
      publisher: P.scenes,
      type: 'PRO',
      pedagogy: [PEDAGOGY.activite!],
      typology: [DOCUMENT_TYPES.ouvrage!, DOCUMENT_TYPES.video!],
      levels: [LEVELS['cycle 4']!],
      disciplines: [DISCIPLINES.Français!],
      gar: true,
      distributeurTech: 'LDE',
    },
    { publics: ['eleve', 'enseignant'], spare: { eleve: 4, enseignant: 1 }, rules: [{ public: 'eleve', groups: ['atelier-theatre'] }, { public: 'enseignant', groups: ['atelier-theatre'] }], distributor: 'LDE' },
  );
  sub(
    {
      ark: 'ark:/86527/r.cartolab',
      title: 'Cartolab — atelier de cartographie interactive',
      publisher: P.cartolab,
      type: 'PRO',
      pedagogy: [PEDAGOGY.activite!, PEDAGOGY.etude!],
      typology: [DOCUMENT_TYPES.carte!, DOCUMENT_TYPES.logiciel!],
      levels: [LEVELS['cycle 4']!],
      disciplines: [DISCIPLINES['Histoire-Géographie']!],
      vignette: 'cartolab',
      gar: true,
      distributeurTech: 'CNS',
    },
    // Bought in September, still not assigned.
    { publics: ['eleve', 'enseignant'], spare: { eleve: 120, enseignant: 4 }, distributor: 'CNS' },
  );
  sub(SHARED.avenirs(ctx.uai), {
    licence: 'etablissement',
    publics: ['eleve', 'enseignant', 'documentaliste', 'personnel'],
    distributor: 'Offre gratuite',
    rules: [{ public: 'eleve', levels: ['3e'] }, { public: 'enseignant', profile: true }, docs],
  });
  sub(
    {
      ark: 'ark:/86527/r.musiclasse',
      title: 'Musiclasse — chanter et écouter en classe',
      publisher: P.musiclasse,
      type: 'MUL',
      typology: [DOCUMENT_TYPES.son!],
      levels: [LEVELS['cycle 3']!, LEVELS['cycle 4']!],
      disciplines: [DISCIPLINES['Éducation musicale']!],
      vignette: 'musiclasse',
      gar: true,
    },
    { publics: ['eleve', 'enseignant'], spare: { eleve: 6, enseignant: 1 }, rules: [{ public: 'eleve', groups: ['chorale'] }, { public: 'enseignant', teachersOf: ['Éducation musicale'] }], distributor: 'LDE' },
  );
}

function lyceeDefault(ctx: BuildContext): void {
  const cns = SHARED.biblioManuels();
  const docs: AssignRule = { public: 'documentaliste', everyone: true };
  const sub = (resource: ResourceDef, options: SubOptions): SubscriptionDef => addSubscription(ctx, resource, options);
  const mother = sub(cns, { licence: 'etablissement', publics: ['eleve', 'enseignant'], distributor: 'CNS', familyMother: true, rules: [{ public: 'eleve', profile: true }] });
  const family = { familyMemberOf: mother.id, distributor: 'CNS', years: 4 };
  const m = (discipline: string, label: string, levels: string[], collection: string, publisher: Publisher, extra: Partial<ManualSpec> = {}): ResourceDef =>
    manual({ discipline, label, levels, collection, publisher, ...extra });

  sub(m('Français', '2nde', ['2nde'], 'Empreintes', P.belvedere), { publics: ['eleve', 'enseignant', 'documentaliste'], spare: { eleve: 6, enseignant: 1, documentaliste: 0 }, rules: [{ public: 'eleve', levels: ['2nde'] }, { public: 'enseignant', teachersOf: ['Français'] }, docs], distributor: 'LDE', years: 4 });
  sub(m('Français', '1re', ['1re'], 'Empreintes', P.belvedere), { publics: ['eleve', 'enseignant', 'documentaliste'], spare: { eleve: 5, enseignant: 1, documentaliste: 0 }, rules: [{ public: 'eleve', levels: ['1re'] }, { public: 'enseignant', teachersOf: ['Français'] }, docs], distributor: 'LDE', years: 4 });
  sub(m('Philosophie', 'Tle', ['Tle'], 'Penser', P.hautier), { publics: ['eleve', 'enseignant', 'documentaliste'], spare: { eleve: 4, enseignant: 1, documentaliste: 0 }, rules: [{ public: 'eleve', levels: ['Tle'] }, { public: 'enseignant', teachersOf: ['Philosophie'] }, docs], distributor: 'LDE' });
  sub(m('Mathématiques', '2nde', ['2nde'], 'Delta', P.nataris, { cns: cns.ark }), { ...family, publics: ['eleve', 'enseignant'], spare: { eleve: 6, enseignant: 1 }, rules: [{ public: 'eleve', levels: ['2nde'] }, { public: 'enseignant', teachersOf: ['Mathématiques'] }] });
  sub(m('Mathématiques', 'Spécialité 1re', ['1re'], 'Delta', P.nataris, { cns: cns.ark }), { ...family, publics: ['eleve', 'enseignant'], spare: { eleve: 3, enseignant: 1 }, rules: [{ public: 'eleve', groups: ['spe-maths-1re'] }, { public: 'enseignant', teachersOf: ['Mathématiques'] }] });
  sub(m('Mathématiques', 'Spécialité Tle', ['Tle'], 'Delta', P.nataris, { cns: cns.ark }), { ...family, publics: ['eleve', 'enseignant'], spare: { eleve: 3, enseignant: 1 }, rules: [{ public: 'eleve', groups: ['spe-maths-tle'] }, { public: 'enseignant', teachersOf: ['Mathématiques'] }] });
  sub(m('Mathématiques', 'expertes Tle', ['Tle'], 'Delta', P.nataris, { cns: cns.ark, vignette: false }), { ...family, publics: ['eleve'], spare: { eleve: 2 }, rules: [{ public: 'eleve', groups: ['maths-expertes-tle'] }] });
  sub(m('Physique-Chimie', '2nde', ['2nde'], 'Atomes', P.bordage), { publics: ['eleve', 'enseignant', 'documentaliste'], spare: { eleve: 4, enseignant: 1, documentaliste: 0 }, rules: [{ public: 'eleve', levels: ['2nde'] }, { public: 'enseignant', teachersOf: ['Physique-Chimie'] }, docs], distributor: 'LDE', years: 4 });
  sub(m('Physique-Chimie', 'Spécialité 1re', ['1re'], 'Atomes', P.bordage), { publics: ['eleve', 'enseignant'], spare: { eleve: 2, enseignant: 1 }, rules: [{ public: 'eleve', groups: ['spe-pc-1re'] }, { public: 'enseignant', teachersOf: ['Physique-Chimie'] }], distributor: 'LDE', years: 4 });
  sub(m('SVT', '2nde', ['2nde'], 'Libre', P.manuelLibre), { licence: 'etablissement', publics: ['eleve', 'enseignant', 'documentaliste'], distributor: 'Offre gratuite', rules: [{ public: 'eleve', levels: ['2nde'] }, { public: 'enseignant', teachersOf: ['SVT'] }, docs] });
  sub(m('SVT', 'Spécialité 1re', ['1re'], 'Libre', P.manuelLibre), { licence: 'etablissement', publics: ['eleve', 'enseignant'], distributor: 'Offre gratuite', rules: [{ public: 'eleve', groups: ['spe-svt-1re'] }] });
  sub(m('SES', '2nde', ['2nde'], 'Enjeux', P.magnolia), { publics: ['eleve', 'enseignant'], spare: { eleve: 1, enseignant: 0 }, rules: [{ public: 'eleve', levels: ['2nde'] }, { public: 'enseignant', teachersOf: ['SES'] }], distributor: 'LDE', years: 4 });
  sub(m('SES', 'Spécialité 1re', ['1re'], 'Enjeux', P.magnolia), { publics: ['eleve', 'enseignant'], spare: { eleve: 3, enseignant: 0 }, rules: [{ public: 'eleve', groups: ['spe-ses-1re'] }, { public: 'enseignant', teachersOf: ['SES'] }], distributor: 'LDE', years: 4 });
  sub(m('Histoire-Géographie', '2nde', ['2nde'], 'Chemins', P.hautier, { cns: cns.ark }), { ...family, publics: ['eleve', 'enseignant', 'documentaliste'], spare: { eleve: 5, enseignant: 1, documentaliste: 0 }, rules: [{ public: 'eleve', levels: ['2nde'] }, { public: 'enseignant', teachersOf: ['Histoire-Géographie'] }, docs] });
  sub(m('HGGSP', 'Spécialité 1re', ['1re'], 'Chemins', P.hautier, { cns: cns.ark }), { ...family, publics: ['eleve', 'enseignant'], spare: { eleve: 2, enseignant: 1 }, rules: [{ public: 'eleve', groups: ['spe-hggsp-1re'] }, { public: 'enseignant', teachersOf: ['Histoire-Géographie'] }] });
  sub(m('Anglais', '2nde', ['2nde'], 'Crossroads', P.magnolia), { publics: ['eleve', 'enseignant', 'documentaliste'], spare: { eleve: 4, enseignant: 1, documentaliste: 0 }, rules: [{ public: 'eleve', levels: ['2nde'] }, { public: 'enseignant', teachersOf: ['Anglais'] }, docs], distributor: 'LDE', years: 3 });
  sub(m('NSI', 'Spécialité 1re', ['1re'], 'Octet', P.bordage), { publics: ['eleve', 'enseignant'], spare: { eleve: 30, enseignant: 2 }, receivedDaysAgo: 1, distributor: 'LDE', years: 4 });
  sub(m('Anglais', 'LLCER 1re', ['1re'], 'Crossroads', P.magnolia), { publics: ['eleve', 'enseignant'], spare: { eleve: 25, enseignant: 1 }, distributor: 'LDE' });
  sub(SHARED.roseau(), { licence: 'etablissement', publics: ['eleve', 'enseignant', 'documentaliste', 'personnel'], distributor: 'LDE', rules: [{ public: 'eleve', profile: true }, { public: 'enseignant', profile: true }, docs] });
  sub(
    {
      ark: 'ark:/86527/r.universalia',
      title: 'Encyclopædia Universalia — édition lycée',
      publisher: P.universalia,
      type: 'DIC',
      pedagogy: [PEDAGOGY.autoformation!],
      typology: [DOCUMENT_TYPES.encyclopedie!],
      levels: [LEVELS.lycée!],
      vignette: 'universalia',
      gar: true,
      distributeurTech: 'LDE',
    },
    { licence: 'etablissement', publics: ['eleve', 'enseignant', 'documentaliste', 'personnel'], distributor: 'LDE', rules: [{ public: 'eleve', profile: true }, { public: 'enseignant', profile: true }, { public: 'documentaliste', profile: true }, { public: 'personnel', profile: true }] },
  );
  sub(SHARED.presse(), { licence: 'etablissement', publics: ['eleve', 'enseignant', 'documentaliste', 'personnel'], distributor: 'EuroKiosque', expiresIn: 25, rules: [{ public: 'eleve', profile: true }, { public: 'enseignant', profile: true }, docs] });
  sub(SHARED.pix(), { licence: 'etablissement', publics: ['eleve', 'enseignant'], distributor: 'Offre gratuite', advisories: [{ public: 'enseignant', message: PIX_ADVISORY }], rules: [{ public: 'eleve', levels: ['2nde', '1re', 'Tle'] }] });
  const lire = SHARED.lireEnLigne();
  sub(lire, { licence: 'etablissement', publics: ['eleve', 'enseignant', 'documentaliste'], distributor: 'Lire en ligne', familyMother: true, bundle: classics(14, lire.ark), rules: [{ public: 'eleve', levels: ['2nde', '1re'] }, { public: 'enseignant', teachersOf: ['Français', 'Philosophie'] }, docs] });
  sub(
    {
      ark: 'ark:/86527/r.cortexpop-lycee',
      title: 'CortexPop Lycée — vidéos de révision',
      publisher: P.cortexpop,
      type: 'MUL',
      typology: [DOCUMENT_TYPES.video!],
      levels: [LEVELS.lycée!],
      disciplines: [DISCIPLINES.SVT!, DISCIPLINES['Physique-Chimie']!, DISCIPLINES.SES!],
      vignette: 'cortexpop',
      gar: true,
    },
    { publics: ['eleve', 'enseignant'], spare: { eleve: 12, enseignant: 2 }, rules: [{ public: 'eleve', levels: ['Tle'] }, { public: 'enseignant', teachersOf: ['SVT', 'Physique-Chimie'] }], distributor: 'CortexPop Éducation' },
  );
  sub(SHARED.avenirs(ctx.uai), { licence: 'etablissement', publics: ['eleve', 'enseignant', 'documentaliste', 'personnel'], distributor: 'Offre gratuite', rules: [{ public: 'eleve', profile: true }, docs] });
  sub(
    {
      ark: 'ark:/86527/r.cartolab',
      title: 'Cartolab — atelier de cartographie interactive',
      publisher: P.cartolab,
      type: 'PRO',
      pedagogy: [PEDAGOGY.activite!],
      typology: [DOCUMENT_TYPES.carte!],
      levels: [LEVELS.lycée!],
      disciplines: [DISCIPLINES.HGGSP!],
      vignette: 'cartolab',
      gar: true,
    },
    { publics: ['eleve', 'enseignant'], spare: { eleve: 8, enseignant: 1 }, rules: [{ public: 'eleve', groups: ['spe-hggsp-tle'] }, { public: 'enseignant', teachersOf: ['Histoire-Géographie'] }], distributor: 'CNS' },
  );
  sub(
    {
      ark: 'ark:/86527/r.bac-francais-annales',
      title: 'Objectif bac de français — annales et méthodes',
      publisher: P.hautier,
      type: 'ACC',
      pedagogy: [PEDAGOGY.exercice!, PEDAGOGY.evaluation!],
      typology: [DOCUMENT_TYPES.ouvrage!],
      levels: [LEVELS['1re']!],
      disciplines: [DISCIPLINES.Français!],
      gar: true,
      distributeurTech: 'LDE',
    },
    { publics: ['eleve', 'enseignant'], spare: { eleve: 10, enseignant: 1 }, expiresIn: 27, rules: [{ public: 'eleve', levels: ['1re'] }], distributor: 'LDE' },
  );
}

/** `many`: fills up to 200 subscriptions with every level × discipline × kind, and adds a large free heritage offer. */
function manyMore(ctx: BuildContext): void {
  const college = ctx.uai === COLLEGE;
  const levels = college ? ['6e', '5e', '4e', '3e'] : ['2nde', '1re', 'Tle'];
  const disciplines = college
    ? ['Français', 'Mathématiques', 'Histoire-Géographie', 'Anglais', 'SVT', 'Physique-Chimie', 'Technologie', 'Arts plastiques', 'Éducation musicale', 'Espagnol', 'Allemand']
    : ['Français', 'Mathématiques', 'Histoire-Géographie', 'Anglais', 'SVT', 'Physique-Chimie', 'SES', 'Philosophie', 'NSI', 'Espagnol', 'Allemand'];
  const publishers = [P.belvedere, P.nataris, P.hautier, P.bordage, P.magnolia];
  const collections = ['Azimut', 'Passerelles', 'Kaléidoscope', 'Nouveaux Chemins', 'Boussole'];
  const kinds: Array<ManualSpec['kind']> = ['manuel', 'cahier', 'video', 'evaluation'];
  // A free offer delivering ~950 individual records (not a family): with the manuals, a pupil's
  // médiacentre lists about 1,000 resources, the scale the widgets must stay smooth at.
  const heritageOffer: ResourceDef = {
    ark: 'ark:/86527/r.patrimoine',
    title: 'Médiathèque Culture & Patrimoine — collections des musées et monuments',
    publisher: P.patrimoine,
    type: 'DOC',
    typology: [DOCUMENT_TYPES.image!, DOCUMENT_TYPES.video!],
    levels: [LEVELS['cycle 3']!, LEVELS['cycle 4']!, LEVELS.lycée!],
    vignette: 'patrimoine-1',
    gar: true,
  };
  addSubscription(ctx, heritageOffer, {
    licence: 'etablissement',
    publics: ['eleve', 'enseignant', 'documentaliste'],
    distributor: 'Offre gratuite',
    bundle: heritage(950),
    rules: [{ public: 'eleve', profile: true }, { public: 'enseignant', profile: true }, { public: 'documentaliste', profile: true }],
  });
  let n = 0;
  outer: for (const kind of kinds) {
    for (let p = 0; p < publishers.length; p++) {
      for (const level of levels) {
        for (const discipline of disciplines) {
          if (ctx.subscriptions.length >= 200) break outer;
          n += 1;
          const lv2 = discipline === 'Espagnol' || discipline === 'Allemand';
          if (college && lv2 && level === '6e') continue;
          const groupKey = `${discipline === 'Espagnol' ? 'lv2-esp' : 'lv2-all'}-${college ? level : level.toLowerCase()}`;
          const resource = manual({ discipline, label: level, levels: [level], collection: collections[p]!, publisher: publishers[p]!, kind, vignette: n % 7 !== 0 });
          if (ctx.resources.has(resource.ark)) continue;
          // Every tenth one is left unassigned, like a real console mid-year.
          const rules: AssignRule[] = n % 10 === 0 ? [] : [lv2 ? { public: 'eleve', groups: [groupKey] } : { public: 'eleve', levels: [level] }, { public: 'enseignant', teachersOf: [discipline] }];
          addSubscription(ctx, resource, {
            licence: n % 3 === 0 ? 'etablissement' : 'individuelle',
            publics: ['eleve', 'enseignant'],
            spare: { eleve: ctx.rng.int(0, 40), enseignant: ctx.rng.int(0, 3) },
            rules,
            distributor: n % 2 === 0 ? 'CNS' : 'LDE',
            years: 1 + (n % 4),
            ...(n % 23 === 0 ? { expiresIn: 5 + (n % 20) } : {}),
            ...(n % 37 === 0 ? { receivedDaysAgo: 1 + (n % 5) } : {}),
          });
        }
      }
    }
  }
}

export function generateCatalogue(uai: string, dataSet: DataSet, anchor: Date): Catalogue {
  const ctx: BuildContext = {
    uai,
    dataSet,
    anchor,
    rng: random(`catalogue:${dataSet}:${uai}`),
    startYear: Number(dateParis(schoolYearStart(anchor)).slice(0, 4)),
    resources: new Map(),
    subscriptions: [],
  };
  if (dataSet === 'empty') return { resources: ctx.resources, subscriptions: ctx.subscriptions };
  if (uai === COLLEGE) collegeDefault(ctx);
  else lyceeDefault(ctx);
  if (dataSet === 'many') manyMore(ctx);
  return { resources: ctx.resources, subscriptions: ctx.subscriptions };
}
