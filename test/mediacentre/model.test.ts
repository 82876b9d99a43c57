import { expect } from '@open-wc/testing';
import {
  buildCatalog,
  EMPTY_FILTERS,
  filterCatalog,
  fold,
  isFiltered,
  listingRecords,
  normalizeRecord,
  restoreFilters,
} from '../../src/mediacentre/model.js';
import { COLLEGE, familyRecords, LYCEE, record } from './fixtures.js';

describe('mediacentre model', () => {
  it('folds accents, case, ligatures and apostrophes', () => {
    expect(fold('  Éducation À L’Image  ')).to.equal("education a l'image");
    expect(fold('Œuvres  complètes')).to.equal('oeuvres completes');
    expect(fold('CNS – Biblio')).to.equal('cns - biblio');
  });

  it('reads any listing shape: array, lone object, nothing', () => {
    expect(listingRecords({ listeRessources: { ressource: [{ a: 1 }] } })).to.have.length(1);
    expect(listingRecords({ listeRessources: { ressource: { idRessource: 'x' } } })).to.have.length(1);
    expect(listingRecords({ listeRessources: {} })).to.deep.equal([]);
    expect(listingRecords({})).to.deep.equal([]);
    expect(listingRecords(null)).to.deep.equal([]);
    expect(listingRecords('<xml/>')).to.deep.equal([]);
  });

  it('normalises a record robustly', () => {
    expect(normalizeRecord(null)).to.equal(undefined);
    expect(normalizeRecord({ nomRessource: 'sans id' })).to.equal(undefined);
    const minimal = normalizeRecord({ idRessource: 'ark:/1/r.a', inconnu: [1, 2] })!;
    expect(minimal.title).to.equal('ark:/1/r.a');
    expect(minimal.levels).to.deep.equal([]);
    expect(minimal.url).to.equal(undefined);
    const r = normalizeRecord({
      idRessource: 'ark:/1/r.b',
      nomRessource: '  Titre\n avec   espaces ',
      niveauEducatif: { nom: '6e' },
      domaineEnseignement: [{ nom: 'français' }, { nom: 'Français' }, {}, 'anglais', null],
      typePresentation: { code: 'man', nom: 'manuel numérique' },
      urlAccesRessource: 'javascript:alert(1)',
      urlVignette: 'data:image/svg+xml;base64,AAAA',
      mereFamille: 'true',
      membreFamille: 'ark:/1/r.b',
    })!;
    expect(r.title).to.equal('Titre avec espaces');
    expect(r.levels).to.deep.equal(['6e']);
    expect(r.disciplines).to.deep.equal(['français', 'anglais']);
    expect(r.type).to.deep.equal({ code: 'MAN', label: 'manuel numérique' });
    expect(r.url).to.equal(undefined);
    expect(r.thumbnail).to.equal(undefined);
    expect(r.isMother).to.equal(true);
    expect(r.motherId).to.equal(undefined); // its own mother: ignored
  });

  it('merges duplicates across establishments, the first establishment winning', () => {
    const catalog = buildCatalog([
      { uai: COLLEGE, records: [record('a', {}, COLLEGE), record('a', {}, COLLEGE)] },
      { uai: LYCEE, records: [record('a', {}, LYCEE), record('b', {}, LYCEE)] },
    ]);
    expect(catalog.entries).to.have.length(2);
    const a = catalog.byId.get('ark:/86527/r.a')!;
    expect(a.uais).to.deep.equal([COLLEGE, LYCEE]);
    expect(a.url).to.contain(btoa(COLLEGE));
  });

  it('groups families and never shows a member twice', () => {
    const catalog = buildCatalog([{ uai: COLLEGE, records: familyRecords() }]);
    expect(catalog.entries.map((e) => e.resource.title)).to.deep.equal(['CNS – Biblio Manuels', 'Orpheline']);
    expect(catalog.entries[0]!.members.map((m) => m.title)).to.deep.equal(['SVT 4e – Biblio Manuels', 'Physique-Chimie 3e – Biblio Manuels']);
    // The family carries its members' facets.
    expect(catalog.entries[0]!.facets.discipline).to.include('svt');
  });

  it('filters with facet counts that follow the other criteria, and sorts favourites first', () => {
    const catalog = buildCatalog([
      {
        uai: COLLEGE,
        records: [
          record('z', { nomRessource: 'Zoologie', nomEditeur: 'Alpha', typePresentation: { code: 'DOC', nom: 'documentaire' } }),
          record('a', { nomRessource: 'Algèbre', nomEditeur: 'Zeta' }),
          record('m', { nomRessource: 'Musique', nomEditeur: 'Alpha', niveauEducatif: [{ nom: '3e' }] }),
        ],
      },
    ]);
    let result = filterCatalog(catalog, EMPTY_FILTERS, new Set(), 'fr');
    expect(result.entries.map((e) => e.resource.title)).to.deep.equal(['Algèbre', 'Musique', 'Zoologie']);
    expect(result.options.type.map((o) => `${o.label}:${o.count}`)).to.deep.equal(['documentaire:1', 'manuel numérique:2']);
    result = filterCatalog(catalog, { ...EMPTY_FILTERS, type: 'MAN' }, new Set(), 'fr');
    expect(result.entries).to.have.length(2);
    // The type facet still offers the other type, counted without the type criterion.
    expect(result.options.type.map((o) => `${o.label}:${o.count}`)).to.deep.equal(['documentaire:1', 'manuel numérique:2']);
    expect(result.options.level.map((o) => `${o.label}:${o.count}`)).to.deep.equal(['6e:1', '3e:1']);
    result = filterCatalog(catalog, { ...EMPTY_FILTERS, sort: 'publisher' }, new Set(['ark:/86527/r.z']), 'fr');
    expect(result.entries.map((e) => e.resource.title)).to.deep.equal(['Zoologie', 'Musique', 'Algèbre']);
    result = filterCatalog(catalog, { ...EMPTY_FILTERS, q: 'ALGEBRE' }, new Set(), 'fr');
    expect(result.entries.map((e) => e.resource.title)).to.deep.equal(['Algèbre']);
  });

  it('sorts titles as a reader expects: case, accents and ligatures aside, numbers by value', () => {
    const titles = ['Zoologie', 'Tome 10', 'Œuvres complètes', 'éducation civique', 'atlas', 'Tome 2', 'Ecologie', 'oeil et vision'];
    const catalog = buildCatalog([{ uai: COLLEGE, records: titles.map((title, i) => record(`t${i}`, { nomRessource: title })) }]);
    const sorted = filterCatalog(catalog, EMPTY_FILTERS, new Set(), 'fr').entries.map((e) => e.resource.title);
    expect(sorted).to.deep.equal(['atlas', 'Ecologie', 'éducation civique', 'oeil et vision', 'Œuvres complètes', 'Tome 2', 'Tome 10', 'Zoologie']);
    // The search text, worked out on first use, folds the same way.
    expect(filterCatalog(catalog, { ...EMPTY_FILTERS, q: 'OEUVRES' }, new Set(), 'fr').entries.map((e) => e.resource.title)).to.deep.equal(['Œuvres complètes']);
  });

  it('restores a stored UI state defensively', () => {
    expect(restoreFilters(undefined)).to.deep.equal(EMPTY_FILTERS);
    expect(restoreFilters({ q: 42, sort: 'evil', favoritesOnly: 'yes', level: '6e' })).to.deep.equal({ ...EMPTY_FILTERS, level: '6e' });
    expect(isFiltered(EMPTY_FILTERS)).to.equal(false);
    expect(isFiltered({ ...EMPTY_FILTERS, q: ' x ' })).to.equal(true);
  });
});
