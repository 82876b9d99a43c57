// Par population: one division, group or person, one public, then the subscriptions it gets
// (filtered by words), previewed and confirmed.
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { AssignmentRequest, Person, Public } from '../../shared/api/types.js';
import type { Locale } from '../../shared/i18n.js';
import { heading } from '../../shared/states.js';
import { LoadTask } from '../../shared/task.js';
import { affectationMessages as t } from '../messages.js';
import { daysLeft, fitsLevels, fold, personName, PUBLICS, titleOf, type Row } from '../model.js';
import { AssignStep } from './assign.js';
import { focusAfterUpdate, moreButton, TAG, toggled, type ConsoleContext } from './context.js';
import { divisionsOf, PeopleSearch, peopleStatus } from './people-search.js';
import { meterText } from './resource.js';

type Kind = 'division' | 'groupe' | 'personne';

interface Flow {
  kind: Kind;
  targetId?: string;
  person?: Person;
  public?: Public;
  subscriptionIds: Set<string>;
}

const EMPTY: Flow = { kind: 'division', subscriptionIds: new Set() };

export class PopulationSection {
  private flow: Flow = EMPTY;
  /** Words narrowing the list of subscriptions. */
  private filter = '';
  private readonly people: PeopleSearch;
  private readonly step: AssignStep;
  /** The subscriptions the chosen population already has for the chosen public. */
  private readonly held: LoadTask<Set<string>, [string, Kind, string, Public]>;
  private heldFor = '';

  constructor(private readonly context: ConsoleContext) {
    this.people = new PeopleSearch(context);
    this.step = new AssignStep(context);
    this.held = new LoadTask(context.host, TAG, async (signal, uai, kind, targetId, pub) => {
      const api = context.api();
      const path = { uai };
      // A person holds what reaches them by any target; a class or group, what was given to it
      // or to its whole public.
      const pages = await Promise.all(
        kind === 'personne'
          ? [api.get('/affectation/establishments/{uai}/assignments', { path, query: { personId: targetId, pageSize: 200 }, signal })]
          : [
              api.get('/affectation/establishments/{uai}/assignments', { path, query: { targetType: kind, targetId, pageSize: 200 }, signal }),
              api.get('/affectation/establishments/{uai}/assignments', { path, query: { targetType: 'profil', targetId: pub, pageSize: 200 }, signal }),
            ],
      );
      return new Set(pages.flatMap((page) => page.items).filter((a) => a.public === pub).map((a) => a.subscriptionId));
    });
  }

  /** Reads what the chosen population already has, when the population or the public changes. */
  private loadHeld(force = false): void {
    const { targetId, public: pub, kind } = this.flow;
    const uai = this.context.uai();
    const key = `${uai}|${kind}|${targetId}|${pub}`;
    if (!uai || !targetId || !pub || (!force && key === this.heldFor)) return;
    this.heldFor = key;
    void this.held.run(uai, kind, targetId, pub);
  }

  reset(): void {
    this.held.reset();
    this.heldFor = '';
    this.flow = EMPTY;
    this.filter = '';
    this.people.clear();
    this.step.reset();
  }

  /** From the dashboard: the people holding nothing, listed to pick from (a search narrows it). */
  openForPerson(): void {
    this.reset();
    this.flow = { kind: 'personne', subscriptionIds: new Set() };
    this.context.host.section = 'population';
    void this.people.find({ unassigned: true });
    void focusAfterUpdate(this.context.host, '#people-search');
  }

  render(locale: Locale): TemplateResult {
    const populations = this.context.populations();
    if (!populations) return html``;
    const f = this.flow;
    const h = this.context.host.headingLevel + 2;
    const { divisions, groups } = populations;
    const publics = this.publics();
    return html`<div class="flow population">
      ${heading(h, t(locale, 'popStep1'), 'step-title', 'step-heading')}
      <fieldset>
        <legend>${t(locale, 'targetKind')}</legend>
        ${(['division', 'groupe', 'personne'] as Kind[]).map(
          (kind) => html`<label class="check"><input type="radio" name="pop-kind" value=${kind} .checked=${f.kind === kind} @change=${() => this.onKind(kind)} />${t(locale, `kind.${kind}`)}</label>`,
        )}
      </fieldset>
      ${f.kind === 'division' ? this.renderSelect(locale, 'kind.division', divisions) : nothing}
      ${f.kind === 'groupe' ? this.renderSelect(locale, 'kind.groupe', groups) : nothing}
      ${f.kind === 'personne' ? this.renderPersonPicker(locale) : nothing}
      ${publics.length ? this.renderPublic(locale, publics, h) : nothing}
      ${f.targetId && f.public ? this.renderResources(locale, f.public, h) : nothing}
      ${f.targetId && f.public ? this.step.render(locale, h, this.request(), () => this.assigned(), this.who(), 'noResource') : nothing}
    </div>`;
  }

  private renderSelect(locale: Locale, label: 'kind.division' | 'kind.groupe', items: Array<{ id: string; name: string }>): TemplateResult {
    const f = this.flow;
    return html`<div class="field">
      <label for="pop-target">${t(locale, label)}</label>
      <select id="pop-target" @change=${(e: Event) => this.onTarget(e)}>
        <option value="" ?selected=${!f.targetId}>${t(locale, 'choosePlaceholder')}</option>
        ${items.map((item) => html`<option value=${item.id} ?selected=${item.id === f.targetId}>${item.name}</option>`)}
      </select>
    </div>`;
  }

  private request(): AssignmentRequest | undefined {
    const f = this.flow;
    if (!f.targetId || !f.public || f.subscriptionIds.size === 0) return undefined;
    return { subscriptionIds: [...f.subscriptionIds], public: f.public, targets: [{ type: f.kind, id: f.targetId }] };
  }

  /** The chosen class, group or person, named for the summary. */
  private who(): string {
    const { kind, targetId, person } = this.flow;
    if (kind === 'personne') return person ? personName(person) : '';
    const populations = this.context.populations();
    const items = kind === 'division' ? populations?.divisions : populations?.groups;
    return items?.find((item) => item.id === targetId)?.name ?? '';
  }

  /** Done: the population stays, its next subscriptions are one tick away. */
  private assigned(): void {
    this.flow = { ...this.flow, subscriptionIds: new Set() };
    this.people.clear();
    this.loadHeld(true);
  }

  private update(patch: Partial<Flow>): void {
    this.flow = { ...this.flow, ...patch };
    this.step.changed();
    this.loadHeld();
    this.context.host.requestUpdate();
  }

  /** Sizes per public of the chosen division or group (a person: their own profile). */
  private publics(): Array<{ public: Public; size: number }> {
    const f = this.flow;
    const populations = this.context.populations();
    if (!populations || !f.targetId) return [];
    if (f.kind === 'personne') return f.person ? [{ public: f.person.profile, size: 1 }] : [];
    const target = f.kind === 'division' ? populations.divisions.find((d) => d.id === f.targetId) : populations.groups.find((g) => g.id === f.targetId);
    if (!target) return [];
    return PUBLICS.map((pub) => ({ public: pub, size: target.size[pub] ?? 0 })).filter((entry) => entry.size > 0);
  }

  private onKind(kind: Kind): void {
    this.people.clear();
    this.update({ kind, targetId: undefined, person: undefined, public: undefined, subscriptionIds: new Set() });
  }

  private onTarget(event: Event): void {
    const targetId = (event.target as HTMLSelectElement).value || undefined;
    this.update({ targetId, public: undefined, subscriptionIds: new Set() });
    const publics = this.publics();
    if (publics.length === 1) this.update({ public: publics[0]!.public });
  }

  private renderPersonPicker(locale: Locale): TemplateResult {
    const f = this.flow;
    const results = this.people.view();
    return html`<div class="field">
        <label for="people-search">${t(locale, 'searchPeople')}</label>
        <input id="people-search" type="search" autocomplete="off" aria-describedby="people-hint" .value=${this.people.query} @input=${(e: Event) => this.people.input((e.target as HTMLInputElement).value)} />
        <span id="people-hint" class="hint">${t(locale, 'searchPeopleHint')}</span>
      </div>
      ${results ? html`<p class="hint" role="status">${peopleStatus(locale, results)}</p>` : nothing}
      ${results?.items.length
        ? html`<fieldset class="people-results">
            <legend>${t(locale, 'peopleResults')}</legend>
            ${results.items.map(
              (p) => html`<label class="check"><input type="radio" name="pop-person" value=${p.id} .checked=${f.targetId === p.id} @change=${() => this.update({ targetId: p.id, person: p, public: p.profile, subscriptionIds: new Set() })} />
                ${personName(p)} — ${t(locale, `onePublic.${p.profile}`)}${divisionsOf(this.context, p)}</label>`,
            )}
            ${moreButton(locale, 'more-people', results.items.length, results.total, () => void this.people.more('.people-results input'), results.loadingMore)}
          </fieldset>`
        : nothing}`;
  }

  private renderPublic(locale: Locale, publics: Array<{ public: Public; size: number }>, h: number): TemplateResult {
    const f = this.flow;
    return html`${heading(h, t(locale, 'popStep2'), 'step-title', 'step-heading')}
      <fieldset>
        <legend>${t(locale, 'choosePublic')}</legend>
        ${publics.map(
          (entry) => html`<label class="check"><input type="radio" name="pop-public" value=${entry.public} .checked=${f.public === entry.public} ?disabled=${f.kind === 'personne'}
              @change=${() => this.update({ public: entry.public, subscriptionIds: new Set() })} />
            ${t(locale, 'sizeOf', { name: t(locale, entry.size === 1 ? `onePublic.${entry.public}` : `public.${entry.public}`), count: entry.size })}</label>`,
        )}
      </fieldset>`;
  }

  private renderResources(locale: Locale, pub: Public, h: number): TemplateResult {
    const { context, flow: f } = this;
    const words = fold(this.filter.trim());
    const now = context.host.now();
    const held = this.held.status === 'ok' ? this.held.value : undefined;
    const levels = this.levels();
    // What the population does not have yet comes first; what it has is marked, not hidden (a
    // new assignment extends it to newcomers). Resources of other levels (a 6e manual for a 4e
    // class) wait in a closed list.
    const eligible = context
      .rows()
      .filter((row) => row.sub.publics.includes(pub) && daysLeft(row.sub, now) >= 0)
      .filter((row) => !words || row.haystack.includes(words))
      .sort((a, b) => Number(held?.has(a.sub.id) ?? false) - Number(held?.has(b.sub.id) ?? false) || a.title.localeCompare(b.title, 'fr'));
    const fitting = eligible.filter((row) => fitsLevels(row.sub.resource.niveauEducatif, levels));
    const others = eligible.filter((row) => !fitting.includes(row));
    const advisories = [...f.subscriptionIds]
      .map((id) => context.subscriptionById(id))
      .flatMap((sub) => (sub?.advisories ?? []).filter((a) => a.public === pub).map((a) => ({ sub, message: a.message })));
    const list = (rows: Row[]) => html`<ul class="options wide">
      ${repeat(
        rows,
        (row) => row.sub.id,
        (row) => html`<li>
          <label class="check"><input type="checkbox" value=${row.sub.id} .checked=${f.subscriptionIds.has(row.sub.id)} @change=${(e: Event) => this.toggleSubscription(row.sub.id, e)} />
            ${row.title} — ${meterText(locale, row.sub, pub)}${held?.has(row.sub.id) ? html` <span class="badge held">${t(locale, 'alreadyHeld')}</span>` : nothing}</label>
        </li>`,
      )}
    </ul>`;
    return html`${heading(h, t(locale, 'popStep3'), 'step-title', 'step-heading')}
      <div class="field">
        <label for="pop-filter">${t(locale, 'filterResources')}</label>
        <input id="pop-filter" type="search" .value=${this.filter} @input=${(e: Event) => this.setFilter((e.target as HTMLInputElement).value)} />
      </div>
      <fieldset class="resources">
        <legend>${t(locale, 'resourcesFor', { public: t(locale, `public.${pub}`).toLocaleLowerCase(locale), count: f.subscriptionIds.size })}</legend>
        ${list(fitting)}
        ${others.length
          ? html`<details class="other-levels" ?open=${others.some((row) => f.subscriptionIds.has(row.sub.id))}>
              <summary>${t(locale, 'otherLevels', { count: others.length, levels: [...levels].join(', ') })}</summary>
              ${list(others)}
            </details>`
          : nothing}
      </fieldset>
      ${advisories.map((a) => html`<div class="advisory" part="advisory" role="note"><strong>${t(locale, 'advisory')} (${a.sub ? titleOf(a.sub) : ''}) :</strong> ${a.message}</div>`)}`;
  }

  /** The school levels of the chosen class, of a group's classes, or of a person's classes. */
  private levels(): Set<string> {
    const { kind, targetId, person } = this.flow;
    const populations = this.context.populations();
    if (!populations) return new Set();
    const divisionIds = kind === 'division' ? [targetId] : kind === 'groupe' ? (populations.groups.find((g) => g.id === targetId)?.divisionIds ?? []) : (person?.divisionIds ?? []);
    return new Set(populations.divisions.filter((d) => divisionIds.includes(d.id)).map((d) => d.level.name));
  }

  private setFilter(value: string): void {
    this.filter = value;
    this.context.host.requestUpdate();
  }

  private toggleSubscription(id: string, event: Event): void {
    this.update({ subscriptionIds: toggled(this.flow.subscriptionIds, id, event) });
  }
}
