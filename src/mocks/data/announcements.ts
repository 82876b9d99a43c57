// The communication ciblée of the demo: the three kinds, audiences by profile, level and
// division, a form, attachments and a link, an illustration, one starting later today, one
// ended, a draft; most are the collège's, two the lycée's. Read states and form answers of other people are seeded so that the admin
// view shows realistic counts, always computed from the state.
import type { AnnouncementInput, FormAnswer } from '../api.js';
import type { DataSet } from '../config.js';
import { matches, type AudienceMember } from '../domain/audience.js';
import { unit } from '../random.js';
import { addDays, addHours, isoParis, startOfParisDay } from '../time.js';
import { fileSize } from './files.js';
import { COLLEGE, ESTABLISHMENTS, LYCEE, USERS } from './users.js';
import { articleUrl } from './news.js';

export interface ResponseRec {
  id: string;
  answeredAt: Date;
  answers: FormAnswer[];
}

export interface AnnouncementRec {
  id: string;
  /** The establishment it belongs to: its audience is counted there, its admins are that school's. */
  uai: string;
  input: AnnouncementInput;
  createdAt: Date;
  updatedAt: Date;
  author: string;
  /** person id → when they dismissed it. */
  reads: Map<string, Date>;
  /** person id → their answer. */
  responses: Map<string, ResponseRec>;
}

const everyone = { profiles: [], levels: [], divisions: [] };
const authorOf = (uai: string): string => `Direction du ${ESTABLISHMENTS[uai]!.name}`;

interface Seed {
  id: string;
  /** The collège's, unless said. */
  uai?: string;
  input: (anchor: Date) => AnnouncementInput;
  createdDaysAgo: number;
  /** Hours after creation the last edit happened. */
  editedAfter?: number;
  /** Share of the audience who already dismissed it. */
  readShare: number;
  /** Share who answered its form. */
  answerShare?: number;
}

const hourText = (date: Date): string => isoParis(date).slice(11, 16).replace(':', ' h ');

/** Later today (at the next full hour, two hours from now): announced ahead, not yet current. */
export function maintenanceStart(anchor: Date): Date {
  return new Date(Math.ceil(addHours(anchor, 2).getTime() / 3_600_000) * 3_600_000);
}

const SEEDS: Seed[] = [
  {
    id: 'ann-ppms',
    createdDaysAgo: 2,
    readShare: 0,
    input: (a) => ({
      kind: 'alerte',
      title: 'Exercice de mise en sûreté (PPMS) cette semaine',
      body:
        '<p>Un exercice de mise en sûreté « attentat-intrusion » aura lieu <strong>cette semaine</strong>, sans autre préavis.</p>' +
        '<ul><li>Suivez les consignes des adultes.</li><li>Restez silencieux et éloignés des fenêtres.</li><li>Ne téléphonez pas.</li></ul>',
      startsAt: isoParis(addHours(startOfParisDay(addDays(a, -1)), 7.5)),
      endsAt: isoParis(addHours(startOfParisDay(addDays(a, 3)), 18)),
      dismissible: false,
      audience: everyone,
      channel: 'both',
      state: 'published',
    }),
  },
  {
    id: 'ann-sortie-4e',
    createdDaysAgo: 3,
    readShare: 0.35,
    input: (a) => ({
      kind: 'avertissement',
      title: '4e : autorisation de sortie à rendre avant vendredi',
      body: '<p>Pour la sortie au Futuroscope, l’autorisation signée par un responsable légal doit être remise au professeur principal <strong>avant vendredi</strong>. Sans elle, l’élève ne pourra pas participer.</p>',
      startsAt: isoParis(addHours(startOfParisDay(addDays(a, -2)), 8)),
      endsAt: isoParis(addHours(startOfParisDay(addDays(a, 4)), 18)),
      dismissible: true,
      audience: { profiles: ['eleve'], levels: ['4e'], divisions: [] },
      channel: 'both',
      state: 'published',
    }),
  },
  {
    id: 'ann-conseils-classe',
    createdDaysAgo: 4,
    editedAfter: 26,
    readShare: 0.5,
    input: (a) => ({
      kind: 'information',
      title: 'Calendrier des conseils de classe du premier trimestre',
      body: '<p>Vous trouverez ci-joint le calendrier des conseils de classe et les consignes de saisie des appréciations. <em>Mise à jour : la salle des 4e a changé.</em></p>',
      link: { url: articleUrl('art-05'), label: 'Lire l’article « Conseils de classe du premier trimestre »', external: false },
      attachments: [
        { id: 'file-calendrier', name: 'calendrier-conseils-de-classe.pdf', url: '/demo-assets/files/calendrier-conseils-de-classe.pdf', size: fileSize('calendrier-conseils-de-classe.pdf'), mimeType: 'application/pdf' },
        { id: 'file-consignes', name: 'consignes-saisie-des-appreciations.txt', url: '/demo-assets/files/consignes-saisie-des-appreciations.txt', size: fileSize('consignes-saisie-des-appreciations.txt'), mimeType: 'text/plain' },
      ],
      startsAt: isoParis(addHours(startOfParisDay(addDays(a, -4)), 7)),
      endsAt: isoParis(addHours(startOfParisDay(addDays(a, 14)), 20)),
      dismissible: true,
      audience: { profiles: ['enseignant', 'documentaliste', 'personnel'], levels: [], divisions: [] },
      channel: 'both',
      state: 'published',
    }),
  },
  {
    id: 'ann-enquete-cdi',
    createdDaysAgo: 6,
    readShare: 0.2,
    answerShare: 0.32,
    input: (a) => ({
      kind: 'information',
      title: 'Enquête : votre avis sur le CDI',
      body: '<p>Le CDI prépare son projet pour l’année. Répondez à ces trois questions : cela prend une minute et nous aide beaucoup !</p>',
      form: {
        questions: [
          {
            id: 'frequence',
            type: 'single',
            label: 'À quelle fréquence venez-vous au CDI ?',
            required: true,
            options: [
              { id: 'jamais', label: 'Jamais' },
              { id: 'mois', label: 'Environ une fois par mois' },
              { id: 'semaine', label: 'Environ une fois par semaine' },
              { id: 'souvent', label: 'Plusieurs fois par semaine' },
            ],
          },
          {
            id: 'services',
            type: 'multiple',
            label: 'Quels services utilisez-vous ?',
            required: true,
            options: [
              { id: 'pret', label: 'Prêt de livres' },
              { id: 'postes', label: 'Postes informatiques' },
              { id: 'travail', label: 'Espace de travail au calme' },
              { id: 'presse', label: 'Presse et magazines' },
              { id: 'club', label: 'Club lecture' },
            ],
          },
          { id: 'suggestion', type: 'text', label: 'Une suggestion pour améliorer le CDI ?', required: false, maxLength: 500 },
        ],
      },
      startsAt: isoParis(addHours(startOfParisDay(addDays(a, -5)), 8)),
      endsAt: isoParis(addHours(startOfParisDay(addDays(a, 10)), 18)),
      dismissible: true,
      audience: { profiles: ['eleve', 'enseignant'], levels: ['6e', '5e', '4e', '3e'], divisions: [] },
      channel: 'home',
      state: 'published',
    }),
  },
  {
    id: 'ann-semaine-presse',
    createdDaysAgo: 3,
    readShare: 0.3,
    input: (a) => ({
      kind: 'information',
      title: 'Semaine de la presse et des médias',
      body: '<p>Ateliers, rencontre avec une journaliste et accès libre à la presse numérique : inscrivez-vous au CDI. Les ressources du <a href="https://www.clemi.fr/">CLEMI</a> sont à votre disposition.</p>',
      link: { url: 'https://www.clemi.fr/', label: 'Le site du CLEMI', external: true },
      illustration: { url: '/demo-assets/news/semaine-presse.svg', alt: 'Une pile de journaux et un micro.', width: 680, height: 383 },
      attachments: [],
      startsAt: isoParis(addHours(startOfParisDay(addDays(a, -3)), 8)),
      endsAt: isoParis(addHours(startOfParisDay(addDays(a, 12)), 18)),
      audience: { profiles: ['eleve', 'enseignant', 'documentaliste'], levels: [], divisions: [] },
      channel: 'home',
      state: 'published',
    }),
  },
  {
    id: 'ann-maintenance',
    createdDaysAgo: 1,
    readShare: 0,
    input: (a) => {
      const start = maintenanceStart(a);
      return {
        kind: 'avertissement',
        title: 'Maintenance de l’ENT : interruption de service',
        body: `<p>L’ENT sera indisponible pendant environ deux heures à partir de <strong>${hourText(start)}</strong>. Pensez à enregistrer votre travail.</p>`,
        startsAt: isoParis(start),
        endsAt: isoParis(addHours(start, 2)),
        dismissible: true,
        audience: everyone,
        channel: 'home',
        state: 'published',
      };
    },
  },
  {
    id: 'ann-photos',
    createdDaysAgo: 17,
    readShare: 0.55,
    input: (a) => ({
      kind: 'information',
      title: 'Photos de classe : commandes closes',
      body: '<p>Les commandes de photos de classe sont closes. Les pochettes seront distribuées par les professeurs principaux.</p>',
      startsAt: isoParis(addHours(startOfParisDay(addDays(a, -16)), 8)),
      endsAt: isoParis(addHours(startOfParisDay(addDays(a, -2)), 18)),
      audience: { profiles: ['eleve', 'parent'], levels: [], divisions: [] },
      channel: 'both',
      state: 'published',
    }),
  },
  {
    id: 'ann-reunion-6e',
    createdDaysAgo: 2,
    readShare: 0.25,
    input: (a) => ({
      kind: 'information',
      title: 'Réunion parents-professeurs des 6e',
      body: '<p>L’équipe pédagogique rencontrera les familles des élèves de 6e pour un premier bilan. Les rendez-vous se prennent en ligne.</p>',
      link: { url: articleUrl('art-16'), label: 'Modalités de prise de rendez-vous', external: false },
      startsAt: isoParis(addHours(startOfParisDay(addDays(a, -1)), 12)),
      endsAt: isoParis(addHours(startOfParisDay(addDays(a, 9)), 20)),
      audience: { profiles: ['parent'], levels: ['6e'], divisions: [] },
      channel: 'mail',
      state: 'published',
    }),
  },
  {
    id: 'ann-eaf-1re',
    uai: LYCEE,
    createdDaysAgo: 5,
    readShare: 0.4,
    input: (a) => ({
      kind: 'avertissement',
      title: '1re : épreuve anticipée de français blanche',
      body: '<p>L’épreuve écrite blanche de français aura lieu la semaine prochaine, de 8 h à 12 h, en salle polyvalente. Apportez vos œuvres au programme.</p>',
      startsAt: isoParis(addHours(startOfParisDay(addDays(a, -4)), 8)),
      endsAt: isoParis(addHours(startOfParisDay(addDays(a, 8)), 12)),
      audience: { profiles: ['eleve'], levels: ['1re'], divisions: [] },
      channel: 'both',
      state: 'published',
    }),
  },
  {
    id: 'ann-conseil-pedagogique-lycee',
    uai: LYCEE,
    createdDaysAgo: 2,
    readShare: 0.3,
    input: (a) => ({
      kind: 'information',
      title: 'Conseil pédagogique mardi à 17 h',
      body: '<p>Ordre du jour : projet d’établissement, semaine de l’orientation et usage des manuels numériques en seconde. Salle du conseil, bâtiment A.</p>',
      startsAt: isoParis(addHours(startOfParisDay(addDays(a, -1)), 8)),
      endsAt: isoParis(addHours(startOfParisDay(addDays(a, 6)), 18)),
      audience: { profiles: ['enseignant', 'documentaliste'], levels: [], divisions: [] },
      channel: 'both',
      state: 'published',
    }),
  },
  {
    id: 'ann-portes-ouvertes',
    createdDaysAgo: 1,
    readShare: 0,
    input: (a) => ({
      kind: 'information',
      title: 'Journée portes ouvertes : appel aux volontaires',
      body: '<p>Nous cherchons des volontaires pour accueillir les familles et présenter les ateliers. Merci de vous signaler auprès de la direction.</p>',
      startsAt: isoParis(addHours(startOfParisDay(addDays(a, 7)), 8)),
      endsAt: isoParis(addHours(startOfParisDay(addDays(a, 20)), 18)),
      dismissible: true,
      audience: { profiles: ['enseignant', 'personnel', 'documentaliste'], levels: [], divisions: [] },
      channel: 'both',
      state: 'draft',
    }),
  },
];

const SUGGESTIONS = [
  'Plus de mangas et de bandes dessinées.',
  'Ouvrir le CDI pendant la pause de midi tous les jours.',
  'Des postes informatiques plus récents.',
  'Un coin lecture avec des coussins.',
  'Plus de magazines sur le sport et les sciences.',
  'Des ateliers d’écriture.',
];

/** Reads and answers of other people (the members of each announcement's establishment), deterministic per person. */
export function generateAnnouncements(dataSet: DataSet, anchor: Date, membersOf: (uai: string) => AudienceMember[]): AnnouncementRec[] {
  if (dataSet === 'empty') return [];
  const demoIds = new Set(Object.values(USERS).map((u) => u.id));
  return SEEDS.map((seed) => {
    const input = seed.input(anchor);
    const createdAt = addDays(anchor, -seed.createdDaysAgo);
    const updatedAt = seed.editedAfter !== undefined ? new Date(Math.min(anchor.getTime() - 60_000, addHours(createdAt, seed.editedAfter).getTime())) : createdAt;
    const uai = seed.uai ?? COLLEGE;
    const record: AnnouncementRec = { id: seed.id, uai, input, createdAt, updatedAt, author: authorOf(uai), reads: new Map(), responses: new Map() };
    const start = new Date(Math.max(new Date(input.startsAt).getTime(), updatedAt.getTime()));
    if (input.state === 'draft' || start > anchor) return record;
    const window = anchor.getTime() - start.getTime();
    for (const member of membersOf(uai)) {
      if (demoIds.has(member.id) || !matches(input.audience, member)) continue;
      const roll = unit(`${seed.id}:${member.id}`);
      if (roll < seed.readShare) record.reads.set(member.id, new Date(start.getTime() + unit(`${seed.id}:at:${member.id}`) * window));
      if (seed.answerShare !== undefined && input.form && unit(`${seed.id}:answer:${member.id}`) < seed.answerShare) {
        const pick = (salt: string, n: number): number => Math.floor(unit(`${seed.id}:${salt}:${member.id}`) * n);
        const [single, multiple] = input.form.questions as [typeof input.form.questions[0], typeof input.form.questions[0]];
        const chosen = multiple.options!.filter((_, i) => unit(`${seed.id}:m${i}:${member.id}`) < 0.4).map((o) => o.id);
        const answers: FormAnswer[] = [
          { questionId: single.id, optionIds: [single.options![pick('s', single.options!.length)]!.id] },
          { questionId: multiple.id, optionIds: chosen.length > 0 ? chosen : [multiple.options![0]!.id] },
        ];
        if (unit(`${seed.id}:t:${member.id}`) < 0.25) answers.push({ questionId: 'suggestion', text: SUGGESTIONS[pick('txt', SUGGESTIONS.length)]! });
        record.responses.set(member.id, { id: `rep-${seed.id}-${record.responses.size + 1}`, answeredAt: new Date(start.getTime() + unit(`${seed.id}:ra:${member.id}`) * window), answers });
      }
    }
    return record;
  });
}
