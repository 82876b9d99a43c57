// What <ent-targeted-announcement> loads once it has an announcement to show: drawing one (with
// its sanitised text, icons, attachments and styles) and answering its form. A home page whose reader
// has no announcement — most days — never downloads it.
export { Answering } from './answering.js';
export { renderAnnouncement, renderAnnouncementList } from './view.js';
export { announcementStyles } from './styles.js';
export { drawable } from './drawable.js';
export { renderHiddenList } from './hidden-list.js';
export { dismiss, showAgain } from './read-state.js';
