// Hiding an announcement and showing it again (POST / DELETE /announcements/{id}/read), with
// what the user sees meanwhile: done at once, put back with a message when the server refuses.
// In the drawing chunk: only a drawn announcement can be hidden, only a listed one shown again.
import type { ApiClient } from '../shared/api/client.js';
import type { Announcement } from '../shared/api/types.js';
import type { Locale } from '../shared/i18n.js';
import { logError } from '../shared/states.js';
import { announcementMessages as t } from './messages.js';

const TAG = 'ent-targeted-announcement';

/** A read state set by this user here, kept over server lists that do not reflect it yet. */
export interface ReadOverride {
  read: boolean;
  readAt: string | null;
  /** The announcement's `updatedAt` when the user acted: an edit since makes the override moot. */
  updatedAt: string;
}

/** What of <ent-targeted-announcement> hiding and showing again act on. */
export interface ReadStateHost {
  readonly api: ApiClient;
  readonly signal: AbortSignal;
  readonly locale: Locale;
  /** The corrected current time (epoch ms). */
  readonly time: number;
  readonly shown: Announcement[];
  readonly hiddenOnes: Announcement[];
  readonly overrides: Map<string, ReadOverride>;
  /** Ids shown again by the user's own action: not announced as arrivals. */
  readonly quiet: Set<string>;
  readonly updateComplete: Promise<boolean>;
  readonly shadowRoot: ShadowRoot | null;
  hiddenOpen: boolean;
  feedback: string;
  evaluate(): void;
  focusAnnouncement(id: string | undefined): void;
  emit<T>(name: string, detail?: T): boolean;
}

export async function dismiss(host: ReadStateHost, a: Announcement): Promise<void> {
  const index = host.shown.findIndex((x) => x.id === a.id);
  const next = host.shown[index + 1] ?? host.shown[index - 1];
  host.feedback = '';
  host.overrides.set(a.id, { read: true, readAt: new Date(host.time).toISOString(), updatedAt: a.updatedAt });
  host.evaluate();
  host.emit('ent-announcement-dismiss', { id: a.id });
  await host.updateComplete;
  host.focusAnnouncement(next?.id);
  try {
    const state = await host.api.post('/announcements/{id}/read', { path: { id: a.id }, signal: host.signal });
    if (host.overrides.get(a.id)?.read === true) {
      host.overrides.set(a.id, { read: state?.read === true, readAt: state?.readAt ?? new Date(host.time).toISOString(), updatedAt: a.updatedAt });
    }
  } catch (error) {
    if (host.signal.aborted) return;
    logError(TAG, error);
    host.overrides.delete(a.id);
    host.quiet.add(a.id);
    host.feedback = t(host.locale, 'dismissFailed', { title: a.title });
    host.evaluate();
  }
}

export async function showAgain(host: ReadStateHost, a: Announcement): Promise<void> {
  host.feedback = '';
  const before = host.overrides.get(a.id);
  host.overrides.set(a.id, { read: false, readAt: null, updatedAt: a.updatedAt });
  host.quiet.add(a.id);
  host.evaluate();
  if (host.hiddenOnes.length === 0) host.hiddenOpen = false;
  await host.updateComplete;
  host.focusAnnouncement(a.id);
  try {
    await host.api.delete('/announcements/{id}/read', { path: { id: a.id }, signal: host.signal });
  } catch (error) {
    if (host.signal.aborted) return;
    logError(TAG, error);
    if (before) host.overrides.set(a.id, before);
    else host.overrides.set(a.id, { read: true, readAt: a.readAt ?? null, updatedAt: a.updatedAt });
    host.feedback = t(host.locale, 'showAgainFailed', { title: a.title });
    host.evaluate();
    await host.updateComplete;
    host.shadowRoot?.querySelector<HTMLElement>('.disclosure')?.focus();
  }
}
