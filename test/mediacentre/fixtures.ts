// Test-local GAR data and msw handlers for <gar-mediacentre>: realistic records (ARK ids,
// ScoLOMFR terms, typePresentation codes), two establishments, favourites kept in memory.
import { http, HttpResponse, delay } from 'msw';
import { fixture, html, waitUntil } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { worker, OFF_CONTRACT } from '../support/msw.js';
import type { Me } from '../../src/shared/api/types.js';
import '../../src/mediacentre/define.js';
import type { GarMediacentre } from '../../src/mediacentre/mediacentre.js';
import { root } from '../support/dom.js';

export const COLLEGE = '0330001A';
export const LYCEE = '0330002B';
/** A 1×1 PNG: thumbnails load without network noise. */
export const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
const SCOLOMFR = 'http://data.education.fr/voc/scolomfr/concept/';

export function me(overrides: Partial<Me> = {}): Me {
  return {
    id: 'u-0330001A-eleve-1',
    displayName: 'Léa Martin',
    profile: 'eleve',
    roles: [],
    establishments: [{ uai: COLLEGE, name: 'Collège Jules-Ferry' }],
    currentUai: COLLEGE,
    ...overrides,
  };
}

export const twoSchools = {
  establishments: [
    { uai: COLLEGE, name: 'Collège Jules-Ferry' },
    { uai: LYCEE, name: 'Lycée Condorcet' },
  ],
};

function term(nom: string, n = 1) {
  return { uri: `${SCOLOMFR}scolomfr-voc-${n}`, nom };
}

export function record(id: string, overrides: Record<string, unknown> = {}, uai = COLLEGE): Record<string, unknown> {
  const idRessource = `ark:/86527/r.${id}`;
  return {
    idRessource,
    idType: 'ark',
    nomRessource: `Ressource ${id}`,
    idEditeur: 'ark:/86527/e.belin',
    nomEditeur: 'Belin Éducation',
    urlVignette: PNG,
    typePresentation: { code: 'MAN', nom: 'manuel numérique' },
    typePedagogique: [term('cours / présentation')],
    typologieDocument: [term('ouvrage')],
    niveauEducatif: [term('6e', 14)],
    domaineEnseignement: [term('histoire-géographie', 1290)],
    urlAccesRessource: `https://sp-auth.partenaire.test-gar.education.fr/domaineGar?idENT=RU5U&idEtab=${btoa(uai)}&idRessource=${encodeURIComponent(idRessource)}`,
    nomSourceEtiquetteGar: 'Accessible via le Gestionnaire d’accès aux ressources (GAR)',
    distributeurTech: 'CNS',
    validateurTech: 'CNS',
    ...overrides,
  };
}

/** A small, varied listing of the collège. */
export function collegeRecords(): Record<string, unknown>[] {
  return [
    record('man-hist-6e', { nomRessource: 'Histoire-Géographie 6e — manuel numérique élève' }),
    record('man-maths-5e', {
      nomRessource: 'Mathématiques 5e — Myriade',
      nomEditeur: 'Bordas',
      niveauEducatif: [term('5e', 13)],
      domaineEnseignement: [term('mathématiques', 1300)],
    }),
    record('dic-robert', {
      nomRessource: 'Le Robert Junior en ligne',
      nomEditeur: 'Le Robert',
      typePresentation: { code: 'DIC', nom: 'dictionnaire' },
      niveauEducatif: [term('6e', 14), term('5e', 13)],
      domaineEnseignement: [term('français', 1200)],
    }),
    record('doc-eureka', {
      nomRessource: 'Éducation à l’image — Eurêka',
      nomEditeur: 'Lumni',
      typePresentation: { code: 'DOC', nom: 'documentaire' },
      niveauEducatif: [],
      domaineEnseignement: undefined,
      nomSourceEtiquetteGar: undefined,
      urlVignette: undefined,
    }),
  ];
}

/** A family: a mother and two manuals, and one orphan member whose mother is absent. */
export function familyRecords(): Record<string, unknown>[] {
  return [
    record('cns-biblio', { nomRessource: 'CNS – Biblio Manuels', nomEditeur: 'CNS', mereFamille: true, typePresentation: { code: 'MAN', nom: 'manuel numérique' } }),
    record('biblio-svt-4e', { nomRessource: 'SVT 4e – Biblio Manuels', nomEditeur: 'Hachette', membreFamille: 'ark:/86527/r.cns-biblio', domaineEnseignement: [term('SVT', 1400)] }),
    record('biblio-phys-3e', { nomRessource: 'Physique-Chimie 3e – Biblio Manuels', nomEditeur: 'Hachette', membreFamille: 'ark:/86527/r.cns-biblio' }),
    record('orphan', { nomRessource: 'Orpheline', membreFamille: 'ark:/86527/r.absent' }),
  ];
}

export function listing(records: unknown[]) {
  return { listeRessources: { ressource: records } };
}

export interface MockOptions {
  me?: Me | 'anonymous';
  /** Records per UAI, or a response factory. */
  resources?: Record<string, unknown[] | (() => Response | Promise<Response>)>;
  favorites?: string[];
  /** Answer favourite writes with this instead of succeeding. */
  refuseFavorites?: () => Response;
  favoritesList?: () => Response;
  delayMs?: number;
}

export interface MockState {
  favorites: string[];
  requests: string[];
}

export function problem(status: number, code: string, title = 'Erreur'): Response {
  return HttpResponse.json({ type: `https://ent-widgets.example/problems/${code}`, title, status, code }, {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

export function garError(status = 500, message = 'Erreur lors de la récupération des ressources'): Response {
  return HttpResponse.json({ Erreur: { Code: String(status), Message: message, Resource: '/ressources/ENT/0330001A/abc' } }, { status });
}

export function malformed(): Response {
  return new HttpResponse('{"listeRessources": {"ressource": [', {
    status: 200,
    headers: { 'Content-Type': 'application/json', [OFF_CONTRACT]: '1' },
  });
}

/** Installs the handlers of one test; returns the mutable mock state. */
export function mockApi(options: MockOptions = {}): MockState {
  const state: MockState = { favorites: [...(options.favorites ?? [])], requests: [] };
  const user = options.me ?? me();
  const resources = options.resources ?? { [COLLEGE]: collegeRecords() };
  worker.use(
    http.get('/api/me', () => (user === 'anonymous' ? problem(401, 'unauthorized', 'Non connecté') : HttpResponse.json(user))),
    http.get('/api/mediacentre/resources', async ({ request }) => {
      const uai = new URL(request.url).searchParams.get('uai') ?? '';
      state.requests.push(`GET resources ${uai}`);
      if (options.delayMs) await delay(options.delayMs);
      const source = resources[uai];
      if (typeof source === 'function') return source();
      if (!source) return problem(403, 'forbidden', 'Accès refusé');
      return HttpResponse.json(listing(source), { headers: { ETag: `"r-${uai}"` } });
    }),
    http.get('/api/mediacentre/favorites', () => {
      state.requests.push('GET favorites');
      if (options.favoritesList) return options.favoritesList();
      return HttpResponse.json({ favorites: state.favorites });
    }),
    http.put('/api/mediacentre/favorites/:id', ({ params }) => {
      const id = decodeURIComponent(String(params.id));
      state.requests.push(`PUT ${id}`);
      if (options.refuseFavorites) return options.refuseFavorites();
      if (!state.favorites.includes(id)) state.favorites.push(id);
      return HttpResponse.json({ favorites: state.favorites });
    }),
    http.delete('/api/mediacentre/favorites/:id', ({ params }) => {
      const id = decodeURIComponent(String(params.id));
      state.requests.push(`DELETE ${id}`);
      if (options.refuseFavorites) return options.refuseFavorites();
      state.favorites = state.favorites.filter((f) => f !== id);
      return HttpResponse.json({ favorites: state.favorites });
    }),
  );
  return state;
}

export async function mount(attrs: { lang?: string; uai?: string; affectationUrl?: string; headingLevel?: number } = {}): Promise<GarMediacentre> {
  const el = await fixture<GarMediacentre>(html`<gar-mediacentre
    lang=${attrs.lang ?? 'fr'}
    uai=${ifDefined(attrs.uai)}
    affectation-url=${ifDefined(attrs.affectationUrl)}
    heading-level=${attrs.headingLevel ?? 2}
  ></gar-mediacentre>`);
  return el;
}

export { root };

/** Waits until nothing is loading any more. */
export async function settled(el: GarMediacentre): Promise<void> {
  await waitUntil(() => root(el).querySelector('[part="base"]')?.getAttribute('aria-busy') === 'false', 'still loading', { timeout: 5000 });
  await el.updateComplete;
}

export function cards(el: HTMLElement): HTMLLIElement[] {
  return [...root(el).querySelectorAll<HTMLLIElement>('.cards > li')];
}

export function titles(el: HTMLElement): string[] {
  return cards(el).map((li) => li.querySelector('.card-title')!.textContent!.replace(/\s+/g, ' ').trim());
}

export function buttonNamed(scope: ParentNode, name: RegExp | string): HTMLButtonElement {
  const found = [...scope.querySelectorAll<HTMLButtonElement>('button')].find((b) => {
    const text = b.textContent!.replace(/\s+/g, ' ').trim();
    return typeof name === 'string' ? text === name : name.test(text);
  });
  if (!found) throw new Error(`No button named ${name}`);
  return found;
}

export function byLabel<T extends HTMLElement>(el: HTMLElement, label: string | RegExp): T {
  const r = root(el);
  const found = [...r.querySelectorAll('label')].find((l) => (typeof label === 'string' ? l.textContent!.trim() === label : label.test(l.textContent!)));
  if (!found) throw new Error(`No label ${label}`);
  return r.getElementById(found.htmlFor) as T;
}

export async function typeInto(el: GarMediacentre, input: HTMLInputElement, value: string): Promise<void> {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

export async function choose(el: GarMediacentre, select: HTMLSelectElement, value: string): Promise<void> {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

export function clearStorage(): void {
  for (const key of Object.keys(localStorage)) if (key.startsWith('ent-widgets:gar-mediacentre')) localStorage.removeItem(key);
}
