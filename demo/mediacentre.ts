// The médiacentre page of the mock portal. demo.js boots msw, then the library (which registers
// every element) and the portal header.
import './demo.js';
import { demoParams, pageLink } from './params.js';


const { lang } = demoParams();
const copy =
  lang === 'en'
    ? {
        title: 'Media centre',
        intro: 'The digital resources the GAR assigns you. Try ?as=eleve, enseignant or responsable (two schools, “Manage assignments”) and ?scenario=empty, error, slow or many.',
        brand: 'Demo ENT',
      }
    : {
        title: 'Médiacentre',
        intro: 'Les ressources numériques que le GAR vous attribue. Essayez avec ?as=eleve, enseignant ou responsable (deux établissements, « Gérer les affectations ») et ?scenario=empty, error, slow ou many.',
        brand: 'ENT de démonstration',
      };
document.getElementById('page-title')!.textContent = copy.title;
document.getElementById('page-intro')!.textContent = copy.intro;
document.title = `${copy.title} — ${copy.brand}`;
// Keep the demo's ?as=&lang=&scenario= when following "Gérer les affectations".
document.querySelector('gar-mediacentre')?.setAttribute('affectation-url', pageLink('/affectation.html'));
