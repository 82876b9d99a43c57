// The médiacentre mock: GAR listing records, families, per-establishment URLs, favourites,
// thumbnails, and the GAR error path.
import { expect } from '@open-wc/testing';
import '../support/contract.js';
import { configureMock } from '../../src/mocks/index.js';
import { as, COLLEGE, del, get, LYCEE, ok, put, useMockApi } from './helpers.js';

const resources = async (uai = COLLEGE): Promise<any[]> => (await ok(`/mediacentre/resources?uai=${uai}`)).listeRessources.ressource;
const enc = encodeURIComponent;

describe('médiacentre mock', () => {
  useMockApi();

  it('gives each demo user 25 to 40 realistic GAR records of their profile', async () => {
    const expected: Record<string, RegExp> = { eleve: /élève/, enseignant: /enseignant/ };
    for (const user of ['eleve', 'enseignant', 'documentaliste', 'responsable'] as const) {
      as(user);
      const list = await resources();
      expect(list.length, user).to.be.within(25, 40);
      for (const record of list) {
        expect(record.idRessource).to.match(/^ark:\/86527\/r\.[\w.-]+$/);
        expect(record.typePresentation.code).to.be.oneOf(['MAN', 'DIC', 'MUL', 'PRO', 'ACC', 'DOC']);
        for (const term of [...(record.niveauEducatif ?? []), ...(record.domaineEnseignement ?? [])]) {
          expect(term.uri).to.match(/^http:\/\/data\.education\.fr\/voc\/scolomfr\/concept\/scolomfr-voc-0\d\d-num-\d+$/);
        }
      }
      const manuals = list.filter((r) => r.typePresentation.code === 'MAN' && !r.mereFamille);
      if (expected[user]) expect(manuals.every((r) => expected[user]!.test(r.nomRessource) || /manuel numérique élève/.test(r.nomRessource)), user).to.equal(true);
    }
  });

  it('lists a pupil the manuals of their level and groups, not those of other levels', async () => {
    const titles = (await resources()).map((r) => r.nomRessource);
    expect(titles).to.include.members(['Mathématiques 4e — Delta — manuel numérique élève', 'Latin 4e — Ave Roma — manuel numérique élève']);
    expect(titles.some((t) => /LV2/.test(t))).to.equal(true);
    expect(titles.some((t) => /(6e|5e|3e) —/.test(t))).to.equal(false);
    expect(titles.some((t) => /enseignant/.test(t))).to.equal(false);
  });

  it('groups a family under its mother and covers the record variants a widget must cope with', async () => {
    const pupil = await resources();
    const mothers = pupil.filter((r) => r.mereFamille);
    expect(mothers.map((m) => m.nomRessource)).to.have.members(['CNS – Biblio Manuels', 'Lire en ligne — bibliothèque numérique de classiques']);
    const biblio = mothers.find((m) => m.nomRessource === 'CNS – Biblio Manuels');
    // Manuals of the family the pupil holds, and the whole bundle reached through its mother.
    expect(pupil.filter((r) => r.membreFamille === biblio.idRessource).map((r) => r.nomRessource)).to.have.members([
      'Mathématiques 4e — Delta — manuel numérique élève',
      'Histoire-Géographie EMC 4e — Chemins — manuel numérique élève',
    ]);
    expect(pupil.filter((r) => r.membreFamille === 'ark:/86527/r.lire-en-ligne').length).to.equal(14);
    as('responsable');
    const list = [...pupil, ...(await resources())];
    expect(list.some((r) => r.urlVignette === undefined)).to.equal(true);
    expect(list.some((r) => r.nomSourceEtiquetteGar === undefined)).to.equal(true);
    expect(list.some((r) => Array.isArray(r.typePedagogique) && r.typePedagogique.length === 0)).to.equal(true);
    expect(list.some((r) => r.domaineEnseignement === undefined)).to.equal(true);
    expect(Math.max(...list.map((r) => r.nomRessource.length))).to.be.greaterThan(200);
    // Fields the contract does not know, which widgets must ignore.
    expect(list.some((r) => 'competences' in r || 'xCacheTtl' in r || 'typeAcces' in r)).to.equal(true);
  });

  it('gives the same resource a different access URL in each establishment', async () => {
    as('responsable');
    const college = (await resources(COLLEGE)).find((r) => r.idRessource === 'ark:/86527/r.roseau-junior');
    const lycee = (await resources(LYCEE)).find((r) => r.idRessource === 'ark:/86527/r.roseau-junior');
    expect(college.nomRessource).to.equal(lycee.nomRessource);
    expect(college.urlAccesRessource).to.not.equal(lycee.urlAccesRessource);
    expect(college.urlAccesRessource).to.contain(`idEtab=${btoa(COLLEGE)}`);
    expect(college.idEtablissement.map((e: any) => e.UAI)).to.deep.equal([COLLEGE, LYCEE]);
  });

  it('serves the thumbnails as local SVGs', async () => {
    const withThumbnail = (await resources()).find((r) => r.urlVignette);
    expect(withThumbnail.urlVignette).to.match(/^\/demo-assets\/vignettes\/[a-z0-9-]+\.svg$/);
    const response = await fetch(withThumbnail.urlVignette);
    expect(response.headers.get('Content-Type')).to.equal('image/svg+xml');
    expect(await response.text()).to.match(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    const image = new Image();
    image.src = withThumbnail.urlVignette;
    await image.decode();
    expect(image.naturalWidth).to.equal(240);
  });

  it('keeps favourites per user, idempotent both ways, and refuses unknown resources', async () => {
    const initial = (await ok('/mediacentre/favorites')).favorites;
    expect(initial).to.include('ark:/86527/r.roseau-junior');
    const pix = 'ark:/86527/r.pix';
    expect((await put(`/mediacentre/favorites/${enc(pix)}`)).body.favorites).to.deep.equal([...initial, pix]);
    expect((await put(`/mediacentre/favorites/${enc(pix)}`)).body.favorites).to.deep.equal([...initial, pix]);
    expect((await del(`/mediacentre/favorites/${enc(pix)}`)).body.favorites).to.deep.equal(initial);
    expect((await del(`/mediacentre/favorites/${enc(pix)}`)).body.favorites).to.deep.equal(initial);
    // A resource of another profile is not this pupil's.
    expect((await put(`/mediacentre/favorites/${enc('ark:/86527/r.maths-cycle4-nataris-manuel-ens-delta')}`)).status).to.equal(404);
    as('enseignant');
    expect((await ok('/mediacentre/favorites')).favorites).not.to.include(pix);
  });

  it('keeps a favourite whose resource is gone, as real favourites outlive assignments', async () => {
    const ids = new Set((await resources()).map((r) => r.idRessource));
    const favorites: string[] = (await ok('/mediacentre/favorites')).favorites;
    expect(favorites.filter((id) => !ids.has(id))).to.have.length(1);
  });

  it('answers 403 for an establishment that is not the user’s and 401 when signed out', async () => {
    expect((await get(`/mediacentre/resources?uai=${LYCEE}`)).status).to.equal(403);
    as('anonyme');
    expect((await get(`/mediacentre/resources?uai=${COLLEGE}`)).body.code).to.equal('unauthorized');
  });

  it('forwards a GAR error body for the lycée in the error scenario', async () => {
    configureMock({ scenario: 'error' });
    as('responsable');
    const reply = await get(`/mediacentre/resources?uai=${LYCEE}`);
    expect(reply.status).to.equal(502);
    expect(reply.headers.get('Content-Type')).to.equal('application/json');
    expect(reply.body.Erreur).to.include({ Code: '502' });
    expect(reply.body.Erreur.Resource).to.contain(LYCEE);
  });
});
