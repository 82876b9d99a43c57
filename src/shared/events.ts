// Every event the widgets dispatch, by name, with its detail: declared once here and added to
// the global event maps, so that `addEventListener('gar-resource-open', (e) => e.detail.resource)`
// is typed for a vendor, and `emit()` takes its detail type from the name. All bubble and cross
// shadow roots (composed); those a vendor may take over are cancelable.
import type { Article, GarResource, Me, SubscriptionCounts, Tile } from './api/types.js';
import type { Session } from './context.js';

export interface GarResourceOpenDetail {
  /** The GAR record, as the listing gave it. */
  resource: GarResource;
}

export interface GarAffectationOpenDetail {
  url?: string;
  /** The establishment the médiacentre shows, when it shows one (the console should open on it). */
  uai?: string;
}

export interface GarFavoriteChangeDetail {
  idRessource: string;
  favorite: boolean;
}

export interface GarAssignmentChangeDetail {
  uai: string;
  /** Fresh counts of the subscriptions the change touched. */
  subscriptions: SubscriptionCounts[];
}

export interface GarCsvDownloadDetail {
  csv: string;
  filename: string;
}

export interface TileNewsOpenDetail {
  article: Article;
}

export interface TileBannerOpenDetail {
  article: Article;
}

export interface TileSettingsSavedDetail {
  tile: Tile;
}

export interface AnnouncementEventDetail {
  id: string;
}

export interface AnnouncementLinkEventDetail {
  id: string;
  url: string;
  external: boolean;
}

export interface AnnouncementSavedDetail {
  id: string;
  state: 'draft' | 'published';
}

export interface SessionChangeDetail {
  status: Session['status'];
  me?: Me;
}

/** Event name → detail. */
export interface EntWidgetsEventDetails {
  'gar-resource-open': GarResourceOpenDetail;
  'gar-affectation-open': GarAffectationOpenDetail;
  'gar-favorite-change': GarFavoriteChangeDetail;
  'gar-assignment-change': GarAssignmentChangeDetail;
  'gar-csv-download': GarCsvDownloadDetail;
  'ent-tile-news-open': TileNewsOpenDetail;
  'ent-tile-banner-open': TileBannerOpenDetail;
  'ent-tile-settings-saved': TileSettingsSavedDetail;
  'ent-announcement-dismiss': AnnouncementEventDetail;
  'ent-announcement-answer': AnnouncementEventDetail;
  'ent-announcement-link': AnnouncementLinkEventDetail;
  'ent-announcement-saved': AnnouncementSavedDetail;
  'ent-announcement-deleted': AnnouncementEventDetail;
  'ent-session-change': SessionChangeDetail;
}

export type EntWidgetsEventName = keyof EntWidgetsEventDetails;

export type EntWidgetsEventMap = { [K in EntWidgetsEventName]: CustomEvent<EntWidgetsEventDetails[K]> };

declare global {
  interface GlobalEventHandlersEventMap extends EntWidgetsEventMap {}
}

/** Dispatches a widget event from `target`: bubbles, composed; returns false when a listener prevented it. */
export function emitFrom<K extends EntWidgetsEventName>(target: EventTarget, name: K, detail: EntWidgetsEventDetails[K], options: { cancelable?: boolean } = {}): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }));
}
