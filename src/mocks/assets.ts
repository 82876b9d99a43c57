// Pictures generated as data, so the demo needs no external host: resource thumbnails
// (vignettes: a coloured tile with initials) and news illustrations (a scene with a caption).
import { NEWS_IMAGES } from './data/news.js';
import { hash53 } from './random.js';

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const INITIALS: Record<string, string> = {
  maths: 'Ma', francais: 'Fr', hg: 'HG', anglais: 'En', espagnol: 'Es', allemand: 'De', svt: 'SVT', pc: 'PC', techno: 'Te',
  latin: 'La', musique: 'Mu', arts: 'AP', philo: 'Ph', ses: 'SES', nsi: 'NSI', hggsp: 'HG', hlp: 'HLP', dico: 'Dico', universalia: 'U',
  cortexpop: 'CP', pix: 'Pix', presse: 'EK', biblio: 'BM', lire: 'Lire', avenirs: 'A&M', cartolab: 'Carto', musiclasse: 'Mc', livre: 'Livre',
  patrimoine: 'C&P', res: 'R',
};

/** A 4:3 thumbnail: initials from the slug's first word, the rest as a caption (`maths-4e` → "Ma", "4e"). */
export function vignetteSvg(slug: string): string {
  const [head = 'res', ...rest] = slug.split('-');
  const initials = INITIALS[head] ?? head.slice(0, 2).replace(/^./, (c) => c.toUpperCase());
  const caption = rest.join(' ').replace(/^cycle(\d)$/, 'cycle $1').replace(/^spe/, 'spé ').trim();
  const hue = hash53(head) % 360;
  const size = initials.length > 3 ? 44 : 64;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="180" viewBox="0 0 240 180">
<rect width="240" height="180" fill="hsl(${hue} 55% 34%)"/>
<circle cx="206" cy="28" r="54" fill="hsl(${hue} 60% 46%)"/>
<rect x="0" y="138" width="240" height="42" fill="hsl(${hue} 45% 24%)"/>
<text x="24" y="${size === 64 ? 104 : 96}" font-family="system-ui, sans-serif" font-size="${size}" font-weight="700" fill="#fff">${escape(initials)}</text>
<text x="24" y="166" font-family="system-ui, sans-serif" font-size="20" fill="#fff">${escape(caption)}</text>
</svg>`;
}

/** A news illustration (680×383) or banner (2000×453); `width` scales it, keeping the ratio. */
export function newsSvg(slug: string, width?: number): string | undefined {
  const image = NEWS_IMAGES[slug];
  if (!image) return undefined;
  const banner = slug.startsWith('banner-');
  const [w, h] = banner ? [2000, 453] : [680, 383];
  const outW = width && width > 0 && width <= 4000 ? width : w;
  const outH = Math.round((outW * h) / w);
  const { hue, caption } = image;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${outW}" height="${outH}" viewBox="0 0 ${w} ${h}">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue} 60% 42%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360} 55% 28%)"/></linearGradient></defs>
<rect width="${w}" height="${h}" fill="url(#g)"/>
<circle cx="${w * 0.82}" cy="${h * 0.3}" r="${h * 0.42}" fill="hsl(${hue} 70% 60% / 0.35)"/>
<circle cx="${w * 0.12}" cy="${h * 0.95}" r="${h * 0.5}" fill="hsl(${(hue + 180) % 360} 60% 55% / 0.25)"/>
<rect x="${w * 0.06}" y="${h * 0.62}" width="${w * 0.5}" height="${h * 0.2}" rx="${h * 0.04}" fill="rgb(0 0 0 / 0.35)"/>
<text x="${w * 0.08}" y="${h * 0.755}" font-family="system-ui, sans-serif" font-size="${banner ? 64 : 34}" font-weight="700" fill="#fff">${escape(caption)}</text>
</svg>`;
}
