// ScoLOMFR vocabulary entries as the GAR sends them (`{uri, nom}`) and the GAR's
// presentation types. The URIs follow the ScoLOMFR pattern
// `http://data.education.fr/voc/scolomfr/concept/scolomfr-voc-NNN-num-XXX`; numbers are
// plausible, not a copy of the official tables.
import type { GarTerm } from '../api.js';

const uri = (voc: string, num: string): string => `http://data.education.fr/voc/scolomfr/concept/scolomfr-voc-${voc}-num-${num}`;
const term = (voc: string, num: string, nom: string): GarTerm => ({ uri: uri(voc, num), nom });

/** niveauEducatif (voc-022) */
export const LEVELS: Record<string, GarTerm> = {
  '6e': term('022', '014', '6e'),
  '5e': term('022', '015', '5e'),
  '4e': term('022', '016', '4e'),
  '3e': term('022', '017', '3e'),
  '2nde': term('022', '026', '2nde'),
  '1re': term('022', '027', '1re'),
  Tle: term('022', '028', 'Tle'),
  'cycle 3': term('022', '038', 'cycle 3'),
  'cycle 4': term('022', '039', 'cycle 4'),
  collège: term('022', '043', 'collège'),
  lycée: term('022', '049', 'lycée général et technologique'),
};

/** domaineEnseignement (voc-015) */
export const DISCIPLINES: Record<string, GarTerm> = {
  Français: term('015', '1269', 'français'),
  Mathématiques: term('015', '1278', 'mathématiques'),
  'Histoire-Géographie': term('015', '1290', 'histoire-géographie'),
  EMC: term('015', '1291', 'enseignement moral et civique'),
  Anglais: term('015', '1305', 'anglais'),
  Espagnol: term('015', '1306', 'espagnol'),
  Allemand: term('015', '1307', 'allemand'),
  SVT: term('015', '1282', 'sciences de la vie et de la Terre'),
  'Physique-Chimie': term('015', '1280', 'physique-chimie'),
  Technologie: term('015', '1286', 'technologie'),
  'Lettres classiques': term('015', '1272', 'langues et cultures de l’Antiquité : latin'),
  'Éducation musicale': term('015', '1263', 'éducation musicale'),
  'Arts plastiques': term('015', '1261', 'arts plastiques'),
  Philosophie: term('015', '1293', 'philosophie'),
  SES: term('015', '1295', 'sciences économiques et sociales'),
  NSI: term('015', '1297', 'numérique et sciences informatiques'),
  HGGSP: term('015', '1298', 'histoire-géographie, géopolitique et sciences politiques'),
  HLP: term('015', '1299', 'humanités, littérature et philosophie'),
  EMI: term('015', '1310', 'éducation aux médias et à l’information'),
  Orientation: term('015', '1312', 'orientation'),
  Numérique: term('015', '1300', 'compétences numériques'),
  EPS: term('015', '1266', 'éducation physique et sportive'),
};

/** typePedagogique (voc-010) */
export const PEDAGOGY: Record<string, GarTerm> = {
  cours: term('010', '004', 'cours / présentation'),
  exercice: term('010', '007', 'exercice'),
  evaluation: term('010', '012', 'évaluation'),
  activite: term('010', '001', 'activité pédagogique'),
  autoformation: term('010', '022', 'autoformation'),
  demonstration: term('010', '005', 'démonstration'),
  etude: term('010', '010', 'étude de cas'),
};

/** typologieDocument (voc-005) */
export const DOCUMENT_TYPES: Record<string, GarTerm> = {
  ouvrage: term('005', '024', 'ouvrage'),
  dictionnaire: term('005', '009', 'dictionnaire'),
  encyclopedie: term('005', '011', 'encyclopédie'),
  video: term('005', '021', 'vidéo'),
  logiciel: term('005', '027', 'logiciel'),
  periodique: term('005', '025', 'périodique'),
  carte: term('005', '004', 'carte'),
  site: term('005', '031', 'site web'),
  son: term('005', '029', 'document sonore'),
  image: term('005', '014', 'image'),
};

export type PresentationCode = 'MAN' | 'DIC' | 'MUL' | 'PRO' | 'ACC' | 'DOC';

/** typePresentation: the GAR's codes and their names. */
export const PRESENTATION: Record<PresentationCode, { code: PresentationCode; nom: string }> = {
  MAN: { code: 'MAN', nom: 'manuel numérique' },
  DIC: { code: 'DIC', nom: 'dictionnaires et références' },
  MUL: { code: 'MUL', nom: 'multimédia' },
  PRO: { code: 'PRO', nom: 'production pédagogique' },
  ACC: { code: 'ACC', nom: 'entraînement, accompagnement' },
  DOC: { code: 'DOC', nom: 'documentaires et presse' },
};
