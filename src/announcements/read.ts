// What the announcement widgets rely on in the contract's Announcement (see
// src/shared/api/read.ts). The region itself needs little (`coreShape`: it orders, schedules and
// lists titles); what drawing needs is checked by the drawing chunk (./drawable.ts, loaded once
// there is one to show). A record missing any of it is dropped, never half drawn.
import type { Announcement } from '../shared/api/types.js';
import { isObject, malformed, readList, text, type Shape } from '../shared/api/read.js';

export const operation = 'GET /announcements';

/** What the region relies on before the drawing code is there: an id and a title to announce. */
export const coreShape: Shape = { id: text, title: text };

/** `GET /announcements`: the announcements the region can order and list, and the server's clock. */
export function readAnnouncements(body: unknown): { announcements: Announcement[]; serverTime?: string } {
  if (!isObject(body)) throw malformed(operation, '(answer)');
  return { ...(body as { serverTime?: string }), announcements: readList<Announcement>(operation, body.announcements, coreShape) };
}
