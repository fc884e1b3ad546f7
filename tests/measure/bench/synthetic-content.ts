/**
 * Synthetic directory content for the benchmark: a copy of the real content folder whose `organismes/`
 * holds N generated profiles instead of the real ones. Profiles are valid against the real schemas and
 * reference the real municipalities and categories; every name and summary says it is example data.
 * The same seed always gives the same files, so two runs measure the same work.
 */
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { checkContent, formatReport, type CollectionData } from '../../../src/lib/content-check';
import { SECTEURS } from '../../../src/schemas/organisme';
import { ACCESS_MODES } from '../../../src/schemas/service';
import { JOURS } from '../../../src/schemas/horaire';
import { site } from '../../../src/site.config';

/** Small, fast, seeded PRNG (mulberry32): the content must not change from one run to the next. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Picker {
  private readonly random: () => number;

  constructor(random: () => number) {
    this.random = random;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }
  one<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)] as T;
  }
  some<T>(items: readonly T[], min: number, max: number): T[] {
    const pool = [...items];
    const count = Math.min(pool.length, this.int(min, max));
    const chosen: T[] = [];
    for (let index = 0; index < count; index += 1) chosen.push(...pool.splice(Math.floor(this.random() * pool.length), 1));
    return chosen;
  }
  chance(probability: number): boolean {
    return this.random() < probability;
  }
}

const KINDS = ['Centre', "Maison d'entraide", 'Carrefour', 'Association', 'Coopérative', 'Regroupement', 'Service', 'Comptoir'];
const QUALIFIERS = ['des Éclaireurs', 'Le Phare', 'La Passerelle', "l'Écluse", 'Les Trois-Rivières', 'Le Tournesol', 'La Boussole', 'Horizon', "L'Élan", 'Le Havre'];
const STREETS = ['rue Saint-Dominique', 'boulevard Harvey', 'rue de la Fabrique', 'rue Sainte-Famille', 'boulevard du Royaume', 'rue Price', 'rue des Érables', 'rue Saint-Hubert', 'chemin du Lac', 'rue Élisabeth'];
const SERVICE_NAMES = [
  'Dépannage alimentaire',
  'Cuisine collective',
  "Aide à l'impôt",
  'Écoute téléphonique',
  'Hébergement temporaire',
  "Accompagnement à l'emploi",
  'Friperie et comptoir vestimentaire',
  'Café-rencontre',
  'Ateliers parents-enfants',
  'Alphabétisation populaire',
  'Défense des droits des locataires',
  'Transport-accompagnement',
  "Appels d'amitié",
  'Jardin communautaire',
];
const SENTENCES = [
  "L'organisme accueille les personnes et les familles à faible revenu, sans jugement et en toute confidentialité.",
  "Les intervenantes et intervenants écoutent, informent et orientent vers les ressources du milieu.",
  'Des bénévoles préparent chaque semaine des repas économiques et des paniers de dépannage.',
  "On y trouve un lieu chaleureux pour briser l'isolement, prendre un café et échanger.",
  "L'équipe aide à remplir les formulaires, à comprendre ses droits et à préparer ses rendez-vous.",
  'Les activités se déroulent en français, dans des locaux accessibles aux personnes à mobilité réduite.',
  "Depuis sa fondation, l'organisme travaille avec les partenaires de la Table pour réduire la pauvreté.",
  'Il est préférable de téléphoner avant de se déplacer : les heures changent pendant les Fêtes et l’été.',
];
const ELIGIBILITY = ['Toute personne du territoire.', 'Personnes à faible revenu, sur présentation d’une preuve de revenu.', 'Familles avec enfants de 0 à 12 ans.', 'Personnes de 50 ans et plus.', 'Jeunes de 16 à 35 ans.'];
const PLACE_NAMES = ['Siège social', 'Point de service', 'Comptoir', 'Local communautaire', 'Salle paroissiale'];
const LETTERS = 'ABCEGHJKLMNPRSTVWXYZ';

export interface SyntheticOptions {
  /** Real content folder: municipalities, categories and the other collections come from it. */
  sourceDir: string;
  /** Folder to write; emptied first. */
  targetDir: string;
  organisations: number;
  seed?: number;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Writes the content folder and returns how many services and places it holds. */
export function writeSyntheticContent(real: CollectionData, options: SyntheticOptions): { services: number; places: number } {
  const pick = new Picker(seededRandom(options.seed ?? 2013));
  const { bounds } = site.territory;
  const territoires = real.territoires;
  const categories = real.categories.map((entry) => entry.id);
  if (territoires.length === 0 || categories.length === 0) throw new Error('Le contenu réel doit avoir des territoires et des catégories.');

  rmSync(options.targetDir, { recursive: true, force: true });
  mkdirSync(options.targetDir, { recursive: true });
  // Every other collection is copied as it is, so that its pages build as in the real site.
  for (const name of readdirSync(options.sourceDir)) {
    if (name !== 'organismes') cpSync(join(options.sourceDir, name), join(options.targetDir, name), { recursive: true });
  }
  const folder = join(options.targetDir, 'organismes');
  mkdirSync(folder);

  let services = 0;
  let places = 0;
  let phone = 0;
  // 555-0100 to 555-0199 are reserved for fiction: valid in form, never someone's number.
  const nextPhone = () => `418 555-01${String(phone++ % 100).padStart(2, '0')}`;

  for (let index = 1; index <= options.organisations; index += 1) {
    const number = String(index).padStart(5, '0');
    const id = `organisme-exemple-${number}`;
    const home = pick.one(territoires);
    const municipalites = pick.chance(0.2) ? 'tout' : [...new Set([home.id, ...pick.some(territoires, 0, 1).map((entry) => entry.id)])];
    // Like the real directory, some areas are stated by a source and others are still to be confirmed.
    const served = pick.chance(0.8) ? { territoires: { municipalites, source: `https://${id}.example.org/territoire` } } : {};
    const name = `${pick.one(KINDS)} ${pick.one(QUALIFIERS)} de ${home.data.nom} (exemple ${number})`;
    const prefixes = home.data.prefixes_postaux.length > 0 ? home.data.prefixes_postaux : ['G7X'];

    const lieux = Array.from({ length: pick.int(1, 3) }, (_, placeIndex) => ({
      id: `lieu-${placeIndex + 1}`,
      nom: `${pick.one(PLACE_NAMES)} ${placeIndex + 1}`,
      adresse: {
        numero: String(pick.int(100, 4999)),
        rue: pick.one(STREETS),
        ...(pick.chance(0.3) ? { unite: `bureau ${pick.int(100, 300)}` } : {}),
        ville: home.data.nom,
        code_postal: `${pick.one(prefixes)} ${pick.int(1, 9)}${pick.one([...LETTERS])}${pick.int(1, 9)}`,
      },
      coordonnees: {
        lat: Number(clamp(home.data.centre.lat + (pick.int(-200, 200) / 10000), bounds.south, bounds.north).toFixed(5)),
        lng: Number(clamp(home.data.centre.lng + (pick.int(-200, 200) / 10000), bounds.west, bounds.east).toFixed(5)),
      },
      ...(pick.chance(0.5) ? { accessibilite: 'Entrée de plain-pied, toilettes adaptées.' } : {}),
    }));
    places += lieux.length;

    const organisationServices = Array.from({ length: pick.int(2, 6) }, (_, serviceIndex) => {
      const free = pick.chance(0.7);
      return {
        id: `${id}-service-${serviceIndex + 1}`,
        nom: pick.one(SERVICE_NAMES),
        description: pick.some(SENTENCES, 1, 2).join(' '),
        categories: pick.some(categories, 1, 2),
        admissibilite: pick.one(ELIGIBILITY),
        cout: free ? { gratuit: true } : { gratuit: false, details: `Contribution de ${pick.int(2, 10)} $ par visite.` },
        acces: pick.some(ACCESS_MODES, 1, 2),
        horaires: [{ jours: JOURS.slice(0, pick.int(3, 5)), ouverture: `${pick.int(8, 10)}:00`, fermeture: `${pick.int(15, 17)}:30` }],
        lieux: pick.some(lieux, 1, lieux.length).map((lieu) => lieu.id),
        ...(pick.chance(0.3) ? { telephones: [{ numero: nextPhone(), description: 'Ligne du service' }] } : {}),
      };
    });
    services += organisationServices.length;

    const data = {
      nom: name,
      resume: `Données d'exemple pour la mesure de performance. ${pick.one(SENTENCES)}`,
      statut: pick.chance(0.95) ? 'actif' : 'ferme-temporairement',
      statut_annee: 2026,
      secteur: pick.one(SECTEURS),
      ...(pick.chance(0.6) ? { membre_tlpj: { periode: '2013-2015', source: 'projet-commun-2013-2015' } } : {}),
      ...served,
      lieux,
      telephones: [
        { numero: nextPhone(), type: 'principal', ...(pick.chance(0.3) ? { poste: String(pick.int(100, 299)) } : {}) },
        ...(pick.chance(0.4) ? [{ numero: nextPhone(), type: 'telecopieur' }] : []),
      ],
      courriel: `info@${id}.example.org`,
      site_web: `https://${id}.example.org/`,
      services: organisationServices,
      a_confirmer: pick.chance(0.3) ? ['Heures d’ouverture pendant l’été.'] : [],
      verifie_le: '2026-11-29',
      sources: [`https://${id}.example.org/a-propos`],
    };
    const body = Array.from({ length: pick.int(2, 4) }, () => pick.some(SENTENCES, 2, 3).join(' ')).join('\n\n');
    writeFileSync(join(folder, `${id}.md`), `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body}\n`);
  }
  return { services, places };
}

/**
 * Checks a sample of the generated profiles with the build's own content check, so that a schema change
 * that the generator does not follow fails here, with the French report, before minutes of building.
 */
export function checkSample(contentDir: string, sampleDir: string, sampleSize = 50): void {
  rmSync(sampleDir, { recursive: true, force: true });
  mkdirSync(sampleDir, { recursive: true });
  for (const name of readdirSync(contentDir)) {
    if (name !== 'organismes') cpSync(join(contentDir, name), join(sampleDir, name), { recursive: true });
  }
  mkdirSync(join(sampleDir, 'organismes'));
  for (const file of readdirSync(join(contentDir, 'organismes')).sort().slice(0, sampleSize)) {
    cpSync(join(contentDir, 'organismes', file), join(sampleDir, 'organismes', file));
  }
  const result = checkContent(sampleDir, { root: sampleDir });
  if (result.errors.length > 0) throw new Error(`Le contenu généré n'est pas valide :\n${formatReport(result.errors)}`);
  if (result.content.organismes.length === 0) throw new Error("Le contenu généré n'a aucun organisme.");
}
