// The strict-CSP page's widgets: msw for this page, then the library (from its sources).
import { setupWorker } from 'msw/browser';
import { configureMock, createHandlers } from '../../src/mocks/index.js';

const params = new URLSearchParams(location.search);
configureMock({ user: (params.get('as') as 'admin' | 'responsable' | 'eleve' | null) ?? 'responsable', now: () => new Date('2026-11-24T10:00:00+01:00') });
await setupWorker(...createHandlers()).start({ serviceWorker: { url: '/mockServiceWorker.js' }, quiet: true, onUnhandledRequest: 'bypass' });
await import('../../src/index.js');
(window as unknown as { cspReady: boolean }).cspReady = true;
