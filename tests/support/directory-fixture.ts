/**
 * A small directory with every field filled, for the exports' unit tests (the real content leaves many
 * fields unknown). Test data only: these organisations do not exist.
 */
import { buildDirectory, type Directory } from '../../src/lib/directory';
import { categorieSchema } from '../../src/schemas/categorie';
import { organismeSchema } from '../../src/schemas/organisme';
import { territoireSchema } from '../../src/schemas/territoire';

const territoire = (id: string, nom: string, ordre: number) => ({
  id,
  data: territoireSchema.parse({
    nom,
    ordre,
    type: 'Municipalité',
    mrc: 'Le Fjord-du-Saguenay',
    centre: { lat: 48.42, lng: -71.25 },
    verifie_le: '2026-11-29',
  }),
});

export const fixtureInput = {
  territoires: [territoire('jonquiere', 'Jonquière', 1), territoire('larouche', 'Larouche', 2)],
  categories: [
    { id: 'alimentation', data: categorieSchema.parse({ id: 'alimentation', nom: 'Alimentation', description: 'Dépannage alimentaire.', icone: 'apple' }) },
    { id: 'logement', data: categorieSchema.parse({ id: 'logement', nom: 'Logement', description: 'Logement social.', icone: 'house' }) },
  ],
  organismes: [
    {
      id: 'organisme-exemple',
      body: 'Texte de présentation.',
      data: organismeSchema.parse({
        nom: 'Organisme d’exemple',
        nom_officiel: 'Organisme d’exemple inc.',
        resume: 'Un organisme fictif pour les tests.',
        secteur: 'communautaire',
        statut: 'actif',
        statut_annee: 2026,
        membre_tlpj: { periode: '2024-2026', declare_le: '2026-11-29' },
        territoires: { municipalites: 'tout', source: 'https://exemple.org/territoire' },
        lieux: [
          {
            id: 'siege',
            nom: 'Siège',
            adresse: { numero: '2505', rue: 'rue Saint-Hubert', unite: 'bureau 200', ville: 'Jonquière', code_postal: 'g7x7w2' },
            coordonnees: { lat: 48.42, lng: -71.25 },
            accessibilite: 'Entrée de plain-pied.',
          },
        ],
        telephones: [
          { numero: '418 555-1234' },
          { numero: '418 555-9999', type: 'telecopieur' },
        ],
        courriel: 'info@exemple.org',
        site_web: 'https://exemple.org',
        services: [
          {
            id: 'exemple-depannage',
            nom: 'Dépannage alimentaire',
            description: 'Des denrées pour la semaine.',
            categories: ['alimentation'],
            admissibilite: 'Personnes à faible revenu.',
            cout: { gratuit: true },
            acces: ['sans-rendez-vous', 'appel'],
            langues: ['fr', 'en'],
            horaires: [{ jours: ['lundi', 'mardi', 'mercredi'], ouverture: '9 h', fermeture: '16:30' }],
            note_horaires: 'Fermé pendant les Fêtes.',
            lieux: ['siege'],
            telephones: [{ numero: '418 555-1234', poste: 112, description: 'Dépannage' }],
          },
          {
            id: 'exemple-logement',
            nom: 'Aide au logement',
            categories: ['logement'],
            cout: { gratuit: false, details: '5 $ par rencontre' },
            territoires: { municipalites: ['larouche'], declare_le: '2026-11-29' },
            note_horaires: 'Sur rendez-vous seulement.',
          },
        ],
        verifie_le: '2026-11-29',
      }),
    },
    {
      id: 'service-public-exemple',
      data: organismeSchema.parse({
        nom: 'Service public d’exemple',
        secteur: 'public',
        statut: 'ferme-temporairement',
        statut_annee: 2026,
        territoires: { municipalites: ['jonquiere'], source: 'projet-commun-2013-2015' },
        verifie_le: '2026-11-29',
      }),
    },
  ],
};

export function fixtureDirectory(): Directory {
  return buildDirectory(fixtureInput);
}

export const fixtureSite = { name: 'Table d’exemple', url: 'https://exemple.test', base: '/tlpj/', lang: 'fr-CA' };
