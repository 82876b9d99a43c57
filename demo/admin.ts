// The administration page of the mock portal (tile settings, announcements). demo.js boots msw,
// then the library (which registers every element) and the portal header.
import './demo.js';
import { demoParams, pageLink } from './params.js';


const { lang } = demoParams();
const copy =
  lang === 'en'
    ? {
        title: 'Home page settings',
        intro: 'Choose the top tile’s image and the sections that feed the news tile.',
        home: 'See the home page',
        brand: 'Demo ENT',
      }
    : {
        title: 'Gestion de la page d’accueil',
        intro: 'Choisissez l’image de la tuile haute et les rubriques qui alimentent le flux d’actualités.',
        home: 'Voir la page d’accueil',
        brand: 'ENT de démonstration',
      };
document.getElementById('page-title')!.textContent = copy.title;
document.getElementById('page-intro')!.textContent = copy.intro;
const home = document.getElementById('home-link') as HTMLAnchorElement;
home.textContent = copy.home;
home.href = pageLink('/');
document.title = `${copy.title} — ${copy.brand}`;
