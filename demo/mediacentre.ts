// The médiacentre page of the mock portal. demo.js boots msw, then the library (which registers
// every element) and the portal header.
import './demo.js';
import { demoParams, pageLink } from './params.js';


const { lang } = demoParams();
const copy =
  lang === 'en'
    ? {
        title: 'Media centre',
        intro: 'The digital resources the GAR assigns you, opened without signing in again.',
        brand: 'Demo ENT',
      }
    : {
        title: 'Médiacentre',
        intro: 'Les ressources numériques que le GAR vous attribue, ouvertes sans vous reconnecter.',
        brand: 'ENT de démonstration',
      };
document.getElementById('page-title')!.textContent = copy.title;
document.getElementById('page-intro')!.textContent = copy.intro;
document.title = `${copy.title} — ${copy.brand}`;
// Keep the demo's ?as=&lang=&scenario= when following "Gérer les affectations".
document.querySelector('gar-mediacentre')?.setAttribute('affectation-url', pageLink('/affectation.html'));
// « Ouvrir la ressource »: a vendor may take over the opening (the event is cancelable); the
// demo opens its stand-in for the publisher's site instead of the GAR's test host.
document.addEventListener('gar-resource-open', (event) => {
  event.preventDefault();
  const { resource } = event.detail;
  const query = new URLSearchParams({ title: resource.nomRessource, ...(resource.nomEditeur ? { editor: resource.nomEditeur } : {}) });
  window.open(pageLink(`/ressource.html?${query}`), '_blank', 'noopener');
});
