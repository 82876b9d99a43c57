// The establishments' directories (annuaire): divisions, groups and people, generated from a
// seeded PRNG. Division and group ids are stable (`div-0330001A-4B`, `grp-0330001A-latin-4e`);
// person ids are `p-<uai>-<n>` in generation order, and the demo users keep their own ids.
import type { DataSet } from '../config.js';
import type { Public } from '../api.js';
import { random, type Random } from '../random.js';
import { addDays, dateParis, schoolYearStart } from '../time.js';
import { ADULT_FIRST_NAMES, LAST_NAMES, PUPIL_FIRST_NAMES } from './names.js';
import { COLLEGE, ESTABLISHMENTS, placements, type Placement } from './users.js';

export interface LevelDef {
  /** `6e`, `2nde`… */
  name: string;
  /** MEF code of the level. */
  mef: string;
  /** Division code and display name of the n-th division (0-based). */
  code(n: number): string;
  label(n: number): string;
}

export interface PersonRec {
  id: string;
  lastName: string;
  firstName: string;
  profile: Public;
  divisionIds: string[];
  groupIds: string[];
  /** `YYYY-MM-DD` */
  arrivalDate: string;
  departureDate: string | null;
  /** Staff function or `Élève` (not in the contract; labels only). */
  function: string;
  discipline?: string;
  /** Pupils: parents holding an ENT account (reached by announcements to parents). */
  parents: number;
  /** Normalised "last first" for search. */
  search: string;
}

export interface DivisionRec {
  id: string;
  code: string;
  name: string;
  level: { code: string; name: string };
  memberIds: string[];
}

export interface GroupRec {
  id: string;
  key: string;
  name: string;
  discipline: string;
  divisionIds: string[];
  memberIds: string[];
}

export interface Directory {
  uai: string;
  name: string;
  levels: LevelDef[];
  divisions: DivisionRec[];
  groups: GroupRec[];
  people: PersonRec[];
  personById: Map<string, PersonRec>;
  divisionById: Map<string, DivisionRec>;
  groupById: Map<string, GroupRec>;
  /** Seed assignments are dated within this window; later arrivals hold nothing yet. */
  seedWindow: { from: Date; to: Date };
}

/** Lower case, no accents, apostrophes and hyphens as spaces: what search compares. */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'‐-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const collegeLevel = (digit: string, name: string, mef: string): LevelDef => ({
  name,
  mef,
  code: (n) => `${digit}${letters[n % 26]}${n >= 26 ? Math.floor(n / 26) : ''}`,
  label: (n) => `${name} ${letters[n % 26]}${n >= 26 ? Math.floor(n / 26) : ''}`,
});
const lyceeLevel = (prefix: string, name: string, mef: string, labelPrefix: string): LevelDef => ({
  name,
  mef,
  code: (n) => `${prefix}${n + 1}`,
  label: (n) => `${labelPrefix}${n + 1}`,
});

// MEF codes of the levels (collège: 6e–3e générale; lycée: 2nde GT, 1re and Tle générales).
const COLLEGE_LEVELS = [
  collegeLevel('6', '6e', '10010012110'),
  collegeLevel('5', '5e', '10110001110'),
  collegeLevel('4', '4e', '10210001110'),
  collegeLevel('3', '3e', '10310019110'),
];
const LYCEE_LEVELS = [
  lyceeLevel('2DE', '2nde', '20010017110', '2nde '),
  lyceeLevel('1G', '1re', '20111007110', '1re G'),
  lyceeLevel('TG', 'Tle', '20211007110', 'Tle G'),
];

interface Shape {
  divisionsPerLevel: number[];
  pupils: [number, number];
  /** Teachers per discipline, with the levels taught in divisions. */
  teachers: Array<{ discipline: string; count: number; levels: string[] }>;
  documentalistes: number;
  staff: string[];
  departedPupils: number;
  departedTeachers: number;
  newPupils: number;
  newTeachers: number;
}

const COLLEGE_STAFF = [
  'Principal', 'Principale adjointe', 'Adjoint gestionnaire', 'Conseillère principale d’éducation', 'Conseiller principal d’éducation',
  'Secrétaire de direction', 'Secrétaire de scolarité', 'Infirmière scolaire', 'Assistante sociale',
  'Assistant d’éducation', 'Assistante d’éducation', 'Assistant d’éducation', 'Assistante d’éducation', 'Assistant d’éducation',
  'Accompagnante d’élèves en situation de handicap', 'Accompagnant d’élèves en situation de handicap', 'Agent d’accueil',
];
const LYCEE_STAFF = [
  'Proviseure', 'Proviseur adjoint', 'Adjointe gestionnaire', 'Conseiller principal d’éducation', 'Conseillère principale d’éducation',
  'Secrétaire de direction', 'Secrétaire de scolarité', 'Infirmier scolaire', 'Psychologue de l’Éducation nationale',
  'Assistant d’éducation', 'Assistante d’éducation', 'Assistant d’éducation', 'Assistante d’éducation', 'Assistant d’éducation',
  'Technicien informatique',
];

const ALL_COLLEGE = ['6e', '5e', '4e', '3e'];
const ALL_LYCEE = ['2nde', '1re', 'Tle'];

function shapeOf(uai: string, dataSet: DataSet): Shape {
  const big = dataSet === 'many';
  const k = big ? 6 : 1;
  if (uai === COLLEGE) {
    return {
      divisionsPerLevel: big ? [26, 26, 26, 26] : [4, 5, 4, 4],
      pupils: [25, 28],
      teachers: [
        { discipline: 'Français', count: 5 * k, levels: ALL_COLLEGE },
        { discipline: 'Mathématiques', count: 5 * k, levels: ALL_COLLEGE },
        { discipline: 'Histoire-Géographie', count: 4 * k, levels: ALL_COLLEGE },
        { discipline: 'Anglais', count: 3 * k, levels: ALL_COLLEGE },
        { discipline: 'Espagnol', count: 2 * k, levels: [] },
        { discipline: 'Allemand', count: 1 * k, levels: [] },
        { discipline: 'SVT', count: 2 * k, levels: ALL_COLLEGE },
        { discipline: 'Physique-Chimie', count: 2 * k, levels: ['5e', '4e', '3e'] },
        { discipline: 'Technologie', count: 2 * k, levels: ALL_COLLEGE },
        { discipline: 'Arts plastiques', count: 1 * k, levels: ALL_COLLEGE },
        { discipline: 'Éducation musicale', count: 1 * k, levels: ALL_COLLEGE },
        { discipline: 'EPS', count: 3 * k, levels: ALL_COLLEGE },
        { discipline: 'Lettres classiques', count: 1 * k, levels: [] },
      ],
      documentalistes: big ? 4 : 0,
      staff: big ? [...COLLEGE_STAFF, ...COLLEGE_STAFF.slice(9), ...COLLEGE_STAFF.slice(9), ...COLLEGE_STAFF.slice(9)] : COLLEGE_STAFF,
      departedPupils: big ? 24 : 3,
      departedTeachers: big ? 4 : 1,
      newPupils: big ? 30 : 4,
      newTeachers: big ? 4 : 1,
    };
  }
  return {
    divisionsPerLevel: big ? [18, 16, 16] : [4, 3, 3],
    pupils: [26, 30],
    teachers: [
      { discipline: 'Français', count: 3 * k, levels: ['2nde', '1re'] },
      { discipline: 'Philosophie', count: 2 * k, levels: ['Tle'] },
      { discipline: 'Mathématiques', count: 4 * k, levels: ['2nde'] },
      { discipline: 'Physique-Chimie', count: 3 * k, levels: ['2nde'] },
      { discipline: 'SVT', count: 2 * k, levels: ['2nde'] },
      { discipline: 'SES', count: 2 * k, levels: ['2nde'] },
      { discipline: 'Histoire-Géographie', count: 3 * k, levels: ALL_LYCEE },
      { discipline: 'Anglais', count: 3 * k, levels: ALL_LYCEE },
      { discipline: 'Espagnol', count: 2 * k, levels: [] },
      { discipline: 'Allemand', count: 1 * k, levels: [] },
      { discipline: 'NSI', count: 1 * k, levels: [] },
      { discipline: 'EPS', count: 2 * k, levels: ALL_LYCEE },
    ],
    documentalistes: big ? 3 : 1,
    staff: big ? [...LYCEE_STAFF, ...LYCEE_STAFF.slice(9), ...LYCEE_STAFF.slice(9)] : LYCEE_STAFF,
    departedPupils: big ? 20 : 3,
    departedTeachers: big ? 3 : 1,
    newPupils: big ? 25 : 3,
    newTeachers: big ? 3 : 1,
  };
}

interface GroupDef {
  key: string;
  name: string;
  discipline: string;
  /** Picks the pupils of the group among those of its levels. */
  levels: string[];
}

/** Groups spanning divisions, and how pupils are spread in them. */
function groupDefs(uai: string): GroupDef[] {
  if (uai === COLLEGE) {
    const defs: GroupDef[] = [];
    for (const level of ['5e', '4e', '3e']) {
      defs.push({ key: `lv2-esp-${level}`, name: `LV2 Espagnol ${level}`, discipline: 'Espagnol', levels: [level] });
      defs.push({ key: `lv2-all-${level}`, name: `LV2 Allemand ${level}`, discipline: 'Allemand', levels: [level] });
      defs.push({ key: `latin-${level}`, name: `Latin ${level}`, discipline: 'Lettres classiques', levels: [level] });
    }
    defs.push({ key: 'atelier-theatre', name: 'Atelier théâtre', discipline: 'Français', levels: ALL_COLLEGE });
    defs.push({ key: 'chorale', name: 'Chorale', discipline: 'Éducation musicale', levels: ALL_COLLEGE });
    return defs;
  }
  const defs: GroupDef[] = [];
  for (const level of ALL_LYCEE) {
    defs.push({ key: `lv2-esp-${level.toLowerCase()}`, name: `LV2 Espagnol ${level}`, discipline: 'Espagnol', levels: [level] });
    defs.push({ key: `lv2-all-${level.toLowerCase()}`, name: `LV2 Allemand ${level}`, discipline: 'Allemand', levels: [level] });
  }
  defs.push({ key: 'euro-anglais-2nde', name: 'Section européenne anglais 2nde', discipline: 'Anglais', levels: ['2nde'] });
  for (const level of ['1re', 'Tle']) {
    for (const spe of SPECIALITES) {
      defs.push({ key: `spe-${spe.key}-${level.toLowerCase()}`, name: `Spé ${spe.name} ${level}`, discipline: spe.discipline, levels: [level] });
    }
  }
  defs.push({ key: 'maths-expertes-tle', name: 'Maths expertes Tle', discipline: 'Mathématiques', levels: ['Tle'] });
  defs.push({ key: 'maths-comp-tle', name: 'Maths complémentaires Tle', discipline: 'Mathématiques', levels: ['Tle'] });
  return defs;
}

export const SPECIALITES = [
  { key: 'maths', name: 'Mathématiques', discipline: 'Mathématiques', weight: 60 },
  { key: 'pc', name: 'Physique-Chimie', discipline: 'Physique-Chimie', weight: 40 },
  { key: 'svt', name: 'SVT', discipline: 'SVT', weight: 38 },
  { key: 'ses', name: 'SES', discipline: 'SES', weight: 36 },
  { key: 'hggsp', name: 'HGGSP', discipline: 'Histoire-Géographie', weight: 30 },
  { key: 'hlp', name: 'HLP', discipline: 'Philosophie', weight: 14 },
  { key: 'llcer-anglais', name: 'LLCER Anglais', discipline: 'Anglais', weight: 20 },
  { key: 'nsi', name: 'NSI', discipline: 'NSI', weight: 16 },
] as const;

/** Weighted choice of `count` distinct spécialités. */
function pickSpecialites(rng: Random, count: number): string[] {
  const chosen: string[] = [];
  while (chosen.length < count) {
    const open = SPECIALITES.filter((s) => !chosen.includes(s.key));
    let roll = rng.next() * open.reduce((sum, s) => sum + s.weight, 0);
    for (const spe of open) {
      roll -= spe.weight;
      if (roll < 0) {
        chosen.push(spe.key);
        break;
      }
    }
  }
  return chosen;
}

export function generateDirectory(uai: string, dataSet: DataSet, anchor: Date): Directory {
  const info = ESTABLISHMENTS[uai];
  if (!info) throw new Error(`Unknown establishment ${uai}`);
  const rng = random(`directory:${dataSet}:${uai}`);
  const shape = shapeOf(uai, dataSet);
  const levels = uai === COLLEGE ? COLLEGE_LEVELS : LYCEE_LEVELS;
  const yearStart = schoolYearStart(anchor);
  const startYear = Number(dateParis(yearStart).slice(0, 4));
  const demo = placements(uai);

  // Seed assignments happen in the first weeks of the year and at least three weeks ago;
  // new arrivals come after them (so they hold nothing), departures later still.
  const windowTo = new Date(Math.max(addDays(yearStart, 1).getTime(), Math.min(addDays(yearStart, 20).getTime(), addDays(anchor, -21).getTime())));
  const seedWindow = { from: addDays(yearStart, 1), to: windowTo };
  const sinceWindow = (rngDays: number): string => {
    const earliest = addDays(seedWindow.to, 1).getTime();
    const day = Math.min(anchor.getTime(), Math.max(earliest, addDays(anchor, -rngDays).getTime()));
    return dateParis(new Date(day));
  };

  const people: PersonRec[] = [];
  let seq = 0;
  const usedNames = new Set<string>();
  const newPerson = (profile: Public, fn: string, adult: boolean, place?: Placement): PersonRec => {
    let firstName = place?.firstName ?? '';
    let lastName = place?.lastName ?? '';
    if (!place) {
      do {
        firstName = rng.pick(adult ? ADULT_FIRST_NAMES : PUPIL_FIRST_NAMES);
        lastName = rng.pick(LAST_NAMES);
      } while (usedNames.has(`${lastName} ${firstName}`));
    }
    usedNames.add(`${lastName} ${firstName}`);
    seq += 1;
    const record: PersonRec = {
      id: place?.id ?? `p-${uai}-${String(seq).padStart(5, '0')}`,
      lastName,
      firstName,
      profile,
      divisionIds: [],
      groupIds: [],
      arrivalDate: dateParis(yearStart),
      departureDate: null,
      function: fn,
      parents: profile === 'eleve' ? (rng.chance(0.72) ? 2 : 1) : 0,
      search: normalise(`${lastName} ${firstName}`),
    };
    if (place?.discipline) record.discipline = place.discipline;
    people.push(record);
    return record;
  };

  // Divisions and their pupils.
  const divisions: DivisionRec[] = [];
  const pupilsByLevel = new Map<string, PersonRec[]>();
  levels.forEach((level, levelIndex) => {
    const pupils: PersonRec[] = [];
    pupilsByLevel.set(level.name, pupils);
    for (let n = 0; n < shape.divisionsPerLevel[levelIndex]!; n++) {
      const code = level.code(n);
      const division: DivisionRec = { id: `div-${uai}-${code}`, code, name: level.label(n), level: { code: level.mef, name: level.name }, memberIds: [] };
      divisions.push(division);
      const size = rng.int(shape.pupils[0], shape.pupils[1]);
      for (let i = 0; i < size; i++) {
        const place = i === 0 ? demo.find((p) => p.profile === 'eleve' && p.divisions[0] === code) : undefined;
        const pupil = newPerson('eleve', 'Élève', false, place);
        pupil.divisionIds.push(division.id);
        // Pupils joined at 6e (collège) or 2nde (lycée), some later.
        const yearsHere = rng.chance(0.9) ? levelIndex : rng.int(0, levelIndex);
        pupil.arrivalDate = yearsHere === 0 ? dateParis(yearStart) : `${startYear - yearsHere}-09-0${rng.int(1, 4)}`;
        pupils.push(pupil);
      }
    }
  });

  // Groups: LV2, latin, workshops (collège); LV2, European section, spécialités (lycée).
  const groups: GroupRec[] = groupDefs(uai).map((def) => ({ id: `grp-${uai}-${def.key}`, key: def.key, name: def.name, discipline: def.discipline, divisionIds: [], memberIds: [] }));
  const groupByKey = new Map(groups.map((g) => [g.key, g]));
  const join = (person: PersonRec, key: string): void => {
    const group = groupByKey.get(key);
    if (!group || person.groupIds.includes(group.id)) return;
    person.groupIds.push(group.id);
  };
  for (const [levelName, pupils] of pupilsByLevel) {
    const lower = levelName.toLowerCase();
    for (const pupil of pupils) {
      const place = demo.find((p) => p.id === pupil.id);
      if (place) {
        place.groups.forEach((key) => join(pupil, key));
        continue;
      }
      if (uai === COLLEGE) {
        if (levelName !== '6e') {
          join(pupil, rng.chance(0.66) ? `lv2-esp-${levelName}` : `lv2-all-${levelName}`);
          if (rng.chance(0.18)) join(pupil, `latin-${levelName}`);
        }
        if (rng.chance(0.05)) join(pupil, 'atelier-theatre');
        if (rng.chance(0.065)) join(pupil, 'chorale');
      } else {
        join(pupil, rng.chance(0.7) ? `lv2-esp-${lower}` : `lv2-all-${lower}`);
        if (levelName === '2nde' && rng.chance(0.2)) join(pupil, 'euro-anglais-2nde');
        if (levelName === '1re') pickSpecialites(rng, 3).forEach((key) => join(pupil, `spe-${key}-1re`));
        if (levelName === 'Tle') {
          const spes = pickSpecialites(rng, 2);
          spes.forEach((key) => join(pupil, `spe-${key}-tle`));
          if (spes.includes('maths') && rng.chance(0.22)) join(pupil, 'maths-expertes-tle');
          if (!spes.includes('maths') && rng.chance(0.3)) join(pupil, 'maths-comp-tle');
        }
      }
    }
  }

  // Teachers: each discipline's divisions and groups shared out round-robin.
  const divisionByCode = new Map(divisions.map((d) => [d.code, d]));
  for (const { discipline, count, levels: taught } of shape.teachers) {
    const teachers: PersonRec[] = [];
    const demoTeacher = demo.find((p) => p.profile === 'enseignant' && p.discipline === discipline);
    for (let i = 0; i < count; i++) {
      const place = i === 0 ? demoTeacher : undefined;
      const teacher = newPerson('enseignant', place?.function ?? teacherFunction(discipline, rng), true, place);
      teacher.discipline = discipline;
      teacher.arrivalDate = rng.chance(0.85) ? `${startYear - rng.int(1, 12)}-09-01` : dateParis(yearStart);
      teachers.push(teacher);
    }
    const reserved = new Set(demoTeacher ? demoTeacher.divisions : []);
    if (demoTeacher) teachers[0]!.divisionIds.push(...demoTeacher.divisions.map((code) => divisionByCode.get(code)!.id));
    const pool = demoTeacher ? teachers.slice(1) : teachers;
    const open = divisions.filter((d) => taught.includes(d.level.name) && !reserved.has(d.code));
    open.forEach((division, i) => pool[i % pool.length]!.divisionIds.push(division.id));
    groups.filter((g) => g.discipline === discipline).forEach((group, i) => teachers[i % teachers.length]!.groupIds.push(group.id));
  }
  // The workshops are run by teachers of the collège.
  if (uai === COLLEGE) {
    const french = people.find((p) => p.discipline === 'Français' && p.profile === 'enseignant');
    if (french) join(french, 'atelier-theatre');
  }

  // Documentalistes (demo users first) and other staff.
  for (const place of demo.filter((p) => p.profile === 'documentaliste')) {
    newPerson('documentaliste', place.function, true, place).arrivalDate = `${startYear - 6}-09-01`;
  }
  for (let i = 0; i < shape.documentalistes; i++) {
    newPerson('documentaliste', 'Professeur documentaliste', true).arrivalDate = `${startYear - rng.int(0, 8)}-09-01`;
  }
  for (const fn of shape.staff) {
    newPerson('personnel', fn, true).arrivalDate = `${startYear - rng.int(0, 10)}-09-01`;
  }

  // Departures since the rentrée (they still hold their licences until recovered).
  const demoIds = new Set(demo.map((p) => p.id));
  const candidates = (profile: Public): PersonRec[] => people.filter((p) => p.profile === profile && !demoIds.has(p.id));
  for (const person of rng.sample(candidates('eleve'), shape.departedPupils).concat(rng.sample(candidates('enseignant'), shape.departedTeachers))) {
    person.departureDate = sinceWindow(rng.int(4, 30));
  }

  // New arrivals this month: placed in divisions and groups, but holding nothing yet.
  const allLevels = [...pupilsByLevel.keys()];
  for (let i = 0; i < shape.newPupils; i++) {
    const levelName = allLevels[i % allLevels.length]!;
    const levelDivisions = divisions.filter((d) => d.level.name === levelName);
    const division = rng.pick(levelDivisions);
    const pupil = newPerson('eleve', 'Élève', false);
    pupil.divisionIds.push(division.id);
    pupil.arrivalDate = sinceWindow(rng.int(2, 18));
    const lower = levelName.toLowerCase();
    if (uai === COLLEGE && levelName !== '6e') join(pupil, `lv2-esp-${levelName}`);
    if (uai !== COLLEGE) join(pupil, `lv2-esp-${lower}`);
    if (levelName === '1re') pickSpecialites(rng, 3).forEach((key) => join(pupil, `spe-${key}-1re`));
    if (levelName === 'Tle') pickSpecialites(rng, 2).forEach((key) => join(pupil, `spe-${key}-tle`));
  }
  for (let i = 0; i < shape.newTeachers; i++) {
    const discipline = shape.teachers[i % shape.teachers.length]!;
    const teacher = newPerson('enseignant', teacherFunction(discipline.discipline, rng), true);
    teacher.discipline = discipline.discipline;
    teacher.arrivalDate = sinceWindow(rng.int(2, 18));
    const open = divisions.filter((d) => discipline.levels.includes(d.level.name));
    if (open.length > 0) rng.sample(open, 2).forEach((d) => teacher.divisionIds.push(d.id));
  }

  // Members lists, kept in directory order.
  const divisionById = new Map(divisions.map((d) => [d.id, d]));
  const groupById = new Map(groups.map((g) => [g.id, g]));
  const personById = new Map(people.map((p) => [p.id, p]));
  for (const person of people) {
    for (const id of person.divisionIds) divisionById.get(id)!.memberIds.push(person.id);
    for (const id of person.groupIds) groupById.get(id)!.memberIds.push(person.id);
  }
  // A group spans the divisions of its pupils.
  for (const group of groups) {
    const spanned = new Set<string>();
    for (const id of group.memberIds) {
      const member = personById.get(id)!;
      if (member.profile === 'eleve') member.divisionIds.forEach((d) => spanned.add(d));
    }
    group.divisionIds = divisions.filter((d) => spanned.has(d.id)).map((d) => d.id);
  }

  return {
    uai,
    name: info.name,
    levels,
    divisions,
    groups,
    people,
    personById,
    divisionById,
    groupById,
    seedWindow,
  };
}

function teacherFunction(discipline: string, rng: Random): string {
  const who = rng.chance(0.6) ? 'Professeure' : 'Professeur';
  const subjects: Record<string, string> = {
    Français: 'de lettres modernes',
    Mathématiques: 'de mathématiques',
    'Histoire-Géographie': 'd’histoire-géographie',
    Anglais: 'd’anglais',
    Espagnol: 'd’espagnol',
    Allemand: 'd’allemand',
    SVT: 'de SVT',
    'Physique-Chimie': 'de physique-chimie',
    Technologie: 'de technologie',
    'Arts plastiques': 'd’arts plastiques',
    'Éducation musicale': 'd’éducation musicale',
    EPS: 'd’EPS',
    'Lettres classiques': 'de lettres classiques',
    Philosophie: 'de philosophie',
    SES: 'de SES',
    NSI: 'de NSI',
  };
  return `${who} ${subjects[discipline] ?? discipline}`;
}

/** Is the person in the establishment at that instant (arrived, not yet left)? */
export function presentAt(person: PersonRec, day: string): boolean {
  return person.arrivalDate <= day && (person.departureDate === null || person.departureDate > day);
}
