// The last step of both flows: preview what an assignment uses ("N licences, M left"), confirm
// it (all or nothing, idempotent), show a 409's shortfalls with the fresh counts, and offer to
// undo exactly what was created.
import { html, nothing, type TemplateResult } from 'lit';
import { newIdempotencyKey } from '../../shared/api/client.js';
import { ApiError } from '../../shared/api/errors.js';
import type { AssignmentPreview, AssignmentRequest, PreviewLine, Public, Subscription, SubscriptionCounts } from '../../shared/api/types.js';
import type { Locale } from '../../shared/i18n.js';
import { errorMessage, heading, logError } from '../../shared/states.js';
import { affectationMessages as t } from '../messages.js';
import { createdIds, requestSignature, titleOf } from '../model.js';
import { focusAfterUpdate, TAG, type ConsoleContext } from './context.js';

type Preview =
  | { status: 'loading'; signature: string }
  | { status: 'ok'; signature: string; preview: AssignmentPreview }
  | { status: 'error'; signature: string; error: unknown };

type Shortfall = { subscriptionId: string; public: Public; requested: number; available: number };

export class AssignStep {
  private preview?: Preview;
  private submitting = false;
  private conflict?: Shortfall[];
  private failure?: unknown;
  /** The Idempotency-Key of a request, kept while the user retries the same action. */
  private idempotency?: { signature: string; key: string };

  constructor(private readonly context: ConsoleContext) {}

  /** The choices changed: what was previewed or refused no longer applies. */
  changed(): void {
    this.conflict = undefined;
    this.failure = undefined;
  }

  reset(): void {
    this.preview = undefined;
    this.changed();
  }

  /**
   * `who` names the people reached (the chosen classes, groups, people) in the summary;
   * `missing`: what to ask for while there is no request yet (targets, or resources).
   */
  render(locale: Locale, h: number, request: AssignmentRequest | undefined, onDone: () => void, who: string, missing: 'noTarget' | 'noResource' = 'noTarget'): TemplateResult {
    const signature = request ? requestSignature(request) : '';
    const preview = this.preview && this.preview.signature === signature ? this.preview : undefined;
    const lines = preview?.status === 'ok' ? preview.preview.lines : [];
    const fits = preview?.status === 'ok' && preview.preview.fits;
    return html`${heading(h, t(locale, 'step4'), 'step-title', 'step-heading')}
      ${this.renderConflict(locale)}
      ${this.failure ? html`<div class="conflict" role="alert">${t(locale, 'failed', { message: errorMessage(locale, this.failure) })}</div>` : nothing}
      ${!request ? html`<p class="hint">${t(locale, missing)}</p>` : nothing}
      <div class="actions">
        <button
          type="button"
          class="button"
          id="preview"
          ?disabled=${!request}
          aria-disabled=${preview?.status === 'loading' ? 'true' : 'false'}
          @click=${() => preview?.status !== 'loading' && request && void this.runPreview(request)}
        >
          ${t(locale, 'preview')}
        </button>
      </div>
      <div class="summary-region" aria-live="polite">
        ${preview?.status === 'loading' ? html`<p>${t(locale, 'previewing')}</p>` : nothing}
        ${preview?.status === 'error' ? html`<p class="conflict">${errorMessage(locale, preview.error)}</p>` : nothing}
        ${preview?.status === 'ok'
          ? html`<div class="summary" part="summary">
              <p class="summary-who">${t(locale, 'summaryFor', { who })}</p>
              <ul>
                ${lines.map((line) => html`<li class=${line.shortfall > 0 ? 'shortfall' : 'fits'}>${lineText(this.context, locale, line)}</li>`)}
              </ul>
              ${fits ? nothing : html`<p class="shortfall">${t(locale, 'doesNotFit')}</p>`}
            </div>`
          : nothing}
      </div>
      ${preview?.status === 'ok' && request
        ? html`<div class="actions">
            <button type="button" class="button primary" id="confirm" ?disabled=${!fits || this.submitting} @click=${() => void this.confirm(request, onDone)}>
              ${this.submitting ? t(locale, 'confirming') : t(locale, 'confirm')}
            </button>
          </div>`
        : nothing}`;
  }

  private renderConflict(locale: Locale): TemplateResult | typeof nothing {
    if (!this.conflict) return nothing;
    return html`<div class="conflict" role="alert">
      <p>${t(locale, 'conflictTitle')}</p>
      <ul>
        ${this.conflict.map(
          (s) => html`<li>
            ${t(locale, 'conflictLine', { title: this.titleOf(s.subscriptionId), public: t(locale, `public.${s.public}`), requested: s.requested, available: s.available })}
          </li>`,
        )}
      </ul>
      <p>${t(locale, 'conflictHint')}</p>
    </div>`;
  }

  private titleOf(id: string): string {
    return titleOf(this.context.subscriptionById(id) ?? ({ id, resource: {} } as Subscription));
  }

  private update(change: () => void): void {
    change();
    this.context.host.requestUpdate();
  }

  /** The preview button stays focusable (aria-disabled) meanwhile: a focused button that turns disabled drops focus to the page. */
  private async runPreview(request: AssignmentRequest): Promise<void> {
    const { context } = this;
    const uai = context.uai();
    if (!uai) return;
    const signature = requestSignature(request);
    this.update(() => {
      this.preview = { status: 'loading', signature };
      this.conflict = undefined;
    });
    try {
      const preview = await context.api().post('/affectation/establishments/{uai}/assignments/preview', { path: { uai }, body: request });
      if (this.preview?.signature !== signature) return;
      this.update(() => (this.preview = { status: 'ok', signature, preview }));
      await focusAfterUpdate(context.host, preview.fits ? '#confirm' : '.summary');
    } catch (error) {
      if (error instanceof ApiError && error.kind === 'aborted') return;
      logError(TAG, error);
      if (this.preview?.signature === signature) this.update(() => (this.preview = { status: 'error', signature, error }));
    }
  }

  private keyFor(signature: string): string {
    if (this.idempotency?.signature !== signature) this.idempotency = { signature, key: newIdempotencyKey() };
    return this.idempotency.key;
  }

  private async confirm(request: AssignmentRequest, onDone: () => void): Promise<void> {
    const { context } = this;
    const uai = context.uai();
    if (!uai || this.submitting) return;
    this.update(() => {
      this.submitting = true;
      this.failure = undefined;
    });
    try {
      const key = this.keyFor(requestSignature(request));
      const result = await context.api().post('/affectation/establishments/{uai}/assignments', { path: { uai }, body: request, idempotencyKey: key });
      this.idempotency = undefined;
      context.changed(uai, result.subscriptions);
      const ids = createdIds(result);
      const extended = result.assignments.filter((a) => a.outcome === 'extended').length;
      const unchanged = result.assignments.filter((a) => a.outcome === 'unchanged').length;
      this.preview = undefined;
      onDone();
      const locale = context.host.locale;
      const message = [
        assignedMessage(context, locale, result.subscriptions, request.public),
        extended ? t(locale, 'extended', { count: extended }) : '',
        unchanged ? t(locale, 'unchanged', { count: unchanged }) : '',
      ].filter(Boolean).join(' ');
      // Undo removes exactly what this action created; extended assignments stay (the message says so).
      context.showToast(message, ids.length ? () => undoAssign(context, uai, ids) : undefined);
    } catch (error) {
      if (error instanceof ApiError && error.kind === 'aborted') return;
      if (error instanceof ApiError && error.code === 'licences-insufficient') {
        const problem = error.details.problem as { shortfalls?: Shortfall[]; subscriptions?: SubscriptionCounts[] } | undefined;
        context.applyCounts(problem?.subscriptions);
        this.conflict = problem?.shortfalls ?? [];
        this.preview = undefined;
        this.idempotency = undefined;
      } else {
        logError(TAG, error);
        this.failure = error;
      }
    } finally {
      this.update(() => (this.submitting = false));
    }
  }
}

export function lineText(context: ConsoleContext, locale: Locale, line: PreviewLine): string {
  const title = titleOf(context.subscriptionById(line.subscriptionId) ?? ({ id: line.subscriptionId, resource: {} } as Subscription));
  const pub = t(locale, `public.${line.public}`);
  if (line.available === null) return t(locale, 'summaryUnlimited', { count: line.needed, title, public: pub });
  if (line.shortfall > 0) return t(locale, 'shortfall', { count: line.shortfall, title, public: pub, needed: line.needed, available: line.available });
  return t(locale, 'summaryLine', { count: line.needed, title, public: pub, left: line.available - line.needed });
}

/** "Affectation enregistrée" with what is left, from the server's fresh counts (exact even when others write at once). */
export function assignedMessage(context: ConsoleContext, locale: Locale, fresh: SubscriptionCounts[], pub: Public): string {
  const parts = fresh.map((c) => {
    const title = titleOf(context.subscriptionById(c.id) ?? ({ id: c.id, resource: {} } as Subscription));
    const count = c.counts.find((x) => x.public === pub);
    const publicLabel = t(locale, `public.${pub}`);
    if (!count || count.available === null) return t(locale, 'leftUnlimited', { title, public: publicLabel, count: count?.assigned ?? 0 });
    return t(locale, 'leftAfter', { title, public: publicLabel, count: count.available, assigned: count.assigned, total: count.total ?? 0 });
  });
  return `${t(locale, 'assignedDone')} ${parts.join(' ')}`;
}

export async function undoAssign(context: ConsoleContext, uai: string, assignmentIds: string[]): Promise<void> {
  const result = await context.api().post('/affectation/establishments/{uai}/assignments/remove', { path: { uai }, body: { assignmentIds }, idempotencyKey: newIdempotencyKey() });
  context.changed(uai, result.subscriptions);
}
