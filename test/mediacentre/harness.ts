// Reading and driving <gar-mediacentre> through its public parts (card, card-title,
// favorite-button, details-button), as a page's own tests would: tests stop depending on how
// the cards are laid out inside.
import { text } from '../support/dom.js';

export class MediacentreHarness {
  constructor(readonly el: HTMLElement & { updateComplete: Promise<unknown> }) {}

  private get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }

  /** The cards shown, in order. */
  cards(): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>('[part~="card"]')];
  }

  /** The titles of the cards shown. */
  titles(): string[] {
    return this.cards().map((c) => text(c.querySelector('[part~="card-title"]')));
  }

  /** The card whose title starts with `title`. */
  card(title: string): HTMLElement {
    const found = this.cards().find((c) => text(c.querySelector('[part~="card-title"]')).startsWith(title));
    if (!found) throw new Error(`No card ${title} (${this.titles().join(' | ')})`);
    return found;
  }

  /** The star of a card (a toggle button: aria-pressed). */
  favorite(title: string): HTMLButtonElement {
    return this.card(title).querySelector<HTMLButtonElement>('[part~="favorite-button"]')!;
  }

  isFavorite(title: string): boolean {
    return this.favorite(title).getAttribute('aria-pressed') === 'true';
  }

  /** Clicks a card's star and waits for the widget to show it. */
  async toggleFavorite(title: string): Promise<void> {
    this.favorite(title).click();
    await this.el.updateComplete;
  }

  details(title: string): HTMLButtonElement {
    return this.card(title).querySelector<HTMLButtonElement>('[part~="details-button"]')!;
  }
}
