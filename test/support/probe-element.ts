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

  fire(name: string, cancelable = false): boolean {
    return this.emit(name, { from: 'probe' }, { cancelable });
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
