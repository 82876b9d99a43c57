// Registers both targeted announcement elements (each also has its own entry:
// define-announcement, define-admin).
export {
  EntTargetedAnnouncement,
  type AnnouncementEventDetail,
  type AnnouncementLinkEventDetail,
} from './define-announcement.js';
export { EntAnnouncementAdmin } from './define-admin.js';
