// A minimal widget for testing the shared base: it shows what it received.
import { html } from 'lit';
import { EntElement } from '../../src/shared/base-element.js';
import { defineElement } from '../../src/shared/define.js';
import type { Session } from '../../src/shared/context.js';

export class ProbeWidget extends EntElement {
  session$: Session | undefined;

  get currentSession(): Session {
    return this.session;
  }

  async loadSession(): Promise<Session> {
    this.session$ = await this.ensureSession();
    return this.session$;
  }

  loadRubriques() {
    return this.api.get('/news/rubriques', { signal: this.signal });
  }

  /** Emits one of the widgets' events (any: emit() is the same for all), with a probe's detail. */
  fire(cancelable = false): boolean {
    return this.emit('ent-announcement-dismiss', { id: 'probe' }, cancelable);
  }

  protected override render() {
    return html`<p>${this.locale}</p>`;
  }
}
defineElement('probe-widget', ProbeWidget);

declare global {
  interface HTMLElementTagNameMap {
    'probe-widget': ProbeWidget;
  }
}
