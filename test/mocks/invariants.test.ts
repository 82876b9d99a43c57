// What a vendor notices in the demo figures, as invariants over every data set: nobody is
// counted twice, nothing is used by more people than exist, no answer without a reader.
import { expect } from '@open-wc/testing';
import '../support/contract.js';
import type { Scenario } from '../../src/mocks/index.js';
import { affectation, as, COLLEGE, LYCEE, ok, post, useMockApi } from './helpers.js';

const PUBLICS = ['eleve', 'enseignant', 'documentaliste', 'personnel'] as const;

async function peopleCount(uai: string, query: string): Promise<number> {
  return (await ok(affectation(uai, `/people?pageSize=1&${query}`))).total;
}

for (const scenario of ['default', 'many', 'empty'] as Scenario[]) {
  describe(`mock figures hold together (${scenario} data)`, () => {
    useMockApi({ user: 'responsable', scenario });

    for (const uai of [COLLEGE, LYCEE]) {
      it(`${uai}: no public has more licences assigned than people, present or departed`, async () => {
        const { subscriptions } = await ok(affectation(uai, '/subscriptions'));
        const { profiles } = await ok(affectation(uai, '/populations'));
        for (const pub of PUBLICS) {
          const present = profiles[pub] ?? 0;
          expect(await peopleCount(uai, `profile=${pub}`), `${pub} present`).to.equal(present);
          const departed = await peopleCount(uai, `profile=${pub}&status=departed`);
          for (const sub of subscriptions) {
            const count = sub.counts.find((c: { public: string }) => c.public === pub);
            if (!count) continue;
            const where = `${sub.id} ${pub}`;
            expect(count.assigned, `${where}: assigned ≤ ${present} present + ${departed} departed`).to.be.at.most(present + departed);
            if (count.total !== null) {
              expect(count.assigned, `${where}: assigned ≤ bought`).to.be.at.most(count.total);
              expect(count.available, `${where}: available = bought − assigned`).to.equal(count.total - count.assigned);
            }
          }
        }
      });

      it(`${uai}: statistics never show more users than sessions, nor more users than people`, async () => {
        const { profiles } = await ok(affectation(uai, '/populations'));
        const people = PUBLICS.reduce((sum, pub) => sum + (profiles[pub] ?? 0), 0);
        const stats = await ok(affectation(uai, '/statistics?from=2024-09&to=2026-11'));
        for (const row of stats.rows) {
          const { sessions, users } = row;
          const where = `${row.subscriptionId} ${row.month}`;
          if (sessions.value !== null && users.value !== null) expect(users.value, `${where}: users ≤ sessions`).to.be.at.most(sessions.value);
          if (users.value !== null) expect(users.value, `${where}: users ≤ people`).to.be.at.most(people);
          if (sessions.value === 0) expect(users.value, `${where}: no session, no user`).to.equal(0);
        }
      });
    }

    it('announcements: no more answers than readers, no more readers than recipients', async () => {
      as('admin');
      const { announcements } = await ok('/admin/announcements');
      for (const a of announcements) {
        const where = `${a.id} « ${a.title} »`;
        expect(a.readCount, `${where}: readers ≤ recipients`).to.be.at.most(a.recipients);
        if (a.results) {
          expect(a.results.responses, `${where}: answers ≤ readers`).to.be.at.most(a.readCount);
          expect(a.results.responses, `${where}: answers ≤ recipients`).to.be.at.most(a.recipients);
        }
      }
    });

    it('announcements: a pupil who answered the form counts as a reader (never « Lue par personne »)', async () => {
      as('admin');
      const created = await post('/admin/announcements', {
        kind: 'information',
        title: 'Sondage : horaires du CDI',
        body: '<p>Votre avis compte.</p>',
        startsAt: '2026-11-24T09:30:00+01:00',
        endsAt: null,
        audience: { profiles: ['eleve'], levels: [], divisions: [] },
        channel: 'both',
        state: 'published',
        form: { questions: [{ id: 'q1', type: 'single', label: 'Quel horaire ?', required: true, options: [{ id: 'a', label: '8 h' }, { id: 'b', label: '12 h' }] }] },
      });
      expect(created.status, JSON.stringify(created.body)).to.equal(201);
      expect(created.body.readCount).to.equal(0);
      as('eleve');
      const answered = await post(`/announcements/${created.body.id}/form-responses`, { answers: [{ questionId: 'q1', optionIds: ['a'] }] }, { headers: { 'Idempotency-Key': 'answer-1' } });
      expect(answered.status, JSON.stringify(answered.body)).to.equal(201);
      as('admin');
      const view = await ok(`/admin/announcements/${created.body.id}`);
      expect(view.results.responses).to.equal(1);
      expect(view.readCount).to.equal(1);
    });
  });
}
