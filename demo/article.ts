// The portal's article page, where the news tile's links and « Toutes les actualités » lead:
// one article (?id=), or every article the signed-in user may read. Read from the same API as
// the tile (msw, or the reference server); the text is set as text, never as HTML.
import './demo.js';
import type { Article, ArticleList, Rubrique } from '../src/shared/api/types.js';
import { demoParams, pageLink } from './params.js';

const { lang } = demoParams();
const copy =
  lang === 'en'
    ? { all: 'All news', missing: 'This article does not exist, or is not public.', back: 'Back to the home page', failed: 'The news cannot be loaded. Try again later.', brand: 'Demo ENT' }
    : { all: 'Toutes les actualités', missing: 'Cet article n’existe pas, ou n’est pas public.', back: 'Retour à l’accueil', failed: 'Les actualités ne peuvent pas être chargées. Réessayez plus tard.', brand: 'ENT de démonstration' };
const main = document.getElementById('main')!;
const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
};
const when = (article: Article) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(new Date(article.publishedAt));

async function articles(): Promise<Article[]> {
  const rubriques = (await (await fetch('/api/news/rubriques')).json()) as { rubriques: Rubrique[] };
  const ids = rubriques.rubriques.map((r) => r.id).join(',');
  const response = await fetch(`/api/news/articles?limit=50&rubriques=${encodeURIComponent(ids)}`);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return ((await response.json()) as ArticleList).articles;
}

const back = el('a', copy.back);
back.href = pageLink('/');
const id = new URLSearchParams(location.search).get('id');
try {
  const list = await articles();
  if (id) {
    const article = list.find((a) => a.id === id);
    if (article) {
      main.append(el('h1', article.title), el('p', `${article.rubrique.name} — ${when(article)}`), el('p', article.summary));
      document.title = `${article.title} — ${copy.brand}`;
    } else {
      main.append(el('h1', copy.all), el('p', copy.missing));
    }
  } else {
    const items = el('ul');
    for (const article of list) {
      const link = el('a', article.title);
      link.href = pageLink(`/article.html?id=${encodeURIComponent(article.id)}`);
      const item = el('li');
      item.append(link, ` — ${article.rubrique.name}, ${when(article)}`);
      items.append(item);
    }
    main.append(el('h1', copy.all), items);
    document.title = `${copy.all} — ${copy.brand}`;
  }
} catch {
  main.append(el('h1', copy.all), el('p', copy.failed));
}
main.append(el('p', '')); // spacing before the way back
main.lastElementChild!.append(back);
main.removeAttribute('aria-busy');
