// Par ressource: one subscription, one public, then who gets it (the whole public, divisions,
// groups, people found by a search), previewed and confirmed. The subscription's current
// assignments are listed under its choice.
import { html, nothing, type TemplateResult } from 'lit';
import type { AssignmentRequest, Division, Group, Person, Public, Subscription } from '../../shared/api/types.js';
import type { Locale } from '../../shared/i18n.js';
import { heading } from '../../shared/states.js';
import { affectationMessages as t } from '../messages.js';
import { countFor, daysLeft, personName } from '../model.js';
import type { AssignmentsSection } from './assignments.js';
import { AssignStep } from './assign.js';
import { focusAfterUpdate, moreButton, toggled, type ConsoleContext } from './context.js';
import { divisionsOf, PeopleSearch, peopleStatus } from './people-search.js';
import { ResourcePicker } from './picker.js';

interface Flow {
  subscriptionId: string;
  public?: Public;
  /** The whole public of the establishment (target `profil`). */
  everyone: boolean;
  divisions: Set<string>;
  groups: Set<string>;
  people: Map<string, Person>;
}

/** "12 / 30 licences affectées, 18 disponibles" for one public of a subscription. */
export function meterText(locale: Locale, sub: Subscription, pub: Public): string {
  const c = countFor(sub, pub);
  if (!c) return '';
  if (c.total === null || c.available === null) return t(locale, 'unlimited', { count: c.assigned });
  return t(locale, c.available < 2 ? 'meterOne' : 'meter', { assigned: c.assigned, total: c.total, available: c.available });
}

export class ResourceSection {
  private flow?: Flow;
  private readonly people: PeopleSearch;
  private readonly step: AssignStep;
  private readonly picker: ResourcePicker;

  constructor(
    private readonly context: ConsoleContext,
    private readonly assignments: AssignmentsSection,
  ) {
    this.people = new PeopleSearch(context);
    this.step = new AssignStep(context);
    this.picker = new ResourcePicker(context.host, 'flow-subscription');
  }

  /** The subscription chosen, if any. */
  get subscriptionId(): string | undefined {
    return this.flow?.subscriptionId;
  }

  /** Opens the flow on a subscription (from the table or the dashboard). */
  open(subscriptionId: string): void {
    const sub = this.context.subscriptionById(subscriptionId);
    this.clear();
    this.flow = { subscriptionId, public: sub && sub.publics.length === 1 ? sub.publics[0] : undefined, everyone: false, divisions: new Set(), groups: new Set(), people: new Map() };
    this.context.host.section = 'resource';
    this.context.host.requestUpdate();
    void focusAfterUpdate(this.context.host, '#flow-subscription input:checked');
  }

  reset(): void {
    this.picker.reset();
    this.clear();
  }

  private clear(): void {
    this.flow = undefined;
    this.step.reset();
    this.people.clear();
    this.context.host.requestUpdate();
  }

  render(locale: Locale): TemplateResult {
    const { flow, context } = this;
    const sub = context.subscriptionById(flow?.subscriptionId);
    const h = context.host.headingLevel + 2;
    const now = context.host.now();
    const choices = context.rows().filter((row) => daysLeft(row.sub, now) >= 0).sort((a, b) => a.title.localeCompare(b.title, 'fr'));
    return html`<div class="flow">
      ${heading(h, t(locale, 'step1'), 'step-title', 'step-heading')}
      ${this.picker.render(locale, t(locale, 'chooseSubscription'), choices.map((row) => ({ id: row.sub.id, title: row.title })), sub?.id, (id) => this.open(id))}
      ${sub ? this.assignments.render(locale, sub) : nothing}
      ${sub && flow ? this.renderPublic(locale, sub, flow, h) : nothing}
      ${sub && flow?.public ? this.renderTargets(locale, flow, flow.public, h) : nothing}
      ${sub && flow?.public ? this.step.render(locale, h, this.request(), () => this.assigned(), this.who(locale)) : nothing}
    </div>`;
  }

  private request(): AssignmentRequest | undefined {
    const flow = this.flow;
    if (!flow || !flow.public) return undefined;
    const targets: AssignmentRequest['targets'] = [
      ...(flow.everyone ? [{ type: 'profil' as const, id: flow.public }] : []),
      ...[...flow.divisions].map((id) => ({ type: 'division' as const, id })),
      ...[...flow.groups].map((id) => ({ type: 'groupe' as const, id })),
      ...[...flow.people.keys()].map((id) => ({ type: 'personne' as const, id })),
    ];
    if (targets.length === 0) return undefined;
    return { subscriptionIds: [flow.subscriptionId], public: flow.public, targets };
  }

  /** Who the request reaches, named: "tous les élèves, 4e A, 4e B, Léa Martin". */
  private who(locale: Locale): string {
    const flow = this.flow;
    const populations = this.context.populations();
    if (!flow?.public || !populations) return '';
    const named = (items: Array<{ id: string; name: string }>, ids: Set<string>) => items.filter((item) => ids.has(item.id)).map((item) => item.name);
    return [
      ...(flow.everyone ? [t(locale, 'whoEveryone', { public: t(locale, `public.${flow.public}`).toLocaleLowerCase(locale) })] : []),
      ...named(populations.divisions, flow.divisions),
      ...named(populations.groups, flow.groups),
      ...[...flow.people.values()].map(personName),
    ].join(', ');
  }

  /** Done: the resource and public stay, the next choice of targets is one tick away. */
  private assigned(): void {
    if (this.flow) this.flow = { ...this.flow, everyone: false, divisions: new Set(), groups: new Set(), people: new Map() };
    this.people.clear();
  }

  private update(patch: Partial<Flow>): void {
    if (!this.flow) return;
    this.flow = { ...this.flow, ...patch };
    this.step.changed();
    this.context.host.requestUpdate();
  }

  private renderPublic(locale: Locale, sub: Subscription, flow: Flow, h: number): TemplateResult {
    const advisory = flow.public ? sub.advisories?.find((a) => a.public === flow.public) : undefined;
    return html`${heading(h, t(locale, 'step2'), 'step-title', 'step-heading')}
      <fieldset>
        <legend>${t(locale, 'choosePublic')}</legend>
        ${sub.publics.map(
          (pub) => html`<label class="check">
            <input type="radio" name="flow-public" value=${pub} .checked=${flow.public === pub} @change=${() => this.onPublic(pub)} />
            ${t(locale, `public.${pub}`)} — ${meterText(locale, sub, pub)}
          </label>`,
        )}
      </fieldset>
      ${advisory ? html`<div class="advisory" part="advisory" role="note"><strong>${t(locale, 'advisory')} :</strong> ${advisory.message}</div>` : nothing}`;
  }

  private onPublic(pub: Public): void {
    this.people.clear();
    this.update({ public: pub, everyone: false, divisions: new Set(), groups: new Set(), people: new Map() });
  }

  private renderTargets(locale: Locale, flow: Flow, pub: Public, h: number): TemplateResult {
    const populations = this.context.populations();
    if (!populations) return html``;
    const { divisions, groups } = populations;
    const sized = <T extends Division | Group>(items: T[]) => items.filter((item) => (item.size[pub] ?? 0) > 0);
    const everyone = populations.profiles[pub] ?? 0;
    return html`${heading(h, t(locale, 'step3'), 'step-title', 'step-heading')}
      <label class="check everyone"><input id="everyone" type="checkbox" .checked=${flow.everyone} @change=${(e: Event) => this.update({ everyone: (e.target as HTMLInputElement).checked })} />
        ${t(locale, 'everyone', { public: t(locale, `public.${pub}`).toLocaleLowerCase(locale), count: everyone })}</label>
      <fieldset class="divisions">
        <legend>${t(locale, 'divisions')}</legend>
        <ul class="options">
          ${sized(divisions).map(
            (d) => html`<li>
              <label class="check"><input type="checkbox" value=${d.id} .checked=${flow.divisions.has(d.id)} @change=${(e: Event) => this.toggleIn('divisions', d.id, e)} />
                ${t(locale, 'sizeOf', { name: d.name, count: d.size[pub] ?? 0 })}</label>
            </li>`,
          )}
        </ul>
      </fieldset>
      ${sized(groups).length
        ? html`<fieldset class="groups">
            <legend>${t(locale, 'groups')}</legend>
            <ul class="options">
              ${sized(groups).map(
                (g) => html`<li>
                  <label class="check"><input type="checkbox" value=${g.id} .checked=${flow.groups.has(g.id)} @change=${(e: Event) => this.toggleIn('groups', g.id, e)} />
                    ${t(locale, 'sizeOf', { name: g.name, count: g.size[pub] ?? 0 })}</label>
                </li>`,
              )}
            </ul>
          </fieldset>`
        : nothing}
      <fieldset class="people">
        <legend>${t(locale, 'people')}</legend>
        <div class="field">
          <label for="people-search">${t(locale, 'searchPeople')}</label>
          <input id="people-search" type="search" autocomplete="off" aria-describedby="people-hint" .value=${this.people.query} @input=${(e: Event) => this.people.input((e.target as HTMLInputElement).value, pub)} />
          <span id="people-hint" class="hint">${t(locale, 'searchPeopleHint')}</span>
        </div>
        ${this.renderPeople(locale, flow)}
        ${flow.people.size
          ? html`<p class="hint" id="chosen-label">${t(locale, 'selectedPeople')}</p>
              <ul class="chips" aria-labelledby="chosen-label">
                ${[...flow.people.values()].map(
                  (p) => html`<li>
                    <button type="button" class="button" aria-label=${t(locale, 'removePerson', { name: personName(p) })} @click=${() => this.togglePerson(p, false)}>
                      ${personName(p)} ×
                    </button>
                  </li>`,
                )}
              </ul>`
          : nothing}
      </fieldset>`;
  }

  private renderPeople(locale: Locale, flow: Flow): TemplateResult | typeof nothing {
    const results = this.people.view();
    if (!results) return nothing;
    return html`<p class="hint" role="status">${peopleStatus(locale, results)}</p>
      ${results.items.length
        ? html`<ul class="options people-results" aria-label=${t(locale, 'peopleResults')}>
            ${results.items.map(
              (p) => html`<li>
                <label class="check"><input type="checkbox" value=${p.id} .checked=${flow.people.has(p.id)} @change=${(e: Event) => this.togglePerson(p, (e.target as HTMLInputElement).checked)} />
                  ${personName(p)}${divisionsOf(this.context, p)}</label>
              </li>`,
            )}
          </ul>
          ${moreButton(locale, 'more-people', results.items.length, results.total, () => void this.people.more('.people-results input'), results.loadingMore)}`
        : nothing}`;
  }

  private toggleIn(kind: 'divisions' | 'groups', id: string, event: Event): void {
    if (this.flow) this.update({ [kind]: toggled(this.flow[kind], id, event) });
  }

  private togglePerson(person: Person, on: boolean): void {
    if (!this.flow) return;
    const next = new Map(this.flow.people);
    if (on) next.set(person.id, person);
    else next.delete(person.id);
    this.update({ people: next });
  }
}
