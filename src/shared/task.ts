// One way to load data in a widget. A run aborts the previous one (the latest arguments win),
// aborts are not errors, an error is logged once for the vendor and kept for the error view,
// and the last good value stays shown while the next one loads. The host re-renders at each
// change. `PagedTask` adds "afficher plus": the next server page appended to what is shown.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ApiError } from './api/errors.js';
import { logError } from './states.js';

export type TaskStatus = 'idle' | 'loading' | 'ok' | 'error';

/** Lets the page breathe (input, paint) between two long pieces of work: thousands of records are read in one task, drawn in the next. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

export class LoadTask<T, A extends unknown[] = []> implements ReactiveController {
  status: TaskStatus = 'idle';
  /** The last value loaded (kept while loading again, and after an error). */
  value?: T;
  error?: unknown;
  private controller?: AbortController;

  constructor(
    protected readonly host: ReactiveControllerHost,
    protected readonly tag: string,
    private readonly load: (signal: AbortSignal, ...args: A) => Promise<T>,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort();
  }

  /** Loads again with these arguments; resolves once this run is settled (or superseded). */
  async run(...args: A): Promise<void> {
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    this.status = 'loading';
    this.error = undefined;
    this.host.requestUpdate();
    try {
      const value = await this.load(controller.signal, ...args);
      if (controller.signal.aborted) return;
      this.value = value;
      this.status = 'ok';
    } catch (error) {
      if (controller.signal.aborted || (error instanceof ApiError && error.kind === 'aborted')) return;
      logError(this.tag, error);
      this.error = error;
      this.status = 'error';
    }
    this.host.requestUpdate();
  }

  /** Forgets everything (another establishment, another user). */
  reset(): void {
    this.abort();
    this.status = 'idle';
    this.value = undefined;
    this.error = undefined;
    this.host.requestUpdate();
  }

  /** Nothing to show yet: the first load is on its way. */
  get pending(): boolean {
    return this.value === undefined && (this.status === 'loading' || this.status === 'idle');
  }

  protected abort(): void {
    this.controller?.abort();
    this.controller = undefined;
  }
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface PagedValue<T> {
  items: T[];
  /** Every item the server has. */
  total: number;
  /** Items read from the server so far (some may be filtered out of `items`). */
  loaded: number;
  page: number;
}

/**
 * A server list read a page at a time. `keep` filters what is shown (the server's total still
 * counts everything). A next page fails quietly: what is shown stays, `onMoreError` tells.
 */
export class PagedTask<T extends { id: string }, A extends unknown[] = []> extends LoadTask<PagedValue<T>, A> {
  loadingMore = false;
  private args?: A;
  private moreController?: AbortController;

  constructor(
    host: ReactiveControllerHost,
    tag: string,
    private readonly fetchPage: (signal: AbortSignal, page: number, ...args: A) => Promise<Page<T>>,
    private readonly keep: (item: T) => boolean = () => true,
    private readonly onMoreError?: (error: unknown) => void,
  ) {
    super(host, tag, async (signal, ...args: A) => {
      const first = await fetchPage(signal, 1, ...args);
      return { items: first.items.filter(keep), total: first.total, loaded: first.items.length, page: 1 };
    });
  }

  override run(...args: A): Promise<void> {
    this.args = args;
    this.moreController?.abort();
    this.loadingMore = false;
    return super.run(...args);
  }

  get hasMore(): boolean {
    return this.value !== undefined && this.value.total > this.value.loaded;
  }

  /** Appends the next page; what a change in between shifted into it is not listed twice. */
  async more(): Promise<boolean> {
    const current = this.value;
    if (!current || !this.args || this.loadingMore || this.status !== 'ok') return false;
    const controller = (this.moreController = new AbortController());
    this.loadingMore = true;
    this.host.requestUpdate();
    try {
      const next = await this.fetchPage(controller.signal, current.page + 1, ...this.args);
      if (controller.signal.aborted || this.value !== current) return false;
      const known = new Set(current.items.map((item) => item.id));
      const items = [...current.items, ...next.items.filter((item) => this.keep(item) && !known.has(item.id))];
      this.value = { items, total: next.total, loaded: current.loaded + next.items.length, page: current.page + 1 };
      return true;
    } catch (error) {
      if (controller.signal.aborted || (error instanceof ApiError && error.kind === 'aborted')) return false;
      logError(this.tag, error);
      this.onMoreError?.(error);
      return false;
    } finally {
      if (this.moreController === controller) this.loadingMore = false;
      this.host.requestUpdate();
    }
  }

  protected override abort(): void {
    super.abort();
    this.moreController?.abort();
  }
}
