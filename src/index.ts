// The whole library: importing this module registers every element (entry of dist/ent-widgets.js).
export { EntWidgetsProvider } from './shared/provider.js';
export { EntElement } from './shared/base-element.js';
export { ApiClient, type ApiClientOptions, type HeadersHook } from './shared/api/client.js';
export { ApiError, type ApiErrorKind } from './shared/api/errors.js';
export type * from './shared/api/types.js';
export type { Session } from './shared/context.js';
export type { Locale } from './shared/i18n.js';
export { VERSION } from './shared/define.js';

// Médiacentre.
export { GarMediacentre } from './mediacentre/define.js';
export type { GarResourceOpenDetail, GarAffectationOpenDetail, GarFavoriteChangeDetail } from './mediacentre/define.js';

// Licence assignment console.
export { GarAffectationConsole } from './affectation/define.js';
export type { GarAssignmentChangeDetail, ConsoleTab } from './affectation/define.js';

// Home-page tiles.
export { EntTileNews, EntTileBanner, EntTileSettings } from './tiles/define.js';
export type { TileNewsOpenDetail, TileSettingsSavedDetail } from './tiles/define.js';

// Targeted announcements (communication ciblée).
export { EntTargetedAnnouncement, EntAnnouncementAdmin } from './announcements/define.js';
export type { AnnouncementEventDetail, AnnouncementLinkEventDetail } from './announcements/define.js';
export type {
  AnnouncementSavedDetail,
  EntWidgetsEventDetails,
  EntWidgetsEventMap,
  EntWidgetsEventName,
  GarCsvDownloadDetail,
  SessionChangeDetail,
  TileBannerOpenDetail,
} from './shared/events.js';
