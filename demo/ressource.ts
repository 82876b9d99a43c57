// Stands in for a publisher's resource: in a real ENT, the médiacentre's link (the GAR's
// urlAccesRessource) opens the publisher's site through the GAR, without signing in again. The
// médiacentre page takes over `gar-resource-open` (cancelable) to come here instead.
import './demo.js';
import { demoParams, pageLink } from './params.js';

const { lang } = demoParams();
const query = new URLSearchParams(location.search);
const title = query.get('title') ?? '';
const editor = query.get('editor');
const copy =
  lang === 'en'
    ? {
        opened: editor ? `Opened at ${editor} through the GAR, without signing in again.` : 'Opened through the GAR, without signing in again.',
        note: 'Demo page: in a real ENT, this is the publisher’s own site. The GAR tells it only what the licence needs (school, profile, class), not who you are.',
        back: 'Back to the media centre',
        brand: 'Demo ENT',
      }
    : {
        opened: editor ? `Ouverte chez ${editor} au travers du GAR, sans vous reconnecter.` : 'Ouverte au travers du GAR, sans vous reconnecter.',
        note: 'Page de démonstration : dans un vrai ENT, c’est le site de l’éditeur. Le GAR ne lui transmet que ce que la licence demande (établissement, profil, classe), pas qui vous êtes.',
        back: 'Retour au médiacentre',
        brand: 'ENT de démonstration',
      };
const main = document.getElementById('main')!;
const heading = document.createElement('h1');
heading.textContent = title;
const opened = document.createElement('p');
opened.textContent = copy.opened;
const note = document.createElement('p');
note.textContent = copy.note;
const back = document.createElement('a');
back.textContent = copy.back;
back.href = pageLink('/mediacentre.html');
const way = document.createElement('p');
way.append(back);
main.append(heading, opened, note, way);
main.removeAttribute('aria-busy');
document.title = `${title} — ${copy.brand}`;
