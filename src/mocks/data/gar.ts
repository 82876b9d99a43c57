// A catalogue entry as the GAR's per-user listing web service sends it, for one establishment.
import type { GarResource } from '../api.js';
import type { ResourceDef } from './catalogue.js';
import { ESTABLISHMENTS } from './users.js';
import { PRESENTATION } from './vocabulary.js';

export const GAR_LABEL = 'Accessible via le Gestionnaire d’accès aux ressources (GAR)';

/** The GAR SSO URL: the same resource opens through a different URL in each establishment. */
export function garAccessUrl(uai: string, ark: string): string {
  const entId = ESTABLISHMENTS[uai]?.entId ?? 'ENT';
  return `https://sp-auth.partenaire.test-gar.education.fr/domaineGar?idENT=${btoa(entId)}&idEtab=${btoa(uai)}&idRessource=${encodeURIComponent(ark)}`;
}

export function garRecord(def: ResourceDef, uai: string): GarResource {
  // Field order as the GAR sends them; optional arrays are left out when the GAR has none.
  const record: GarResource = {
    idRessource: def.ark,
    idType: 'ark',
    nomRessource: def.title,
    idEditeur: def.publisher.id,
    nomEditeur: def.publisher.name,
    urlAccesRessource: def.directUrl ?? garAccessUrl(uai, def.ark),
  };
  if (def.vignette) record.urlVignette = `/demo-assets/vignettes/${def.vignette}.svg`;
  record.typePresentation = { ...PRESENTATION[def.type] };
  if (def.pedagogy) record.typePedagogique = def.pedagogy;
  if (def.typology) record.typologieDocument = def.typology;
  if (def.levels) record.niveauEducatif = def.levels;
  if (def.disciplines) record.domaineEnseignement = def.disciplines;
  if (def.gar) record.nomSourceEtiquetteGar = GAR_LABEL;
  if (def.garLabelUrl) record.urlSourceEtiquetteGar = 'https://gar.education.fr/';
  if (def.distributeurTech) record.distributeurTech = def.distributeurTech;
  if (def.validateurTech) record.validateurTech = def.validateurTech;
  if (def.mereFamille) record.mereFamille = true;
  if (def.membreFamille) record.membreFamille = def.membreFamille;
  if (def.establishments) record.idEtablissement = def.establishments.map((u) => ({ UAI: u, nom: ESTABLISHMENTS[u]?.name ?? u }));
  if (def.extra) Object.assign(record, def.extra);
  return record;
}
