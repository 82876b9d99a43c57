// English copy of tiles/messages.ts (loaded on demand). Same keys, same kinds, as the French.
import type { EnglishOf } from '../shared/i18n.js';
import type { TileCatalog } from './messages.js';

const en: EnglishOf<TileCatalog> = {
  newsDefaultTitle: 'News',
  allArticles: 'All news',
  published: 'Published on {date}',
  updated: 'Updated on {date}',
  feedUpdated: 'The news has been updated.',
  unreadable: 'This article cannot be displayed.',
  emptyTitle: 'No news yet',
  emptyDetail: 'No article has been published yet in the sections chosen for this tile. Articles published in their blog will appear here.',
  emptyPublicDetail: 'The articles of these sections are for signed-in users only. Sign in to the ENT to read them.',
  noRubriqueTitle: 'No section chosen',
  noRubriqueDetail: 'No section feeds this tile. An administrator can choose some in the home-page settings.',
  forbiddenDetail: 'You do not have access to this news.',
  playAnimation: 'Play the animation',
  pauseAnimation: 'Pause the animation',
};

export default en;
