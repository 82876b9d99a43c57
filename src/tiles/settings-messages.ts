// Copy of the tile settings form (administrators only), French first, then English: apart from
// the tiles' own copy, so that a reader's home page does not download it.
import { defineLazyMessages } from '../shared/i18n.js';

const fr = {
  'settingsTitle.news': 'Réglages de la tuile d’actualités',
  'settingsTitle.banner': 'Réglages de la bannière',
  settingsNewsLegend: 'Flux d’actualités',
  settingsBannerLegend: 'Tuile haute (bannière)',
  fieldTitle: 'Titre de la tuile',
  fieldTitleHint: '80 caractères au plus.',
  fieldRubriques: 'Rubriques qui alimentent la tuile',
  fieldRubriquesHint: 'Seules les rubriques dont le blog est activé sont proposées. Les personnes qui publient dans ces rubriques publient sur la page d’accueil.',
  privateRubrique: 'non visible par les visiteurs',
  noBlogRubrique: 'Aucune rubrique n’a son blog activé : activez le blog d’une rubrique pour l’afficher ici.',
  moreRubriques: 'Afficher {count} rubriques de plus ({left} restantes)',
  fieldLimit: 'Nombre d’articles visibles',
  fieldLimitHint: 'De 1 à 20.',
  fieldImageUrl: 'Adresse de l’image',
  fieldImageUrlHint: 'Format conseillé : 2000 × 453 px ; GIF animé possible.',
  fieldImageFile: 'Ou téléverser une image',
  fieldImageFileHint: 'PNG, JPEG, GIF ou WebP, 5 Mo au plus.',
  uploading: 'Téléversement en cours…',
  uploaded: 'Image téléversée : {name}. Décrivez-la dans « Texte alternatif de l’image ».',
  fieldAlt: 'Texte alternatif de l’image',
  fieldAltHint: 'Décrit l’image pour qui ne la voit pas. Laissez vide si l’image est décorative.',
  fieldArticle: 'Article lié',
  noArticle: 'Aucun (image seule)',
  fieldDisabled: 'Désactiver cette tuile',
  save: 'Enregistrer',
  saving: 'Enregistrement…',
  saved: 'Réglages enregistrés.',
  saveFailed: 'Les réglages n’ont pas été enregistrés. Vos modifications sont conservées.',
  invalidSummary: 'Corrigez les champs signalés puis enregistrez à nouveau.',
  settingsForbidden: 'Seuls les administrateurs de l’ENT peuvent modifier les tuiles de la page d’accueil.',
  preview: 'Aperçu',
  previewDisabled: 'La tuile est désactivée : elle n’apparaît pas sur la page d’accueil.',
  warningsTitle: 'Illustrations à revoir',
  warningMissing: '« {title} » n’a pas d’illustration.',
  warningSmall: '« {title} » a une illustration de {width} × {height} px, plus petite que les 680 × 383 px conseillés : elle sera floue ou recadrée.',
  titleRequired: 'Donnez un titre à la tuile.',
  titleTooLong: 'Le titre dépasse 80 caractères.',
  rubriquesRequired: 'Choisissez au moins une rubrique.',
  limitInvalid: 'Indiquez un nombre entre 1 et 20.',
  imageUrlInvalid: 'L’adresse doit commencer par https:// ou http://, ou être relative au site.',
};

/** The French catalog's shape: `settings-messages.en.ts` mirrors it. */
export type TileSettingsCatalog = typeof fr;

// English is loaded the first time it is asked for: French pages never download it.
export const settingsMessages = defineLazyMessages(fr, () => import('./settings-messages.en.js'));
