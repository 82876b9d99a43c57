// The accessibility sweep: every element, in every state that applies (loading, empty, error,
// data, dialogs / disclosures / forms open), in French and in English: axe-core finds nothing.
// The states are listed once in ./states.ts; other tests audit some of them along the way.
import { expect } from '@open-wc/testing';
import '../support/contract.js';
import { withEverythingLaidOut } from '../support/axe.js';
import { LANGS, mountState, STATES, unmountState } from './states.js';

describe('axe sweep: every element × state × language', () => {
  afterEach(() => unmountState());

  for (const s of STATES) {
    for (const lang of LANGS) {
      it(`<${s.tag}> ${s.state} (${lang})`, async () => {
        const el = await mountState(s, lang);
        await withEverythingLaidOut(el, () => expect(el).to.be.accessible());
      });
    }
  }
});
