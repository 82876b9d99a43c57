// The licence assignment console page of the mock portal. demo.js boots msw, then the library (which registers
// every element) and the portal header.
import './demo.js';
import { demoParams } from './params.js';


const { lang } = demoParams();
const copy =
  lang === 'en'
    ? {
        title: 'Licence assignments',
        intro: 'Assign the GAR resources’ licences to pupils, teachers and staff.',
        brand: 'Demo ENT',
      }
    : {
        title: 'Affectations',
        intro: 'Affecter les licences des ressources du GAR aux élèves, enseignants et personnels.',
        brand: 'ENT de démonstration',
      };
document.getElementById('page-title')!.textContent = copy.title;
document.getElementById('page-intro')!.textContent = copy.intro;
document.title = `${copy.title} — ${copy.brand}`;
// « Gérer les affectations » in the médiacentre passes the establishment it shows (?uai=): the
// console opens on it.
const uai = new URLSearchParams(location.search).get('uai');
if (uai) document.querySelector('gar-affectation-console')?.setAttribute('uai', uai);
