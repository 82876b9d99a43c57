// What a section of the console is given by the shell: the client, the establishment shown,
// the subscriptions and their counts, and the shell's shared services (toast with undo, the
// live region, switching sections). Each section owns its state and its requests (LoadTask
// controllers registered with the host) and renders itself.
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ApiClient } from '../../shared/api/client.js';
import { emitFrom } from '../../shared/events.js';
import type { Populations, Subscription, SubscriptionCounts } from '../../shared/api/types.js';
import type { Locale } from '../../shared/i18n.js';
import { affectationMessages as t } from '../messages.js';
import type { Row } from '../model.js';

export const TAG = 'gar-affectation-console';

export type ConsoleTab = 'dashboard' | 'subscriptions' | 'resource' | 'population' | 'recovery' | 'statistics';

export interface ConsoleHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly locale: Locale;
  headingLevel: number;
  section: ConsoleTab;
  now: () => Date;
}

export interface ConsoleContext {
  readonly host: ConsoleHost;
  api(): ApiClient;
  /** The establishment shown. */
  uai(): string | undefined;
  /** The table's rows (titles, families, what needs attention), built once per list. */
  rows(): Row[];
  populations(): Populations | undefined;
  subscriptionById(id: string | undefined): Subscription | undefined;
  /** Fresh counts from a write: merged into the table, and told to the page (gar-assignment-change). */
  changed(uai: string, fresh: SubscriptionCounts[]): void;
  /** The counts of a refused write (409): merged, nothing told. */
  applyCounts(fresh: SubscriptionCounts[] | undefined): void;
  showToast(message: string, undo?: () => Promise<void>): void;
  /** Says something in the console's polite live region. */
  announce(message: string): void;
}

/** "Show more" under a long list: says how many are shown of how many. */
export function moreButton(locale: Locale, id: string, shown: number, total: number, onClick: () => void, busy = false): TemplateResult | typeof nothing {
  if (total <= shown) return nothing;
  return html`<div class="more">
    <button type="button" class="button" id=${id} ?disabled=${busy} @click=${onClick}>${t(locale, 'showMore')} ${t(locale, 'shownOf', { shown, total })}</button>
  </div>`;
}

/** A copy of `set` with `value` in or out, as the checkbox of `event` says. */
export function toggled<T>(set: ReadonlySet<T>, value: T, event: Event): Set<T> {
  const next = new Set(set);
  if ((event.target as HTMLInputElement).checked) next.add(value);
  else next.delete(value);
  return next;
}

/** Focuses the `index`th match once the host has rendered (keyboard users go on from what was added). */
export async function focusAfterUpdate(host: ConsoleHost, selector: string, index = 0): Promise<void> {
  await host.updateComplete;
  host.renderRoot.querySelectorAll<HTMLElement>(selector)[index]?.focus();
}

/** Offers a CSV file for download (UTF-8 with BOM so spreadsheet software reads the accents). */
export function download(root: ShadowRoot | Document, csv: string, filename: string): void {
  const url = URL.createObjectURL(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  (root instanceof ShadowRoot ? root : root.body).append(link);
  emitFrom(link, 'gar-csv-download', { csv, filename });
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
