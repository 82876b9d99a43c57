// Driving <gar-affectation-console> as a responsable does: the steps of an assignment by
// their names, so that a test says what the user does (choose a subscription and a public,
// tick classes, preview, confirm) instead of which element it clicks.
import type { GarAffectationConsole } from '../../src/affectation/console.js';
import { click, root, text, waitFor } from '../support/dom.js';
import { checkbox, row, tab } from './helpers.js';

export class ConsoleHarness {
  constructor(readonly el: GarAffectationConsole) {}

  private get root(): ShadowRoot {
    return root(this.el);
  }

  /** Goes to a section by its tab's name (« Abonnements »…). */
  async section(name: string): Promise<void> {
    await click(this.el, tab(this.el, name));
  }

  /** The licence counts of a subscription as its table row shows them. */
  async counts(subscriptionId: string): Promise<string> {
    if (!this.root.querySelector(`tr[data-id="${subscriptionId}"]`)) await this.section('Abonnements');
    return text(row(this.el, subscriptionId).querySelector('.counts'));
  }

  /** « Affecter » on a subscription's row, then its public. */
  async start(subscriptionId: string, pub: string): Promise<void> {
    if (!this.root.querySelector(`tr[data-id="${subscriptionId}"]`)) await this.section('Abonnements');
    await click(this.el, row(this.el, subscriptionId).querySelector<HTMLButtonElement>('td .button')!);
    await click(this.el, this.root.querySelector<HTMLInputElement>(`input[name="flow-public"][value="${pub}"]`)!);
  }

  /** Ticks (or unticks) classes by the start of their label (« 4e B »). */
  async toggleDivisions(...names: string[]): Promise<void> {
    for (const name of names) await click(this.el, checkbox(this.el, 'divisions', name));
  }

  /** « Voir le résumé »: the summary's text once shown. */
  async preview(): Promise<string> {
    await click(this.el, this.root.querySelector<HTMLButtonElement>('#preview')!);
    return text(await waitFor(() => this.root.querySelector('.summary'), 'summary'));
  }

  /** « Confirmer »: the confirmation's text (the toast), once shown. */
  async confirm(): Promise<string> {
    const before = text(this.root.querySelector('[part="toast"]'));
    await click(this.el, this.root.querySelector<HTMLButtonElement>('#confirm')!);
    const toast = await waitFor(() => {
      const shown = this.root.querySelector('[part="toast"]');
      return shown && text(shown) !== before && shown;
    }, 'confirmation');
    return text(toast);
  }

  /** The whole assignment of classes: start, tick, preview, confirm; the confirmation's text. */
  async assignDivisions(subscriptionId: string, pub: string, ...divisions: string[]): Promise<string> {
    await this.start(subscriptionId, pub);
    await this.toggleDivisions(...divisions);
    await this.preview();
    return this.confirm();
  }

  /** « Annuler » in the toast, when offered. */
  undoButton(): HTMLButtonElement | null {
    return this.root.querySelector<HTMLButtonElement>('#undo');
  }
}
