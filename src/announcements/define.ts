// Registers the targeted announcement elements.
import { defineElement } from '../shared/define.js';
import { EntAnnouncementAdmin } from './admin.js';
import { EntTargetedAnnouncement } from './announcement.js';

defineElement('ent-targeted-announcement', EntTargetedAnnouncement);
defineElement('ent-announcement-admin', EntAnnouncementAdmin);

export { EntAnnouncementAdmin, EntTargetedAnnouncement };
export type { AnnouncementEventDetail, AnnouncementLinkEventDetail } from './announcement.js';

declare global {
  interface HTMLElementTagNameMap {
    'ent-targeted-announcement': EntTargetedAnnouncement;
    'ent-announcement-admin': EntAnnouncementAdmin;
  }
}
