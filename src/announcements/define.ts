// Registers both targeted announcement elements (each also has its own entry:
// define-announcement, admin/define-admin).
export {
  EntTargetedAnnouncement,
  type AnnouncementEventDetail,
  type AnnouncementLinkEventDetail,
} from './define-announcement.js';
export { EntAnnouncementAdmin } from './admin/define-admin.js';
