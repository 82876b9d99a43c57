// Registers <ent-announcement-admin> alone (entry `ent-widgets/ent-announcement-admin`,
// dist/elements/ent-announcement-admin.js).
import { defineElement } from '../../shared/define.js';
import { EntAnnouncementAdmin } from './admin.js';

defineElement('ent-announcement-admin', EntAnnouncementAdmin);

declare global {
  interface HTMLElementTagNameMap {
    'ent-announcement-admin': EntAnnouncementAdmin;
  }
}

export { EntAnnouncementAdmin };
