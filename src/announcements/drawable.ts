// What drawing an announcement relies on, checked in the drawing chunk (and by the admin's
// list): a record missing any of it is dropped (see ./read.ts for the region's own needs).
import type { Announcement } from '../shared/api/types.js';
import { bool, listOf, num, oneOf, opt, readList, shaped, text, type Shape } from '../shared/api/read.js';
import { coreShape, operation } from './read.js';

const question = shaped({
  id: text,
  type: oneOf('single', 'multiple', 'text'),
  label: text,
  options: opt(listOf(shaped({ id: text, label: text }))),
});

/** What drawing an announcement relies on (both lists): body, link, illustration, attachments, form. */
export const announcementShape: Shape = {
  ...coreShape,
  kind: oneOf('information', 'avertissement', 'alerte'),
  body: text,
  establishment: opt(shaped({ uai: text, name: text })),
  link: opt(shaped({ url: text, label: text })),
  illustration: opt(shaped({ url: text })),
  attachments: opt(listOf(shaped({ name: text, url: text, size: num }))),
  form: opt(shaped({ questions: listOf(question) })),
  startsAt: text,
  endsAt: opt(text),
  updatedAt: text,
  dismissible: opt(bool),
};

/** The announcements that can be drawn (in the drawing chunk); none left: nothing to show. */
export function drawable(list: Announcement[]): Announcement[] {
  return clampTitles(readList<Announcement>(operation, list, announcementShape, true));
}

/** The contract's longest title (`maxLength`): a longer one, from a broken back end, is cut. */
const MAX_TITLE = 120;

/** Titles over the contract's length cut with an ellipsis (the records are the answer's own). */
export function clampTitles<T extends { title: string }>(list: T[]): T[] {
  for (const a of list) if (a.title.length > MAX_TITLE) a.title = `${a.title.slice(0, MAX_TITLE - 1)}…`;
  return list;
}
