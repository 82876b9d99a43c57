// Récupération: the licences of people who left the establishment, freed for others. The
// departed are read from the server a page at a time; a recovery is confirmed first.
import { html, nothing, type TemplateResult } from 'lit';
import { newIdempotencyKey } from '../../shared/api/client.js';
import type { Person } from '../../shared/api/types.js';
import { formatDate } from '../../shared/format.js';
import type { Locale } from '../../shared/i18n.js';
import { emptyView, errorMessage, errorView, loadingView, logError } from '../../shared/states.js';
import { PagedTask } from '../../shared/task.js';
import { affectationMessages as t } from '../messages.js';
import { personName } from '../model.js';
import { focusAfterUpdate, moreButton, TAG, toggled, type ConsoleContext } from './context.js';

const DEPARTED_PAGE = 100;

/** Departed people holding nothing have nothing to recover (no count sent: assume some). */
const holdsLicences = (p: Person): boolean => p.licenceCount === undefined || p.licenceCount > 0;

const licencesOf = (list: Person[]): number => list.reduce((sum, p) => sum + (p.licenceCount ?? 0), 0);

interface Confirm {
  /** Absent: everyone who left. */
  personIds?: string[];
  people: number;
  licences?: number;
  key: string;
  submitting?: boolean;
}

export class RecoverySection {
  private readonly departed: PagedTask<Person, [string]>;
  private selection = new Set<string>();
  private confirm?: Confirm;
  private failure?: unknown;

  constructor(private readonly context: ConsoleContext) {
    const { host } = context;
    this.departed = new PagedTask(
      host,
      TAG,
      (signal, page, uai) => context.api().get('/affectation/establishments/{uai}/people', { path: { uai }, query: { status: 'departed', page, pageSize: DEPARTED_PAGE }, signal }),
      holdsLicences,
      (error) => context.announce(errorMessage(host.locale, error)),
    );
  }

  /** Reads the departed (again: a recovery or an assignment changes what they hold). */
  async load(uai: string): Promise<void> {
    await this.departed.run(uai);
    const people = this.departed.value?.items ?? [];
    this.selection = new Set([...this.selection].filter((id) => people.some((p) => p.id === id)));
  }

  reset(): void {
    this.departed.reset();
    this.selection = new Set();
    this.confirm = undefined;
    this.failure = undefined;
  }

  render(locale: Locale): TemplateResult {
    const { departed } = this;
    if (departed.pending) return loadingView(locale, 3);
    if (departed.status === 'error' || !departed.value) return errorView({ locale, error: departed.error, onRetry: () => this.retry() });
    const { items: people, total, loaded } = departed.value;
    if (people.length === 0) return emptyView({ title: t(locale, 'recoverEmpty') });
    const chosen = people.filter((p) => this.selection.has(p.id));
    return html`<p>${t(locale, 'recoverIntro', { count: people.length })}${departed.hasMore ? ` ${t(locale, 'firstPeople', { shown: loaded })}` : ''}</p>
      <fieldset class="departed">
        <legend>${t(locale, 'departedPeople')}</legend>
        <ul class="options wide">
          ${people.map(
            (p) => html`<li>
              <label class="check"><input type="checkbox" value=${p.id} .checked=${this.selection.has(p.id)} @change=${(e: Event) => this.toggle(p.id, e)} />
                ${personName(p)} — ${t(locale, `onePublic.${p.profile}`)} — ${t(locale, 'departedOn', { date: p.departureDate ? formatDate(locale, p.departureDate) : '—' })}
                — ${t(locale, 'licencesHeld', { count: p.licenceCount ?? 0 })}</label>
            </li>`,
          )}
        </ul>
        ${moreButton(locale, 'more-departed', loaded, total, () => void this.more(people.length), departed.loadingMore)}
      </fieldset>
      ${this.confirm ? this.renderConfirm(locale, this.confirm) : html`<div class="actions">
            <button type="button" class="button" id="recover-selected" ?disabled=${chosen.length === 0} @click=${() => this.ask(chosen.map((p) => p.id), chosen.length, licencesOf(chosen))}>
              ${t(locale, 'recoverSelected', { count: chosen.length })}
            </button>
            <button type="button" class="button" id="recover-all" @click=${() => (departed.hasMore ? this.ask(undefined, total) : this.ask(undefined, people.length, licencesOf(people)))}>${t(locale, 'recoverAll')}</button>
          </div>`}
      ${this.failure ? html`<div class="conflict" role="alert">${errorMessage(locale, this.failure)}</div>` : nothing}`;
  }

  private renderConfirm(locale: Locale, confirm: Confirm): TemplateResult {
    return html`<div class="summary" part="recover-confirm" role="group" aria-labelledby="recover-question" tabindex="-1">
      <p id="recover-question">
        ${confirm.licences === undefined ? t(locale, 'recoverAllQuestion', { count: confirm.people }) : t(locale, 'recoverQuestion', { count: confirm.licences, who: t(locale, 'peopleLeft', { count: confirm.people }) })}
      </p>
      <div class="actions">
        <button type="button" class="button primary" id="recover-confirm" ?disabled=${confirm.submitting} @click=${() => void this.recover()}>${t(locale, 'recoverConfirm')}</button>
        <button type="button" class="button" @click=${() => this.update(() => (this.confirm = undefined))}>${t(locale, 'cancel')}</button>
      </div>
    </div>`;
  }

  private retry(): void {
    const uai = this.context.uai();
    if (uai) void this.load(uai);
  }

  private async more(shown: number): Promise<void> {
    if (await this.departed.more()) await focusAfterUpdate(this.context.host, '.departed input[type="checkbox"]', shown);
  }

  private update(change: () => void): void {
    change();
    this.context.host.requestUpdate();
  }

  private toggle(id: string, event: Event): void {
    this.update(() => (this.selection = toggled(this.selection, id, event)));
  }

  private ask(personIds: string[] | undefined, people: number, licences?: number): void {
    this.update(() => {
      this.confirm = { personIds, people, licences, key: newIdempotencyKey() };
      this.failure = undefined;
    });
    void focusAfterUpdate(this.context.host, '#recover-confirm');
  }

  private async recover(): Promise<void> {
    const { confirm, context } = this;
    const uai = context.uai();
    if (!confirm || !uai || confirm.submitting) return;
    this.update(() => (this.confirm = { ...confirm, submitting: true }));
    try {
      const result = await context.api().post('/affectation/establishments/{uai}/licences/recover', {
        path: { uai },
        body: confirm.personIds ? { personIds: confirm.personIds } : {},
        idempotencyKey: confirm.key,
      });
      this.update(() => {
        this.confirm = undefined;
        this.selection = new Set();
      });
      // The shell reads the departed again when the counts change.
      context.changed(uai, result.subscriptions);
      context.showToast(t(context.host.locale, 'recovered', { count: result.recovered, who: t(context.host.locale, 'peopleCount', { count: result.people }) }));
    } catch (error) {
      logError(TAG, error);
      this.update(() => {
        this.confirm = { ...confirm, submitting: false };
        this.failure = error;
      });
    }
  }
}
