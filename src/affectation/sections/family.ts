// "Affecter à toute la population": a family mother given to every eligible public that does
// not hold it yet, previewed, then sent as one all-or-nothing batch. Shown above any section
// (it is started from the table, the dashboard or the population flow).
import { html, nothing, type TemplateResult } from 'lit';
import { newIdempotencyKey } from '../../shared/api/client.js';
import { ApiError } from '../../shared/api/errors.js';
import type { AssignmentPreview, AssignmentRequest, SubscriptionCounts } from '../../shared/api/types.js';
import type { Locale } from '../../shared/i18n.js';
import { errorMessage, logError } from '../../shared/states.js';
import { affectationMessages as t } from '../messages.js';
import { countFor, createdIds, titleOf } from '../model.js';
import { assignedMessage, lineText, undoAssign } from './assign.js';
import { focusAfterUpdate, TAG, type ConsoleContext } from './context.js';

interface FamilyAction {
  subscriptionId: string;
  requests: AssignmentRequest[];
  status: 'loading' | 'ready' | 'submitting' | 'error';
  previews?: AssignmentPreview[];
  /** One Idempotency-Key for the whole batch. */
  key: string;
  error?: unknown;
}

export class FamilySection {
  private action?: FamilyAction;

  constructor(private readonly context: ConsoleContext) {}

  reset(): void {
    this.action = undefined;
  }

  private set(action: FamilyAction | undefined): void {
    this.action = action;
    this.context.host.requestUpdate();
  }

  /** Every eligible public not yet complete, whole population (`profil`), previewed before confirming. */
  async start(subscriptionId: string): Promise<void> {
    const { context } = this;
    const sub = context.subscriptionById(subscriptionId);
    const uai = context.uai();
    const populations = context.populations();
    if (!sub || !uai || !populations) return;
    const publics = sub.publics.filter((pub) => (countFor(sub, pub)?.assigned ?? 0) < (populations.profiles[pub] ?? 0));
    const requests: AssignmentRequest[] = publics.map((pub) => ({ subscriptionIds: [sub.id], public: pub, targets: [{ type: 'profil', id: pub }] }));
    const action: FamilyAction = { subscriptionId, requests, status: 'loading', key: newIdempotencyKey() };
    this.set(action);
    try {
      const previews = await Promise.all(requests.map((body) => context.api().post('/affectation/establishments/{uai}/assignments/preview', { path: { uai }, body })));
      if (this.action !== action) return;
      this.set({ ...action, status: 'ready', previews });
      await focusAfterUpdate(context.host, '[part="family"]');
    } catch (error) {
      logError(TAG, error);
      if (this.action === action) this.set({ ...action, status: 'error', error });
    }
  }

  render(locale: Locale): TemplateResult | typeof nothing {
    const action = this.action;
    if (!action) return nothing;
    const sub = this.context.subscriptionById(action.subscriptionId);
    const title = sub ? titleOf(sub) : action.subscriptionId;
    const lines = (action.previews ?? []).flatMap((p) => p.lines);
    const fits = (action.previews ?? []).every((p) => p.fits);
    return html`<div class="summary family" part="family" tabindex="-1" role="group" aria-label=${t(locale, 'wholePopulationOf', { title })}>
      <p><strong>${t(locale, 'wholePopulationOf', { title })}</strong></p>
      ${action.status === 'loading' ? html`<p>${t(locale, 'previewing')}</p>` : nothing}
      ${action.status === 'error' ? html`<p class="conflict" role="alert">${t(locale, 'failed', { message: errorMessage(locale, action.error) })}</p>` : nothing}
      ${lines.length ? html`<ul>${lines.map((line) => html`<li class=${line.shortfall > 0 ? 'shortfall' : 'fits'}>${lineText(this.context, locale, line)}</li>`)}</ul>` : nothing}
      ${action.status !== 'loading' && action.requests.length === 0 ? html`<p>${t(locale, 'familyNothing')}</p>` : nothing}
      <div class="actions">
        ${action.requests.length && action.previews
          ? html`<button type="button" class="button primary" id="family-confirm" ?disabled=${!fits || action.status === 'submitting'} @click=${() => void this.confirm()}>${t(locale, 'confirm')}</button>`
          : nothing}
        <button type="button" class="button" @click=${() => this.set(undefined)}>${t(locale, 'cancel')}</button>
      </div>
    </div>`;
  }

  private async confirm(): Promise<void> {
    const { action, context } = this;
    const uai = context.uai();
    if (!action || !uai || action.status === 'submitting') return;
    this.set({ ...action, status: 'submitting' });
    try {
      // Every public in one batch, all or nothing: a shortfall on one public applies none.
      const body = action.requests.length === 1 ? action.requests[0]! : { requests: action.requests };
      const result = await context.api().post('/affectation/establishments/{uai}/assignments', { path: { uai }, body, idempotencyKey: action.key });
      const ids = createdIds(result);
      context.changed(uai, result.subscriptions);
      this.set(undefined);
      const locale = context.host.locale;
      const message = action.requests.map((request) => assignedMessage(context, locale, result.subscriptions, request.public)).join(' ');
      context.showToast(message, ids.length ? () => undoAssign(context, uai, ids) : undefined);
    } catch (error) {
      logError(TAG, error);
      if (error instanceof ApiError) context.applyCounts((error.details.problem as { subscriptions?: SubscriptionCounts[] } | undefined)?.subscriptions);
      this.set({ ...action, status: 'error', error });
    }
  }
}
