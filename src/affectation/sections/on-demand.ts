// A section whose code is loaded the first time it is shown (the statistics: a chart and a CSV
// export most visits never open). Until it is here the section shows the loading view; if it
// cannot be loaded, the error view with a retry.
import type { TemplateResult } from 'lit';
import type { Locale } from '../../shared/i18n.js';
import { errorView, loadingView, logError } from '../../shared/states.js';
import { TAG, type ConsoleContext } from './context.js';

interface Section {
  render(locale: Locale): TemplateResult;
  reset(): void;
}

export class OnDemandSection<S extends Section> {
  private section?: S;
  private loading?: Promise<S>;
  private failure?: unknown;
  /** What to do with the section once loaded: kept for a retry. */
  private next?: (section: S) => void;

  constructor(
    private readonly context: ConsoleContext,
    private readonly load: (context: ConsoleContext) => Promise<S>,
  ) {}

  /** Runs `use` on the section now if its code is here, else once it arrives. */
  when(use: (section: S) => void): void {
    if (this.section) return use(this.section);
    this.next = use;
    this.loading ??= this.load(this.context);
    this.loading.then(
      (section) => {
        this.section = section;
        this.failure = undefined;
        this.next?.(section);
        this.next = undefined;
        this.context.host.requestUpdate();
      },
      (error: unknown) => {
        logError(TAG, error);
        this.failure = error;
        this.loading = undefined;
        this.context.host.requestUpdate();
      },
    );
  }

  render(locale: Locale): TemplateResult {
    if (this.section) return this.section.render(locale);
    if (this.failure && !this.loading) {
      return errorView({ locale, error: this.failure, onRetry: () => this.next && this.when(this.next) });
    }
    return loadingView(locale, 3);
  }

  reset(): void {
    this.section?.reset();
  }
}
