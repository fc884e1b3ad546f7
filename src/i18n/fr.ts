/**
 * Every string a reader sees, in Québec French. Components and pages take their words from here,
 * so the tone stays the same everywhere and a wording is changed in one place.
 */
import { formatList, formatNumber } from '../lib/format';

/** `1 organisme`, `2 organismes`, `aucun organisme`. */
export function plural(count: number, one: string, many: string, none?: string): string {
  if (count === 0 && none) return none;
  return `${formatNumber(count)} ${count > 1 ? many : one}`;
}

export const fr = {
  site: {
    skipLink: 'Aller au contenu',
    navLabel: 'Menu principal',
    homeLink: "Accueil de la Table de lutte à la pauvreté et à l'exclusion sociale de Jonquière",
    footerAbout: 'Site de la Table de lutte à la pauvreté et à l’exclusion sociale de Jonquière.',
    footerNavLabel: 'Liens utiles',
    footerContact: 'Une information est inexacte ? Écrivez à la coordination :',
    breadcrumbLabel: "Fil d'Ariane",
    home: 'Accueil',
  },
  nav: {
    organismes: 'Trouver de l’aide',
    territoire: 'Territoire',
    prejuges: 'Préjugés',
    laTable: 'La Table',
    recits: 'Récits',
    planAction: 'Plan d’action',
  },
  emergency: {
    title: 'Besoin d’aide maintenant ?',
    emergency: 'En cas d’urgence',
    emergencyNumber: '911',
    info: 'Information sur les services de votre région',
    infoNumber: '211',
    health: 'Info-Social (consultation psychosociale)',
    healthNumber: '811',
    note: 'Ces numéros sont gratuits et répondent jour et nuit.',
  },
  home: {
    title: 'Trouver de l’aide à Jonquière et aux alentours',
    description:
      "Organismes et services d'aide à Jonquière, Lac-Kénogami, Saint-Ambroise, Bégin, Saint-Charles-de-Bourget et Larouche : alimentation, logement, emploi, santé et plus.",
    intro:
      "La Table de lutte à la pauvreté et à l'exclusion sociale de Jonquière (TLPJ) rassemble des organismes communautaires, des services publics, des élus et des citoyens. Ce site vous aide à trouver un service près de chez vous.",
    byNeed: 'Chercher selon votre besoin',
    byPlace: 'Chercher selon votre municipalité',
    allOrganismes: 'Voir tous les organismes',
    aboutTitle: 'La Table',
    aboutLink: 'Découvrir la Table, sa mission et ses membres',
    servicesCount: (count: number) => plural(count, 'service', 'services', 'aucun service pour l’instant'),
  },
  organismes: {
    title: 'Organismes et services',
    description:
      "Tous les organismes partenaires de la Table de lutte à la pauvreté de Jonquière, avec leurs services, leurs coordonnées et les municipalités qu'ils desservent.",
    intro:
      'Voici tous les organismes partenaires de la Table, classés par besoin. Un organisme peut apparaître sous plusieurs besoins.',
    byNeed: 'Par besoin',
    withoutCategory: 'Autres organismes partenaires',
    withoutCategoryIntro: 'Ces organismes sont membres de la Table. Leurs services restent à décrire.',
    count: (count: number) => plural(count, 'organisme', 'organismes'),
    jumpTo: 'Aller directement à un besoin',
  },
  profile: {
    summaryMissing: 'Description à confirmer.',
    services: 'Services',
    noServices: 'Les services de cet organisme restent à décrire.',
    eligibility: 'Pour qui',
    cost: 'Coût',
    free: 'Gratuit',
    notFree: 'Payant',
    howTo: 'Comment y accéder',
    hours: 'Heures',
    hoursMissing: 'Heures à confirmer',
    languages: 'Langues',
    where: 'Où',
    contact: 'Nous joindre',
    contactMissing: 'Coordonnées à confirmer',
    phone: 'Téléphone',
    extension: 'poste',
    email: 'Courriel',
    website: 'Site Web',
    address: 'Adresse',
    addressMissing: 'Adresse à confirmer',
    accessibility: 'Accessibilité',
    served: 'Municipalités desservies',
    wholeTerritory: 'Tout le territoire',
    categories: 'Besoins',
    about: 'À propos',
    toConfirm: 'À confirmer',
    toConfirmIntro: 'Ces renseignements n’ont pas encore été confirmés par l’organisme :',
    verifiedOn: 'Renseignements vérifiés le',
    sources: 'Sources',
    noSources: 'Aucune source publique trouvée pour l’instant.',
    report: 'Signaler une correction',
    reportSubject: (name: string) => `Correction : ${name}`,
    reportBody: (url: string) => `Bonjour,\n\nJe souhaite signaler une correction pour la page suivante :\n${url}\n\nCorrection proposée :\n`,
    memberOfTable: 'Membre de la Table',
    status: {
      actif: 'Actif',
      'ferme-temporairement': 'Fermé temporairement',
      ferme: 'Fermé ou fusionné',
    },
    acces: {
      appel: 'Par téléphone',
      'sans-rendez-vous': 'Sans rendez-vous',
      'rendez-vous': 'Sur rendez-vous',
      reference: 'Sur référence d’un intervenant',
      'en-ligne': 'En ligne',
    },
    phoneKinds: {
      principal: 'Téléphone',
      'sans-frais': 'Sans frais',
      texto: 'Texto',
      telecopieur: 'Télécopieur',
      autre: 'Autre numéro',
    },
    languageNames: { fr: 'français', en: 'anglais', es: 'espagnol', ar: 'arabe' } as Record<string, string>,
  },
  territoire: {
    title: 'Le territoire',
    description:
      'Les six municipalités et secteurs desservis par la Table de lutte à la pauvreté de Jonquière, et les services offerts dans chacun.',
    intro:
      "La Table agit dans l'arrondissement de Jonquière et dans les municipalités rurales voisines. Choisissez votre municipalité pour voir les services qui la desservent.",
    pageDescription: (nom: string, count: number) =>
      `Services d'aide offerts à ${nom} : ${plural(count, 'service', 'services', 'aucun service répertorié')}, avec leurs coordonnées.`,
    facts: 'En bref',
    type: 'Type',
    mrc: 'MRC',
    population: 'Population',
    populationValue: (value: string, year: number) => `${value} habitants (${year})`,
    populationMissing: 'Chiffre à confirmer',
    area: 'Superficie',
    postalPrefixes: 'Codes postaux',
    includes: 'Comprend',
    services: (nom: string) => `Services offerts à ${nom}`,
    servicesIntro: 'Y compris les services offerts à tout le territoire de la Table.',
    noServices: 'Aucun service répertorié pour l’instant.',
    partnersWithoutServices: 'Autres organismes présents',
    sources: 'Sources',
    servicesCount: (count: number) => plural(count, 'service', 'services', 'aucun service'),
  },
  laTable: {
    title: 'La Table',
    members: 'Les membres',
    membersIntro:
      'La Table est ouverte à toute personne ou tout organisme intéressé. Voici ses partenaires, selon son projet commun 2013-2015.',
    otherMembers: 'Autres membres',
  },
  prejuges: {
    title: 'Préjugés et réalités',
    description:
      'Dix préjugés sur les personnes en situation de pauvreté et les faits qui y répondent, avec leurs chiffres, leurs sources et des services qui peuvent aider.',
    intro: 'On entend souvent ces phrases. Touchez une question pour lire la réponse courte, puis les faits et leurs sources.',
    whyTitle: 'Pourquoi les préjugés font mal',
    whyText: [
      'Les préjugés ne sont pas que des mots. Selon une étude publiée en 2021, les personnes assistées sociales sont parmi les groupes les moins appréciés au Québec.',
      'Des chercheurs et des organismes rappellent que les préjugés ont de lourdes conséquences sur la santé et la qualité de vie, et qu’ils nuisent à de meilleures politiques publiques.',
    ],
    whyMore: 'Lire les faits sur les effets des préjugés',
    charter:
      'La Charte des droits et libertés de la personne du Québec protège contre la discrimination fondée sur la « condition sociale » (article 10).',
    charterLink: 'Lire la Charte des droits et libertés de la personne',
    charterUrl: 'https://www.legisquebec.gouv.qc.ca/fr/document/lc/C-12',
    listTitle: 'Ce qu’on entend, et ce qui est vrai',
    readMore: 'Les faits, les chiffres et les sources',
    pageTitle: (mythe: string) => `Préjugé : ${mythe.replace(/^«\s*|\s*»$/g, '')}`,
    myth: 'Le préjugé',
    facts: 'Les faits',
    figures: 'Les chiffres',
    figureYear: (annee: number | string) => `En ${annee}`,
    figureYearMissing: 'Année à confirmer',
    figureSource: 'Source',
    priorities: 'Ce que fait la Table',
    prioritiesIntro: 'Cette réponse sert ces priorités du plan d’action local :',
    recits: 'Récits liés',
    allMyths: 'Tous les préjugés',
  },
  recits: {
    title: 'Récits',
    description:
      'Récits de personnes et de projets du territoire de Jonquière qui montrent la réalité derrière les préjugés sur la pauvreté, du plus récent au plus ancien.',
    intro: 'Des récits de personnes et de projets du territoire, du plus récent au plus ancien.',
    none: 'Aucun récit publié pour l’instant.',
    byTheme: 'Lire les récits par thème',
    allRecits: 'Tous les récits',
    themeTitle: (nom: string) => `Récits : ${nom}`,
    themeDescription: (nom: string, description: string) => `Récits sur le thème « ${nom} ». ${description}`,
    themes: 'Thèmes',
    count: (count: number) => plural(count, 'récit', 'récits', 'aucun récit'),
    published: 'Publié le',
    example: 'Exemple',
    exampleNotice:
      'Ceci est un exemple. Ce n’est pas un vrai récit : cette page montre seulement comment un récit se présente sur le site.',
    firstPerson: 'Récit à la première personne, publié avec l’accord de la personne.',
    prejuges: 'Les préjugés auxquels ce récit répond',
    priorities: 'Les priorités du plan d’action que ce récit sert',
    feedTitle: 'Récits de la TLPJ',
    feedDescription:
      "Les récits publiés par la Table de lutte à la pauvreté et à l'exclusion sociale de Jonquière.",
    feedLink: 'S’abonner au fil RSS des récits',
  },
  planAction: {
    title: 'Le plan d’action local',
    description:
      'Les huit priorités du plan d’action local contre la pauvreté et l’exclusion sociale à Jonquière, et ce qui, sur ce site, sert chacune d’elles.',
    intro:
      'Les organismes et les partenaires de la Table se sont donné un plan d’action local. Toutes les actions de la Table visent ces huit priorités. Sous chacune, vous trouverez ce qui, sur ce site, la sert.',
    source: 'Source : projet commun de la Table, 2013-2015.',
    wording: 'Dans le plan d’action :',
    prejuges: 'Préjugés et réalités',
    recits: 'Récits',
    services: 'Services du répertoire',
  },
  help: {
    title: 'Des services qui peuvent aider',
    intro: 'Ces organismes du territoire offrent des services liés à ce sujet.',
    allOfCategory: (nom: string) => `Tous les services : ${nom}`,
  },
  notFound: {
    title: 'Page introuvable',
    description: 'Cette page n’existe pas ou a été déplacée.',
    text: 'La page demandée n’existe pas ou a été déplacée.',
    back: 'Retourner à l’accueil',
    directory: 'Voir tous les organismes',
  },
  format: { list: formatList },
} as const;

export type Dictionary = typeof fr;
