// The mocks' world on the test server's seed (same generators, same anchor): what the server
// must answer, computed by the mocks' own domain functions.
import { generateAnnouncements, type AnnouncementRec } from '../../src/mocks/data/announcements.js';
import { generateDirectory, type Directory } from '../../src/mocks/data/directory.js';
import { COLLEGE, LYCEE } from '../../src/mocks/data/users.js';
import { audienceMembers, type AudienceMember } from '../../src/mocks/domain/audience.js';
import { dateParis } from '../../src/mocks/time.js';
import { server } from './harness.js';

export interface Reference {
  anchor: Date;
  directories: Directory[];
  /** Each establishment's members, as announcements count them. */
  members: (uai: string) => AudienceMember[];
  announcements: AnnouncementRec[];
}

let reference: Reference | undefined;

export async function mockReference(): Promise<Reference> {
  if (reference) return reference;
  const { anchor } = await server();
  const directories = [COLLEGE, LYCEE].map((uai) => generateDirectory(uai, 'default', anchor));
  const day = dateParis(anchor);
  const byUai = new Map(directories.map((d) => [d.uai, audienceMembers([d], day)]));
  const members = (uai: string) => byUai.get(uai) ?? [];
  reference = { anchor, directories, members, announcements: generateAnnouncements('default', anchor, members) };
  return reference;
}
