// Pure helpers: filtering, sorting, attention reasons, merging fresh counts, CSV.
import { expect } from '@open-wc/testing';
import type { Subscription } from '../../src/shared/api/types.js';
import { attentionReasons, buildRows, csvField, DEFAULT_FILTERS, filterRows, mergeCounts, requestSignature, toCsv, totalAvailable } from '../../src/affectation/model.js';

const NOW = new Date('2026-11-24T10:00:00+01:00');

function sub(id: string, overrides: Partial<Subscription> = {}): Subscription {
  return {
    id,
    resource: { idRessource: `ark:/1/${id}`, nomRessource: `Ressource ${id}`, nomEditeur: 'Éditions Bordage' } as Subscription['resource'],
    licenceType: 'individuelle',
    publics: ['eleve'],
    counts: [{ public: 'eleve', total: 30, assigned: 27, available: 3 }],
    validFrom: '2026-09-01',
    validUntil: '2027-08-31',
    ...overrides,
  };
}

describe('affectation model', () => {
  it('sums what is left, unlimited for establishment licences', () => {
    expect(totalAvailable(sub('a'))).to.equal(3);
    expect(totalAvailable(sub('b', { licenceType: 'etablissement', counts: [{ public: 'eleve', total: null, assigned: 10, available: null }] }))).to.equal(null);
  });

  it('says why a subscription needs attention', () => {
    expect(attentionReasons(sub('a'), NOW)).to.deep.equal([]);
    expect(attentionReasons(sub('b', { counts: [{ public: 'eleve', total: 30, assigned: 0, available: 30 }] }), NOW)).to.deep.equal(['unassigned']);
    expect(attentionReasons(sub('c', { familyMother: true, familyComplete: false }), NOW)).to.deep.equal(['family']);
    expect(attentionReasons(sub('d', { validUntil: '2026-12-10' }), NOW)).to.deep.equal(['expiring']);
    expect(attentionReasons(sub('e', { receivedAt: '2026-11-22T08:00:00Z' }), NOW)).to.deep.equal(['new']);
  });

  it('searches without accents, filters and sorts', () => {
    const rows = buildRows(
      [
        sub('a', { resource: { nomRessource: 'Physique-Chimie cycle 4', nomEditeur: 'Bordage' } as Subscription['resource'] }),
        sub('b', { resource: { nomRessource: 'Éducation musicale', nomEditeur: 'Arpège' } as Subscription['resource'], counts: [{ public: 'eleve', total: 30, assigned: 0, available: 30 }] }),
        sub('c', { licenceType: 'etablissement', publics: ['enseignant'], resource: { nomRessource: 'Anglais', nomEditeur: 'Magnolia' } as Subscription['resource'], counts: [{ public: 'enseignant', total: null, assigned: 1, available: null }] }),
      ],
      NOW,
    );
    const ids = (filters: Partial<typeof DEFAULT_FILTERS>) => filterRows(rows, { ...DEFAULT_FILTERS, ...filters }).map((r) => r.sub.id);
    expect(ids({})).to.deep.equal(['c', 'b', 'a']);
    expect(ids({ query: 'education' })).to.deep.equal(['b']);
    expect(ids({ query: 'chimie bordage' })).to.deep.equal(['a']);
    expect(ids({ licenceType: 'etablissement' })).to.deep.equal(['c']);
    expect(ids({ public: 'enseignant' })).to.deep.equal(['c']);
    expect(ids({ attention: true })).to.deep.equal(['b']);
    expect(ids({ sort: 'available' })).to.deep.equal(['a', 'b', 'c']);
    expect(ids({ sort: 'available', direction: 'descending' })).to.deep.equal(['c', 'b', 'a']);
    expect(ids({ sort: 'publisher' })).to.deep.equal(['b', 'a', 'c']);
  });

  it('lists a family’s members right under their mother, whatever the sort', () => {
    const titled = (id: string, title: string, overrides: Partial<Subscription> = {}) =>
      sub(id, { resource: { nomRessource: title, nomEditeur: 'CNS' } as Subscription['resource'], ...overrides });
    const rows = buildRows(
      [
        titled('m1', 'Zoologie'),
        titled('mother', 'CNS – Biblio manuels', { familyMother: true, familyComplete: false }),
        titled('m2', 'Anglais 4e', { familyMemberOf: 'mother' }),
        titled('m3', 'Histoire 4e', { familyMemberOf: 'mother' }),
        titled('solo', 'Maths 4e'),
      ],
      NOW,
    );
    const ids = (filters: Partial<typeof DEFAULT_FILTERS>) => filterRows(rows, { ...DEFAULT_FILTERS, ...filters }).map((r) => r.sub.id);
    expect(ids({})).to.deep.equal(['mother', 'm2', 'm3', 'solo', 'm1']);
    expect(ids({ direction: 'descending' })).to.deep.equal(['m1', 'solo', 'mother', 'm3', 'm2']);
    // A member found without its mother stays in its own place.
    expect(ids({ query: 'histoire' })).to.deep.equal(['m3']);
    expect(rows.find((r) => r.sub.id === 'm2')!.familyTitle).to.equal('CNS – Biblio manuels');
    expect(rows.find((r) => r.sub.id === 'solo')!.familyTitle).to.equal(undefined);
  });

  it('merges fresh counts, keeping untouched subscriptions as they were', () => {
    const subs = [sub('a'), sub('b')];
    const merged = mergeCounts(subs, [{ id: 'b', counts: [{ public: 'eleve', total: 30, assigned: 30, available: 0 }], familyComplete: true }]);
    expect(merged[0]).to.equal(subs[0]);
    expect(merged[1]!.counts[0]!.available).to.equal(0);
    expect(merged[1]!.familyComplete).to.equal(true);
    expect(mergeCounts(subs, undefined)).to.equal(subs);
  });

  it('gives the same signature to the same request whatever the order', () => {
    const a = requestSignature({ subscriptionIds: ['s1', 's2'], public: 'eleve', targets: [{ type: 'division', id: 'd1' }, { type: 'personne', id: 'p1' }] });
    const b = requestSignature({ subscriptionIds: ['s2', 's1'], public: 'eleve', targets: [{ type: 'personne', id: 'p1' }, { type: 'division', id: 'd1' }] });
    expect(a).to.equal(b);
    expect(requestSignature({ subscriptionIds: ['s1'], public: 'enseignant', targets: [] })).to.not.equal(a);
  });

  it('writes CSV with quoting and neutralised formulas', () => {
    expect(csvField('a;b')).to.equal('"a;b"');
    expect(csvField('say "hi"')).to.equal('"say ""hi"""');
    expect(csvField('=SUM(A1)')).to.equal("'=SUM(A1)");
    expect(csvField('< 5')).to.equal('< 5');
    expect(toCsv([['a', 1], ['b', 2]])).to.equal('a;1\r\nb;2\r\n');
  });
});
