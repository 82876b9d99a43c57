// The server-side people search both flows use: typed words (debounced), a first page, then
// "afficher plus". A newer search replaces a late one; an error says so in the live region.
import type { Person, Public } from '../../shared/api/types.js';
import type { Locale } from '../../shared/i18n.js';
import { errorMessage } from '../../shared/states.js';
import { PagedTask } from '../../shared/task.js';
import { affectationMessages as t } from '../messages.js';
import { focusAfterUpdate, TAG, type ConsoleContext } from './context.js';

const DEBOUNCE_MS = 300;
const PAGE = 20;

export interface PeopleParams {
  q?: string;
  profile?: Public;
  unassigned?: boolean;
}

export interface PeopleView {
  items: Person[];
  total: number;
  unassigned: boolean;
  loadingMore: boolean;
}

export class PeopleSearch {
  /** What the user typed. */
  query = '';
  private params?: PeopleParams;
  private timer?: number;
  private readonly results: PagedTask<Person, [string, PeopleParams]>;

  constructor(private readonly context: ConsoleContext) {
    const { host } = context;
    this.results = new PagedTask(
      host,
      TAG,
      (signal, page, uai, params) => context.api().get('/affectation/establishments/{uai}/people', { path: { uai }, query: { ...params, page, pageSize: PAGE }, signal }),
      undefined,
      (error) => context.announce(errorMessage(host.locale, error)),
    );
    host.addController({ hostDisconnected: () => window.clearTimeout(this.timer) });
  }

  /** The user typed: search after a pause (two characters at least), among `profile` when given. */
  input(value: string, profile?: Public): void {
    this.query = value;
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      const q = this.query.trim();
      if (q.length < 2) this.forget();
      else void this.find(profile ? { q, profile } : { q });
    }, DEBOUNCE_MS);
    this.context.host.requestUpdate();
  }

  /** Lists people matching `params` (e.g. everyone holding no licence). */
  async find(params: PeopleParams): Promise<void> {
    const uai = this.context.uai();
    if (!uai) return;
    this.params = params;
    await this.results.run(uai, params);
    if (this.results.status === 'error') this.context.announce(errorMessage(this.context.host.locale, this.results.error));
  }

  /** The results to show; an error shows as none found (and was said in the live region). */
  view(): PeopleView | undefined {
    if (!this.params || this.results.status === 'idle') return undefined;
    const value = this.results.status === 'error' ? undefined : this.results.value;
    if (!value) return this.results.status === 'error' ? { items: [], total: 0, unassigned: Boolean(this.params.unassigned), loadingMore: false } : undefined;
    return { items: value.items, total: value.total, unassigned: Boolean(this.params.unassigned), loadingMore: this.results.loadingMore };
  }

  async more(selector: string): Promise<void> {
    const shown = this.results.value?.items.length ?? 0;
    if (await this.results.more()) await focusAfterUpdate(this.context.host, selector, shown);
  }

  /** Clears the words and the results. */
  clear(): void {
    this.query = '';
    this.forget();
  }

  private forget(): void {
    window.clearTimeout(this.timer);
    this.params = undefined;
    this.results.reset();
  }
}

export function peopleStatus(locale: Locale, view: PeopleView): string {
  return view.unassigned ? t(locale, 'peopleUnassigned', { count: view.total }) : t(locale, 'peopleFound', { count: view.total });
}

/** " (4e B)": the person's divisions, by name. */
export function divisionsOf(context: ConsoleContext, person: Person): string {
  const divisions = context.populations()?.divisions;
  if (!divisions || person.divisionIds.length === 0) return '';
  return ` (${person.divisionIds.map((id) => divisions.find((d) => d.id === id)?.name ?? id).join(', ')})`;
}
