import { expect } from '@open-wc/testing';
import { feedArticles, feedSignature, illustrationProblem, isGifUrl, isUpdated, lastActivity, parseIdList, sortByActivity } from '../../src/tiles/articles.js';
import { srcsetOf } from '../../src/tiles/render.js';
import { article } from './fixtures.js';

describe('tiles: article rules', () => {
  const old = article({ id: 'old', title: 'Ancien', publishedAt: '2026-10-01T08:00:00+02:00', updatedAt: '2026-10-01T08:00:00+02:00' });
  const recent = article({ id: 'recent', title: 'Récent', publishedAt: '2026-11-20T08:00:00+01:00', updatedAt: '2026-11-20T08:00:00+01:00' });
  const bumped = article({ id: 'bumped', title: 'Mis à jour', publishedAt: '2026-09-01T08:00:00+02:00', updatedAt: '2026-11-21T08:00:00+01:00' });
  const secret = article({ id: 'secret', title: 'Privé', visibility: 'private', publishedAt: '2026-11-22T08:00:00+01:00', updatedAt: '2026-11-22T08:00:00+01:00' });

  it('last activity is the later of publication and update; updated only when after publication', () => {
    expect(lastActivity(bumped)).to.equal(Date.parse('2026-11-21T08:00:00+01:00'));
    expect(isUpdated(bumped)).to.equal(true);
    expect(isUpdated(recent)).to.equal(false);
    expect(lastActivity({ publishedAt: 'garbage', updatedAt: '' })).to.equal(0);
  });

  it('sorts by last activity, an updated article coming back to the top; stable on ties', () => {
    expect(sortByActivity([old, recent, bumped]).map((a) => a.id)).to.deep.equal(['bumped', 'recent', 'old']);
    const twin = { ...recent, id: 'twin' };
    expect(sortByActivity([recent, twin]).map((a) => a.id)).to.deep.equal(['recent', 'twin']);
  });

  it('drops private articles for the public page and cuts to the limit', () => {
    expect(feedArticles([old, secret, recent], { publicOnly: true }).map((a) => a.id)).to.deep.equal(['recent', 'old']);
    expect(feedArticles([old, secret, recent], { publicOnly: false, limit: 2 }).map((a) => a.id)).to.deep.equal(['secret', 'recent']);
  });

  it('the feed signature changes with order and updates', () => {
    expect(feedSignature([old, recent])).not.to.equal(feedSignature([recent, old]));
    expect(feedSignature([old])).not.to.equal(feedSignature([{ ...old, updatedAt: '2026-11-24T08:00:00+01:00' }]));
  });

  it('illustration problems: missing, small, fine, unknown size', () => {
    expect(illustrationProblem(undefined)).to.equal('missing');
    expect(illustrationProblem({ url: '', alt: '' })).to.equal('missing');
    expect(illustrationProblem({ url: '/a.jpg', alt: '', width: 679, height: 383 })).to.equal('small');
    expect(illustrationProblem({ url: '/a.jpg', alt: '', width: 1360, height: 300 })).to.equal('small');
    expect(illustrationProblem({ url: '/a.jpg', alt: '', width: 680, height: 383 })).to.equal(undefined);
    expect(illustrationProblem({ url: '/a.jpg', alt: '' })).to.equal(undefined);
  });

  it('parses id lists and recognises GIFs', () => {
    expect(parseIdList(' a, b,,a ,c ')).to.deep.equal(['a', 'b', 'c']);
    expect(parseIdList(null)).to.deep.equal([]);
    expect(isGifUrl('/img/anim.GIF?v=2')).to.equal(true);
    expect(isGifUrl('data:image/gif;base64,R0lG')).to.equal(true);
    expect(isGifUrl('/img/photo.jpg')).to.equal(false);
  });

  it('srcset keeps only safe candidates with a width', () => {
    const srcset = srcsetOf({
      url: '/a.jpg',
      alt: '',
      width: 1360,
      srcset: [
        { url: '/a-680.jpg', width: 680 },
        { url: 'javascript:alert(1)', width: 100 },
        { url: '/with space.jpg', width: 200 },
      ],
    });
    expect(srcset).to.equal('/a-680.jpg 680w, /a.jpg 1360w');
    expect(srcsetOf({ url: '/a.jpg', alt: '' })).to.equal(undefined);
  });
});
