// Keyboard-only sweep of the GAR widgets (médiacentre, console d'affectation): each main task
// done with keys alone, checking at every step where the focus is and that it can be seen
// (a :focus-visible outline). No .click() and no .focus() but on the button before the widget.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../support/contract.js';
import { worker } from '../support/msw.js';
import { cards, clearStorage, mockApi, mount as mountMediacentre, root, settled as mediacentreSettled } from '../mediacentre/fixtures.js';
import { mount as mountConsole, PHYSIQUE, resetMock, settled as consoleSettled, text, useMock } from '../affectation/helpers.js';
import type { GarFavoriteChangeDetail } from '../../src/mediacentre/mediacentre.js';
import { deepActiveElement, expectFocus, focusIndicator, keyboardStart, press, pressTo, settle, tabTo, typeText } from './keyboard-helpers.js';

const cardTitles = (el: HTMLElement) => cards(el).map((li) => text(li.querySelector('.card-title')));

describe('keyboard sweep: GAR widgets', () => {
  afterEach(() => document.getElementById('sweep-start')?.remove());

  describe('<gar-mediacentre>', () => {
    beforeEach(() => clearStorage());
    afterEach(() => worker.resetHandlers());

    it('search by typing, a filter chosen with arrows, details opened with Enter and closed with Escape (focus back), a favourite toggled with Space', async () => {
      mockApi();
      const el = await mountMediacentre();
      await mediacentreSettled(el);
      const all = cards(el).length;
      keyboardStart();
      await tabTo({ role: 'searchbox', name: 'Rechercher une ressource' });
      await typeText('robert');
      await el.updateComplete;
      expect(cardTitles(el)).to.have.length(1);
      // Clearing the search brings every resource back; focus stays on a visible control.
      await tabTo({ role: 'button', name: 'Effacer les filtres' });
      await press('Enter');
      expect(cards(el)).to.have.length(all);
      expectFocus({ role: 'searchbox', name: 'Rechercher une ressource' });
      // A facet: a closed select, ArrowDown picks the next value and filters at once.
      await tabTo({ role: 'combobox', name: 'Discipline' });
      await press('ArrowDown');
      await el.updateComplete;
      expect(cards(el).length).to.be.within(1, all - 1);
      expectFocus({ role: 'combobox', name: 'Discipline' });
      const first = cardTitles(el)[0]!.replace(/ \(nouvel onglet\)$/, '');
      // Details: Enter opens the dialog (focus on its title), Escape closes it, focus back on its button.
      const details = await tabTo({ role: 'button', name: `Détails : ${first}` });
      await press('Enter');
      const dialog = root(el).querySelector('dialog')!;
      await waitUntil(() => dialog.open, 'details not open');
      await settle();
      const inDialog = deepActiveElement();
      expect(inDialog !== null && dialog.contains(inDialog), 'focus inside the open dialog').to.equal(true);
      expect(focusIndicator(inDialog!).visible, `visible focus in the dialog: ${focusIndicator(inDialog!).why}`).to.equal(true);
      await press('Escape');
      await waitUntil(() => !dialog.open, 'details not closed');
      await settle();
      expect(deepActiveElement() === details, 'focus back on the details button').to.equal(true);
      expectFocus({ role: 'button', name: `Détails : ${first}` });
      // The favourite star comes just before the details button.
      const star = await pressTo('Shift+Tab', { role: 'button', name: `Favori : ${first}` });
      expect(star.getAttribute('aria-pressed')).to.equal('false');
      const saved = oneEvent(el, 'gar-favorite-change') as Promise<CustomEvent<GarFavoriteChangeDetail>>;
      await press(' ');
      expect((await saved).detail.favorite).to.equal(true);
      await settle();
      // The card may move to the favourites first: the star keeps the focus, pressed.
      const after = expectFocus({ role: 'button', name: `Favori : ${first}` });
      expect(after.getAttribute('aria-pressed')).to.equal('true');
    });
  });

  describe('<gar-affectation-console>', () => {
    afterEach(() => resetMock());

    it('par population, end to end: tab, class, public, resource, summary, confirm, with the keyboard only', async () => {
      useMock('responsable');
      const el = await mountConsole({ section: 'dashboard' });
      await consoleSettled(el);
      keyboardStart();
      await tabTo({ role: 'button', name: 'Par population' });
      await press('Enter');
      await waitUntil(() => root(el).querySelector('#pop-target'), 'population panel');
      expectFocus({ role: 'button', name: 'Par population' });
      expect(root(el).querySelector('.tab[aria-current="page"]')!.textContent!.trim()).to.equal('Par population');
      // Kind of target: a radio group; "Une classe" is chosen, so Tab lands on it.
      await tabTo({ role: 'radio', name: 'Une classe' });
      // The class: type-ahead on the closed select.
      const target = (await tabTo({ role: 'combobox', name: 'Une classe' })) as HTMLSelectElement;
      await typeText('5e A');
      await el.updateComplete;
      expect(target.selectedOptions[0]!.textContent!.trim()).to.equal('5e A');
      const pupils = (await tabTo({ role: 'radio', name: /^Élèves/ })) as HTMLInputElement;
      if (!pupils.checked) await press(' ');
      expect(pupils.checked).to.equal(true);
      const physique = (await tabTo({ role: 'checkbox', name: /^Physique-Chimie/ }, { max: 60 })) as HTMLInputElement;
      await press(' ');
      expect(physique.checked).to.equal(true);
      expect(physique.value).to.equal(PHYSIQUE);
      await tabTo({ role: 'button', name: 'Voir le récapitulatif' }, { max: 60 });
      await press('Enter');
      // The summary arrives; focus moves to "Confirmer l’affectation".
      await waitUntil(() => root(el).querySelector('.summary'), 'summary');
      await settle();
      expectFocus({ role: 'button', name: 'Confirmer l’affectation' });
      expect(text(root(el).querySelector('.summary'))).to.contain('cette affectation utilise');
      const changed = oneEvent(el, 'gar-assignment-change');
      await press('Enter');
      await changed;
      await waitUntil(() => root(el).querySelector('[part="toast"]'), 'toast');
      await settle();
      // The confirmation toast takes the focus, visibly; its undo button is the next stop.
      const toast = deepActiveElement();
      expect(toast?.getAttribute('part'), `focus on the toast, not ${toast?.outerHTML.slice(0, 60)}`).to.equal('toast');
      expect(focusIndicator(toast!).visible, `visible focus on the toast: ${focusIndicator(toast!).why}`).to.equal(true);
      await pressTo('Tab', { role: 'button', name: /^Annuler/ });
    });
  });
});
