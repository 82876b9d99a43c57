// Applies one logged operation to the world and gives the HTTP answer. Handlers validate the
// request first (nothing to log when it is refused); what can only be decided against the
// current state — licences left, already answered — is decided here, in the same synchronous
// step as the change, and such a refusal is not logged.
import type { Upload } from '../api.js';
import type { AnnouncementRec } from '../data/announcements.js';
import { USERS } from '../data/users.js';
import { notFound, problem, invalid } from '../problems.js';
import { announcements, articles, establishment, members, tiles, type Answer, type Operation, type World } from '../state.js';
import { dateParis, isoParis } from '../time.js';
import { assign, recover, remove } from './affectation.js';
import { adminView } from './announcements.js';
import { tileView } from './news.js';

export function displayName(userId: string): string {
  const user = Object.values(USERS).find((u) => u.id === userId);
  return user ? `${user.firstName} ${user.lastName}` : userId;
}

function base64ToBytes(data: string): Uint8Array {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function uploadUrl(id: string, name: string): string {
  return `/demo-assets/uploads/${id}/${encodeURIComponent(name)}`;
}

export function applyOperation(world: World, op: Operation): Answer {
  const at = new Date(op.at);
  const day = dateParis(at);
  switch (op.t) {
    case 'favorite': {
      const list = world.favorites.get(op.user) ?? [];
      const next = op.on ? (list.includes(op.id) ? list : [...list, op.id]) : list.filter((id) => id !== op.id);
      world.favorites.set(op.user, next);
      return { status: 200, body: { favorites: next } };
    }
    case 'assign': {
      const state = establishment(world, op.uai)!;
      const outcome = assign(state, op.requests, at, displayName(op.user));
      if (outcome.ok) return { status: 201, body: { assignments: outcome.assignments, subscriptions: outcome.subscriptions } };
      const detail = outcome.shortfalls
        .map((s) => `${s.subscriptionId} (${s.public}) : ${s.requested} licence${s.requested > 1 ? 's' : ''} demandée${s.requested > 1 ? 's' : ''}, ${s.available} disponible${s.available > 1 ? 's' : ''}`)
        .join(' ; ');
      return problem(409, 'licences-insufficient', `Licences insuffisantes, rien n’a été affecté : ${detail}.`, { shortfalls: outcome.shortfalls, subscriptions: outcome.subscriptions });
    }
    case 'unassign': {
      const state = establishment(world, op.uai)!;
      const outcome = remove(state, op.ids, day);
      if (!outcome.ok) return notFound(`Affectation introuvable : ${outcome.missing.join(', ')}. Rien n’a été retiré.`);
      return { status: 200, body: { removed: outcome.removed, subscriptions: outcome.subscriptions } };
    }
    case 'recover': {
      const state = establishment(world, op.uai)!;
      const outcome = recover(state, op.ids, day);
      if (!outcome.ok) return invalid(outcome.errors);
      return { status: 200, body: { recovered: outcome.recovered, people: outcome.people, subscriptions: outcome.subscriptions } };
    }
    case 'read': {
      const record = announcements(world).get(op.id);
      if (!record) return notFound();
      if (op.on) {
        // Dismissing twice keeps the first moment, unless the announcement changed since.
        const previous = record.reads.get(op.user);
        if (!previous || previous < record.updatedAt) record.reads.set(op.user, at);
      } else {
        record.reads.delete(op.user);
      }
      const readAt = record.reads.get(op.user);
      return { status: 200, body: { id: op.id, read: op.on, readAt: op.on && readAt ? isoParis(readAt) : null } };
    }
    case 'answer': {
      const record = announcements(world).get(op.id);
      if (!record) return notFound();
      if (record.responses.has(op.user)) return problem(409, 'already-answered', 'Vous avez déjà répondu à ce formulaire.');
      world.counters.response += 1;
      const response = { id: `rep-${world.counters.response}`, answeredAt: at, answers: op.answers };
      record.responses.set(op.user, response);
      return { status: 201, body: { id: response.id, answeredAt: isoParis(at) } };
    }
    case 'tile': {
      const tile = tiles(world).get(op.id);
      if (!tile) return notFound('Tuile inconnue.');
      tile.settings = op.settings;
      tile.updatedAt = at;
      return { status: 200, body: tileView(tile, articles(world), false) };
    }
    case 'announcement-create': {
      world.counters.announcement += 1;
      const record: AnnouncementRec = {
        id: `ann-${world.counters.announcement}`,
        uai: op.uai,
        input: op.input,
        createdAt: at,
        updatedAt: at,
        author: displayName(op.user),
        reads: new Map(),
        responses: new Map(),
      };
      announcements(world).set(record.id, record);
      return { status: 201, body: adminView(record, members(world, day, record.uai), at) };
    }
    case 'announcement-update': {
      const record = announcements(world).get(op.id);
      if (!record) return notFound();
      record.input = op.input;
      // The edit bumps updatedAt: earlier dismissals no longer count.
      record.updatedAt = at;
      return { status: 200, body: adminView(record, members(world, day, record.uai), at) };
    }
    case 'announcement-delete': {
      if (!announcements(world).delete(op.id)) return notFound();
      return { status: 204 };
    }
    case 'upload': {
      world.counters.upload += 1;
      const id = `upl-${world.counters.upload}`;
      const record: { id: string; name: string; mimeType: string; size: number; bytes?: Uint8Array } = { id, name: op.name, mimeType: op.mimeType, size: op.size };
      const bytes = pendingBytes.get(op) ?? (op.data ? base64ToBytes(op.data) : undefined);
      if (bytes) record.bytes = bytes;
      pendingBytes.delete(op);
      world.uploads.set(id, record);
      const body: Upload = { id, url: uploadUrl(id, op.name), name: op.name, size: op.size, mimeType: op.mimeType };
      return { status: 201, body };
    }
  }
}

/** Bytes of an upload being committed, handed over without copying them into the log. */
export const pendingBytes = new WeakMap<Operation, Uint8Array>();

