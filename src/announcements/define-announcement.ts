// Registers <ent-targeted-announcement> alone (entry `ent-widgets/ent-targeted-announcement`,
// dist/elements/ent-targeted-announcement.js): the viewer, without the admin's code.
import { defineElement } from '../shared/define.js';
import { EntTargetedAnnouncement } from './announcement.js';

defineElement('ent-targeted-announcement', EntTargetedAnnouncement);

declare global {
  interface HTMLElementTagNameMap {
    'ent-targeted-announcement': EntTargetedAnnouncement;
  }
}

export { EntTargetedAnnouncement };
export type { AnnouncementEventDetail, AnnouncementLinkEventDetail } from './announcement.js';
