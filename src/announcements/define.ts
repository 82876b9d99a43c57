// Registers the targeted announcement elements.
import { defineElement } from '../shared/define.js';
import { EntTargetedAnnouncement } from './announcement.js';

defineElement('ent-targeted-announcement', EntTargetedAnnouncement);

export { EntTargetedAnnouncement };
export type { AnnouncementEventDetail, AnnouncementLinkEventDetail } from './announcement.js';

declare global {
  interface HTMLElementTagNameMap {
    'ent-targeted-announcement': EntTargetedAnnouncement;
  }
}
