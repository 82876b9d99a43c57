// One form field: its label, hint, control and error, wired for assistive technologies. The
// label names the control (`for`/`id`); the hint and the error describe it
// (`aria-describedby`, the error first: it is what the user needs to hear at once); `aria-invalid`
// says whether it is in error.
// The hint is `<id>-hint`, the error `<id>-error`. Used by the admin forms (tile settings,
// announcement composer); the element's stylesheet styles `.field`, `.hint` and `.field-error`.
// The control takes its wiring in one binding, `<input ${wire} …>` (attributes, never `style`).
import { html, noChange, nothing, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** What the control carries: `id`, `aria-describedby` and `aria-invalid`. */
export interface FieldWiring {
  id: string;
  describedBy: string | typeof nothing;
  invalid: 'true' | 'false';
}

export interface FieldSpec {
  /** The control's id. */
  id: string;
  label: unknown;
  hint?: unknown;
  /** The error shown under the control (nothing when valid). */
  error?: unknown;
  /** In error without an error text of its own (it is shown elsewhere, e.g. by its group). */
  invalid?: boolean;
  /** Further ids that describe the control (e.g. its group's error), after its own. */
  describedBy?: string;
  /** Shown last in the field (what was uploaded, a list of files). */
  extra?: unknown;
}

/** The wiring of a field's control (its ids and state), for controls laid out by hand. */
export function fieldWiring({ id, hint, error, invalid, describedBy }: FieldSpec): FieldWiring {
  const ids = [error ? `${id}-error` : '', hint ? `${id}-hint` : '', describedBy ?? ''].filter(Boolean).join(' ');
  return { id, describedBy: ids || nothing, invalid: error || invalid ? 'true' : 'false' };
}

class WiredDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('wired() goes on an element: <input ${wired(…)}>');
  }

  render(_wiring: FieldWiring): unknown {
    return noChange;
  }

  override update(part: ElementPart, [wiring]: [FieldWiring]): unknown {
    const control = part.element;
    control.id = wiring.id;
    control.setAttribute('aria-invalid', wiring.invalid);
    if (wiring.describedBy === nothing) control.removeAttribute('aria-describedby');
    else control.setAttribute('aria-describedby', wiring.describedBy);
    return noChange;
  }
}

/** Puts a wiring on the element it is bound to: `<fieldset ${wired(fieldWiring(…))}>`. */
export const wired = directive(WiredDirective);

/** A field: label, hint, the control drawn by `control` (bind `wire` on it), error. */
export function field(spec: FieldSpec, control: (wire: ReturnType<typeof wired>) => unknown): TemplateResult {
  const wiring = fieldWiring(spec);
  const { id, label, hint, error, extra } = spec;
  return html`<div class="field ${wiring.invalid === 'true' ? 'invalid' : ''}">
    <label for=${id}>${label}</label>
    ${hint ? html`<p class="hint" id=${`${id}-hint`}>${hint}</p>` : nothing} ${control(wired(wiring))}
    ${fieldError(id, error)} ${extra ?? nothing}
  </div>`;
}

/** The error of the control (or group) `id`, as its wiring names it. */
export function fieldError(id: string, error: unknown): TemplateResult | typeof nothing {
  return error ? html`<p class="field-error" id=${`${id}-error`}>${error}</p>` : nothing;
}

/** The value of the control an event came from. */
export function controlValue(event: Event): string {
  return (event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement).value;
}
