// What <ent-announcement-admin> relies on in the contract's AdminAnnouncement: what both lists
// draw (./read.ts), and the audience, read counts and form results of the admin's rows.
import type { AdminAnnouncement } from '../../shared/api/types.js';
import { isObject, listOf, num, oneOf, opt, readList, shaped, text, type Shape } from '../../shared/api/read.js';
import { announcementShape, clampTitles } from '../drawable.js';

const list = listOf(text);
const admin: Shape = {
  ...announcementShape,
  audience: shaped({ profiles: list, levels: list, divisions: list }),
  channel: oneOf('home', 'mail', 'both'),
  readCount: num,
  recipients: num,
  results: opt(shaped({ responses: num, questions: listOf(shaped({ questionId: text, options: opt(listOf(shaped({ optionId: text, count: num }))), texts: opt(list) })) })),
};

/** `GET /admin/announcements`: the announcements that can be listed and edited. */
export function readAdminAnnouncements(body: unknown): AdminAnnouncement[] {
  const operation = 'GET /admin/announcements';
  return clampTitles(readList<AdminAnnouncement>(operation, isObject(body) ? body.announcements : undefined, admin));
}

/** The answer of a save (`POST`/`PUT /admin/announcements`), or undefined when it cannot be listed. */
export function readSavedAnnouncement(body: unknown): AdminAnnouncement | undefined {
  return clampTitles(readList<AdminAnnouncement>('save /admin/announcements', [body], admin, true))[0];
}
