/**
 * Every string a reader sees, in Québec French. Components and pages take their words from here,
 * so the tone stays the same everywhere and a wording is changed in one place.
 */
import { formatList, formatNumber, formatYear, plural } from '../lib/format';
import { fiche } from './fiche';

export { plural };

/**
 * `1 organisme`, `5000 organismes`: the terminal tools print plain digits, not the pages' `5 000`, and tests
 * match their output as it is.
 */
function countRaw(count: number, one: string, many: string): string {
  return `${count} ${count > 1 ? many : one}`;
}

/** The search page's strings, also used by its script in the browser, which imports only this part. */
export const search = {
  title: 'Rechercher un service',
  description:
    "Rechercher un organisme ou un service d'aide par mot-clé, par municipalité, par besoin ou selon qu'il soit gratuit, à Jonquière et aux alentours.",
  formLabel: 'Rechercher dans le site',
  queryLabel: 'Que cherchez-vous ?',
  queryHint: 'Par exemple : dépannage alimentaire, logement, Kénogami, budget.',
  refine: 'Préciser la recherche',
  municipalite: 'Municipalité',
  besoin: 'Besoin',
  any: 'Toutes',
  anyNeed: 'Tous les besoins',
  freeOnly: 'Services gratuits seulement',
  submit: 'Rechercher',
  results: 'Résultats',
  loading: 'Recherche en cours…',
  empty: 'Écrivez un mot ou choisissez une municipalité ou un besoin.',
  count: (count: number, query: string) =>
    `${plural(count, 'résultat', 'résultats', 'Aucun résultat')}${query ? ` pour « ${query} »` : ''}.`,
  noResultHelp: 'Essayez un autre mot, retirez un filtre ou parcourez la liste complète des organismes.',
  more: 'Afficher plus de résultats',
  error: 'La recherche ne fonctionne pas en ce moment. Parcourez plutôt la liste des organismes.',
  service: 'Service',
  phone: 'Téléphone',
  municipalityServed: 'Municipalités',
  noScript:
    'La recherche a besoin de JavaScript, qui est désactivé dans votre navigateur. Vous pouvez parcourir la liste complète des organismes, par besoin ou par municipalité.',
  browseTitle: 'Parcourir sans rechercher',
  allOrganismes: 'Tous les organismes, classés par besoin',
  byPlace: 'Par municipalité',
  homeTitle: 'Rechercher',
} as const;

/** The map's strings, also used by its script in the browser, which imports only this part. */
export const map = {
  title: 'Carte des services',
  description:
    "Carte des lieux où les organismes partenaires de la Table offrent leurs services à Jonquière et aux alentours, avec la liste de leurs adresses.",
  intro:
    'Les lieux où les organismes offrent leurs services. La liste sous la carte donne les mêmes renseignements.',
  introListElsewhere:
    'Les lieux où les organismes offrent leurs services. La liste des lieux, avec les mêmes renseignements, a ses propres pages : le lien est sous la carte.',
  mapLabel: 'Carte interactive des lieux de services',
  mapHelp:
    'Avec le clavier : les touches fléchées déplacent la carte, + et − changent le zoom. Chaque lieu est un bouton : Tabulation pour y aller, Entrée pour ouvrir sa fiche.',
  noLocatedPlaces:
    "Aucun lieu n'a encore de coordonnées confirmées : la carte s'affichera quand les adresses seront confirmées. La liste ci-dessous donne tous les lieux connus.",
  filters: 'Filtrer les lieux',
  besoin: 'Besoin',
  municipalite: 'Municipalité',
  any: 'Toutes',
  anyNeed: 'Tous les besoins',
  count: (count: number) => `${plural(count, 'lieu affiché', 'lieux affichés', 'Aucun lieu affiché')}.`,
  countOnMap: (count: number) => `${plural(count, 'lieu affiché sur la carte', 'lieux affichés sur la carte', 'Aucun lieu affiché sur la carte')}.`,
  located: 'Lieux sur la carte',
  unlocated: 'Adresse à confirmer',
  unlocatedIntro: "Ces lieux ne sont pas encore placés sur la carte : leur adresse exacte reste à confirmer.",
  addressToConfirm: 'Pas encore sur la carte : adresse à confirmer.',
  withoutPlaces: (count: number) =>
    `${plural(count, 'organisme n’a', 'organismes n’ont')} pas encore de lieu connu.`,
  seeDirectory: 'Voir la liste des organismes',
  call: 'Appeler le',
  clusterLabel: (count: number) => `${plural(count, 'lieu', 'lieux')} à cet endroit : agrandir`,
  sameSpotTitle: (count: number) => `${plural(count, 'lieu', 'lieux')} à la même adresse`,
  sameSpotLabel: (count: number) => `${plural(count, 'lieu', 'lieux')} à la même adresse : voir la liste`,
  territoryTitle: (nom: string) => `Carte des services à ${nom}`,
  openFullMap: 'Ouvrir la grande carte',
  noneHere: 'Aucun lieu placé sur la carte pour l’instant.',
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  closePopup: 'Fermer la fiche du lieu',
  listTitle: 'Liste des lieux',
  listElsewhere: (count: number) =>
    `Le répertoire compte ${plural(count, 'lieu', 'lieux')} : trop pour les lister sur cette page. Leur liste, avec les adresses et les téléphones, a ses propres pages.`,
  seeList: 'Voir la liste des lieux',
  listPageTitle: (page: number) => (page > 1 ? `Liste des lieux (page ${page})` : 'Liste des lieux'),
  listPageDescription: (count: number, page: number) =>
    `Les ${plural(count, 'lieu', 'lieux')} où les organismes partenaires de la Table offrent leurs services, avec leur adresse et leur téléphone${page > 1 ? ` (page ${page})` : ''}.`,
  listPageIntro: 'Tous les lieux du répertoire, avec leur adresse et leur téléphone.',
  seeMap: 'Les voir sur la carte, filtrés par besoin ou par municipalité',
} as const;

export const fr = {
  site: {
    skipLink: 'Aller au contenu',
    navLabel: 'Menu principal',
    footerAbout: 'Site de la Table de lutte à la pauvreté et à l’exclusion sociale de Jonquière.',
    footerNavLabel: 'Liens utiles',
    footerContact: 'Une information est inexacte ? Écrivez à la coordination :',
    footerContribute: 'Proposer une fiche ou une correction',
    breadcrumbLabel: "Fil d'Ariane",
    home: 'Accueil',
  },
  nav: {
    organismes: 'Trouver de l’aide',
    territoire: 'Territoire',
    prejuges: 'Préjugés',
    laTable: 'La Table',
    bilan: 'Bilan',
    recits: 'Récits',
    planAction: 'Plan d’action',
    carte: 'Carte',
  },
  emergency: {
    title: 'Besoin d’aide maintenant ?',
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
    withoutCategory: 'Autres organismes partenaires',
    withoutCategoryIntro: 'Ces organismes sont membres de la Table. Leurs services restent à décrire.',
    count: (count: number) => plural(count, 'organisme', 'organismes'),
    jumpTo: 'Aller directement à un besoin',
    seeAll: (nom: string, count: number) => `Voir les ${plural(count, 'organisme', 'organismes')} : ${nom}`,
    categoryTitle: (nom: string, page: number) => (page > 1 ? `${nom} : organismes et services (page ${page})` : `${nom} : organismes et services`),
    categoryDescription: (nom: string, description: string, count: number, page: number) =>
      `${nom} à Jonquière et aux alentours : ${plural(count, 'organisme offre', 'organismes offrent')} ce type d'aide. ${description}${page > 1 ? ` Page ${page}.` : ''}`,
    categoryIntro: (count: number) => `${plural(count, 'organisme offre', 'organismes offrent', 'Aucun organisme n’offre')} ce type d’aide.`,
    categoryEmpty: 'Aucun service de ce type n’est répertorié pour l’instant.',
    pagination: 'Pages de la liste',
    pageOf: (page: number, last: number) => `Page ${page} sur ${last}`,
    previous: 'Page précédente',
    next: 'Page suivante',
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
    phoneMissing: 'Téléphone et courriel à confirmer',
    phone: 'Téléphone',
    extension: 'poste',
    email: 'Courriel',
    website: 'Site Web',
    address: 'Adresse',
    addressMissing: 'Adresse à confirmer',
    accessibility: 'Accessibilité',
    served: 'Municipalités desservies',
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
    acronym: 'Sigle',
    onMap: 'Voir ce lieu sur la carte',
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
    pageDescription: (nom: string, count: number, page = 1) =>
      `Services d'aide offerts à ${nom} : ${plural(count, 'service', 'services', 'aucun service répertorié')}, avec leurs coordonnées.${page > 1 ? ` Page ${page}.` : ''}`,
    pageTitle: (nom: string, page: number) => (page > 1 ? `${nom} : services offerts (page ${page})` : nom),
    facts: 'En bref',
    type: 'Type',
    mrc: 'MRC',
    population: 'Population',
    populationValue: (value: string, year: number) => `${value} habitants (${year})`,
    populationMissing: 'Chiffre à confirmer',
    area: 'Superficie',
    postalPrefixes: 'Codes postaux',
    includes: 'Comprend',
    sources: 'Sources',
    servicesCount: (count: number) => plural(count, 'service', 'services', 'aucun service'),
  },
  /** The printed guides of each municipality and of the whole territory (`/territoire/<id>/guide/`, `/guide/`). */
  guide: {
    link: 'Version à imprimer',
    linkHint: 'tous les services sur quelques pages, avec un code QR vers cette page',
    linkHintWhole: 'tous les services du territoire sur quelques pages',
    title: (nom: string) => `Guide à imprimer : ${nom}`,
    titleWhole: 'Guide à imprimer : tout le territoire',
    heading: (nom: string) => `Services d’aide à ${nom}`,
    headingWhole: 'Services d’aide à Jonquière et aux alentours',
    description: (nom: string, confirmed: number, toConfirm: number) =>
      `Guide à imprimer des services d’aide à ${nom} : ${plural(confirmed, 'service confirmé', 'services confirmés', 'aucun service confirmé')}, puis ${plural(toConfirm, 'service', 'services', 'aucun service')} dont le territoire reste à confirmer, classés par besoin.`,
    descriptionWhole: (confirmed: number, toConfirm: number) =>
      `Guide à imprimer des services d’aide du territoire de la Table : ${plural(confirmed, 'service confirmé', 'services confirmés', 'aucun service confirmé')}, puis ${plural(toConfirm, 'service', 'services', 'aucun service')} dont le territoire reste à confirmer, classés par besoin.`,
    intro: 'Les services qu’une source confirme dans cette municipalité, puis ceux dont le territoire reste à confirmer, classés par besoin. Appelez avant de vous déplacer : les heures peuvent changer.',
    introWhole: 'Les services qu’une source confirme dans le territoire de la Table, puis ceux dont le territoire reste à confirmer, classés par besoin. Appelez avant de vous déplacer : les heures peuvent changer.',
    printHint: 'Pour l’imprimer, utilisez la fonction Imprimer de votre navigateur (format Lettre).',
    /** Headings of the whole territory's guide; a municipality's guide uses those of its page (truth.municipality). */
    confirmedTitleWhole: 'Services confirmés dans le territoire de la Table',
    confirmedIntroWhole: 'Une source place ces organismes et ces services dans au moins une municipalité du territoire.',
    confirmedNoneWhole: 'Aucune source ne place encore un service dans le territoire.',
    toConfirmIntroWhole: 'Aucune source ne dit encore quelles municipalités ces organismes desservent : appelez-les pour le savoir.',
    otherNeeds: 'Aussi pour',
    unclassified: 'Autres services',
    withoutServices: 'Autres organismes',
    toConfirm: 'À confirmer',
    unknown: { area: 'territoire desservi', status: 'activité actuelle', phone: 'téléphone', address: 'adresse', hours: 'heures' },
    reviewed: (from: string, to: string) =>
      from === to
        ? `Fiches revues le ${to} (sources publiques consultées ou confirmation par l’organisme).`
        : `Fiches revues entre le ${from} et le ${to} (sources publiques consultées ou confirmation par l’organisme).`,
    qrCaption: 'Pour la version à jour, visez ce code avec un téléphone ou allez à :',
    publishedBy: (name: string) => `Publié par la ${name}.`,
  },
  /** What is known and what is not (issue 13): stated areas, status, membership, dates, contact. */
  truth: {
    areaUnknown: 'Territoire desservi à confirmer',
    /** The municipality filter's choice for organisations whose area no source states yet. */
    areaUnknownFilter: 'Territoire à confirmer',
    filterHint:
      'Une municipalité montre les services qu’une source y confirme ; « Territoire à confirmer » montre les organismes dont aucune source ne dit encore où ils offrent leurs services.',
    wholeTerritory: 'Tout le territoire de la Table',
    source: 'source',
    projetCommun: 'selon le projet commun 2013-2015 de la Table',
    declared: (date: string) => `déclaré par l’organisme le ${date}`,
    languagesUnknown: 'Langues à confirmer',
    status: {
      label: 'Activité',
      unknown: 'Activité actuelle à confirmer : aucune source récente trouvée.',
      actif: (year: number) => `En activité selon une source de ${year}.`,
      'ferme-temporairement': (year: number) => `Fermé temporairement selon une source de ${year}.`,
      ferme: (year: number) => `Fermé ou fusionné selon une source de ${year}.`,
    },
    member: (periode: string, projetCommun: boolean) => `Membre de la Table (${projetCommun ? `projet commun ${periode}` : periode})`,
    wasMember: (periode: string, projetCommun: boolean) => `A été membre de la Table (${projetCommun ? `projet commun ${periode}` : periode})`,
    sourcesConsulted: 'Sources publiques consultées le',
    notConfirmed: 'Cette fiche n’a pas encore été confirmée par l’organisme : elle repose seulement sur les sources ci-dessous.',
    confirmedOn: 'Fiche confirmée par l’organisme le',
    municipality: {
      confirmedTitle: (nom: string) => `Services confirmés à ${nom}`,
      confirmedIntro: (nom: string) => `Une source place ces organismes et ces services à ${nom}, ou dans tout le territoire de la Table.`,
      confirmedNone: (nom: string) => `Aucune source ne place encore un service à ${nom}.`,
      toConfirmTitle: 'Territoire desservi à confirmer',
      toConfirmIntro: (nom: string) =>
        `Aucune source ne dit encore quelles municipalités ces organismes desservent. Ils desservent peut-être ${nom} : appelez-les pour le savoir.`,
      count: (confirmed: number, toConfirm: number) =>
        `${plural(confirmed, 'organisme confirmé', 'organismes confirmés', 'Aucun organisme confirmé')}, ${plural(toConfirm, 'organisme', 'organismes', 'aucun organisme')} à confirmer`,
    },
    contactPending: 'L’adresse courriel de la coordination est en cours de mise en place.',
    reportPending: 'Comment proposer une correction',
    numbers: {
      sources: 'Sources de ces numéros',
    },
  },
  laTable: {
    title: 'La Table',
    members: 'Les membres',
    membersIntro:
      'La Table est ouverte à toute personne ou tout organisme intéressé. Voici ses partenaires, selon son projet commun 2013-2015.',
    otherMembers: 'Autres membres',
  },
  bilan: {
    title: 'Bilan de la Table',
    description:
      'Bilan annuel de la Table de lutte à la pauvreté de Jonquière : chaque indicateur du projet commun, sa cible, son évolution d’une année à l’autre et son statut.',
    intro:
      'Chaque année, la Table mesure où elle en est par rapport aux indicateurs de son projet commun : rencontres, partenariats, participation citoyenne, projets communs et plus.',
    exampleBanner: 'Données d’exemple',
    exampleText:
      'Ces chiffres ne sont pas réels : ils montrent à quoi ressemblera le bilan. La coordination les remplacera par les vrais chiffres de l’année.',
    years: 'Les bilans annuels',
    yearLink: (annee: string) => `Bilan ${formatYear(annee)}`,
    yearTitle: (annee: string) => `Bilan ${formatYear(annee)}`,
    yearDescription: (annee: string, count: number, exemple: boolean) =>
      `Bilan ${formatYear(annee)} de la Table de lutte à la pauvreté de Jonquière : ${plural(count, 'indicateur', 'indicateurs')} avec valeur, cible, évolution et répartition femmes-hommes${exemple ? ' (données d’exemple)' : ''}.`,
    noYears: 'Aucun bilan annuel n’est publié pour l’instant.',
    indicators: 'Les indicateurs',
    indicatorsIntro: 'La tendance de chaque indicateur sur toutes les années, et son statut pour la plus récente.',
    indicatorDescription: (titre: string, unite: string) =>
      `${titre} : évolution d’une année à l’autre (${unite}), cible et statut, selon le bilan de la Table de lutte à la pauvreté de Jonquière.`,
    keyFigures: 'En bref',
    statusCount: (count: number) => plural(count, 'indicateur', 'indicateurs', 'aucun indicateur'),
    itemsCount: {
      alliances: (count: number) => plural(count, 'nouvelle alliance', 'nouvelles alliances', 'aucune nouvelle alliance'),
      projets: (count: number) => plural(count, 'projet commun', 'projets communs', 'aucun projet commun'),
      initiatives: (count: number) => plural(count, 'initiative documentée', 'initiatives documentées', 'aucune initiative documentée'),
    },
    value: 'Valeur',
    target: 'Cible',
    change: 'Variation',
    changeFrom: (annee: string) => `par rapport à ${formatYear(annee)}`,
    status: 'Statut',
    trend: 'Tendance',
    year: 'Année',
    unit: 'Unité',
    objective: 'Objectif servi',
    missing: 'donnée manquante',
    noChange: 'aucune',
    noPrevious: 'pas d’année précédente',
    note: 'Note',
    breakdown: 'Répartition femmes-hommes (ADS)',
    breakdownNote:
      'ADS : analyse différenciée selon les sexes. La Table vise la participation d’autant de femmes que d’hommes.',
    breakdownMissing: 'Répartition non fournie.',
    women: 'Femmes',
    men: 'Hommes',
    others: 'Autres ou non précisé',
    /** A part of the breakdown the file does not give (never shown as 0). */
    toConfirm: 'à confirmer',
    total: 'Total',
    alliances: 'Nouvelles alliances',
    projets: 'Projets communs et leurs partenaires',
    initiatives: 'Initiatives documentées',
    partners: 'Partenaires',
    partnersMissing: 'Partenaires à préciser',
    noItems: 'Aucun élément documenté cette année.',
    notes: 'Notes',
    portrait: 'Point de départ : le portrait de 2011',
    portraitSource: (document: string, pages: string) => `Source : ${document}, qui cite le ${pages}.`,
    portraitAmong: (parmi: string) => `parmi les ${parmi}`,
    verifiedOn: 'Vérifié le',
    openData: 'Données ouvertes',
    openDataText: 'Tous les indicateurs de toutes les années, à réutiliser librement :',
    csv: 'Tableur (CSV)',
    json: 'JSON',
    licence: 'Licence',
    print: 'Pour imprimer ce bilan, utilisez la fonction Imprimer de votre navigateur.',
    previousYear: 'Année précédente',
    nextYear: 'Année suivante',
    seeIndicator: 'Voir cet indicateur sur toutes les années',
    howStatus: 'Comment le statut est calculé',
    howStatusItems: [
      'Sans valeur cette année : « donnée manquante ». Une valeur manquante n’est jamais comptée comme zéro.',
      'Cible chiffrée (p. ex. 2 projets communs) : « atteint » si la valeur atteint la cible ; sinon « en progrès » si elle a augmenté depuis l’année précédente, « non atteint » autrement.',
      'Cible « maintenir » : « atteint » si la valeur est au moins égale à celle de l’année précédente, « non atteint » si elle est plus basse.',
      'Cible « augmenter » : « atteint » si la valeur est plus haute que celle de l’année précédente, « non atteint » si elle est égale ou plus basse.',
      'Pour « maintenir » et « augmenter », la première année, ou une année dont l’année précédente n’a pas de valeur, ne peut pas être jugée : « donnée manquante ».',
      'Cible « documenter » : « atteint » dès que le chiffre de l’année est noté.',
    ],
    statuts: {
      atteint: 'Atteint',
      'en-progres': 'En progrès',
      'non-atteint': 'Non atteint',
      'donnee-manquante': 'Donnée manquante',
    },
    motifs: {
      'valeur-manquante': 'aucune valeur pour cette année',
      'precedente-manquante': 'pas de valeur l’année précédente pour comparer',
      'seuil-atteint': 'la valeur atteint la cible',
      'hausse-vers-seuil': 'sous la cible, mais en hausse',
      'sous-seuil': 'sous la cible',
      maintenu: 'au moins autant que l’année précédente',
      'en-baisse': 'moins que l’année précédente',
      'en-hausse': 'plus que l’année précédente',
      'sans-hausse': 'pas plus que l’année précédente',
      documente: 'le chiffre est documenté',
    },
    tendances: {
      hausse: 'En hausse',
      baisse: 'En baisse',
      stable: 'Stable',
      indeterminee: 'À voir (moins de deux années connues)',
    },
    cibles: {
      maintenir: 'Maintenir (au moins autant que l’année précédente)',
      augmenter: 'Augmenter (plus que l’année précédente)',
      documenter: 'Documenter (noter le chiffre chaque année)',
    },
    cibleNombre: (value: number, unite: string) => `Au moins ${formatNumber(value)} ${unite} par année`,
    cibleText: (cible: number | 'maintenir' | 'augmenter' | 'documenter', unite: string): string =>
      typeof cible === 'number' ? fr.bilan.cibleNombre(cible, unite) : fr.bilan.cibles[cible],
    chartTitle: (titre: string) => `${titre}, par année`,
    chartText: (titre: string, unite: string, points: { annee: string; valeur?: number }[]) =>
      `${titre} (${unite}) : ${points
        .map((point) => `${formatYear(point.annee)}, ${point.valeur === undefined ? 'donnée manquante' : formatNumber(point.valeur)}`)
        .join(' ; ')}.`,
    breakdownText: (femmes: number, hommes: number, autres: number | undefined) =>
      `Répartition : ${formatNumber(femmes)} femmes, ${formatNumber(hommes)} hommes, ${autres === undefined ? 'autres à confirmer' : `${formatNumber(autres)} autres`}.`,
    missingShort: 'n. d.',
    tableCaption: (titre: string) => `${titre} : données du graphique`,
  },
  /** A year created by `npm run bilan:nouveau` and not filled in yet. */
  bilanAVenir: {
    label: 'Données à venir',
    text: 'La coordination n’a pas encore entré les chiffres de cette année. Ils paraîtront ici dès qu’ils seront connus.',
    indicators: 'Les indicateurs qui seront mesurés',
    description: (annee: string) =>
      `Bilan ${formatYear(annee)} de la Table de lutte à la pauvreté de Jonquière : données à venir, les chiffres de l’année ne sont pas encore entrés.`,
  },
  contribuer: {
    contactTitle: 'Écrire à la coordination',
    contactIntro: 'La coordination de la Table reçoit les propositions de fiches et les corrections :',
    newProfile: 'Proposer une nouvelle fiche par courriel',
    form: 'Ou remplir la fiche de votre organisme avec le formulaire du site',
    newProfileSubject: 'Nouvelle fiche pour le site de la Table',
    // A template rather than a list joined at load: a call here would keep the whole dictionary in the browser's scripts.
    newProfileBody: `Bonjour,\n\nJe souhaite proposer une fiche pour le site de la Table.\n\nNom de l’organisme :\nCe qu’il fait, pour qui :\nServices offerts :\nMunicipalités desservies :\nAdresse :\nTéléphone :\nCourriel :\nSite Web :\nHeures d’ouverture :\nCoût (gratuit ou non) :\n`,
  },
  /**
   * What the site itself writes in the coordinator's editor (`/admin/`, Sveltia CMS, lib/cms-config.ts). The
   * editor's own interface is Sveltia's, in the browser's language (French included).
   */
  cms: {
    title: 'Modifier le contenu',
    noScript:
      'L’éditeur du contenu a besoin de JavaScript. Sans lui, modifiez les fichiers du dossier content/ et vérifiez-les avec « npm run verifier ».',
    yes: 'oui',
    no: 'non',
    patternMismatch: 'Format refusé par la vérification du contenu : voyez le modèle commenté ou le README.',
    slugHint:
      'L’identifiant devient le nom du fichier et l’adresse de la page : en minuscules, sans accents, avec des traits d’union. Il ne doit plus changer une fois publié.',
    fieldsInFile: (fields: readonly string[]) =>
      `À modifier dans le fichier lui-même : ${formatList(fields.map((field) => `« ${field} »`))} (l’éditeur ne sait pas afficher ces champs ; il les garde tels quels).`,
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
  search,
  map,
  fiche,
  // « Ma liste » has its strings in src/i18n/ma-liste.ts: its script then loads neither the search's nor the map's.
  contentCheck: {
    checked: (counts: string[]) => `Contenu vérifié : ${counts.join(', ')}.`,
    warnings: (count: number) =>
      `${plural(count, 'avertissement', 'avertissements')} sur le contenu (rien qui empêche la publication) : lancez « npm run verifier » pour les lire.`,
    fixThenRebuild: 'Corrigez ces erreurs puis relancez la construction du site.',
    errorsHeading: (count: number) => (count === 1 ? '1 erreur dans le contenu :' : `${count} erreurs dans le contenu :`),
  },
  notFound: {
    title: 'Page introuvable',
    description: 'Cette page n’existe pas ou a été déplacée.',
    text: 'La page demandée n’existe pas ou a été déplacée.',
    back: 'Retourner à l’accueil',
    directory: 'Voir tous les organismes',
  },
  donnees: {
    title: 'Données ouvertes',
    description:
      "Le répertoire des organismes et des services de la Table, à télécharger librement en format HSDS (JSON et CSV) pour le 211 et les autres répertoires.",
    intro:
      'Tout le répertoire de ce site, organismes et services, est aussi offert en fichiers de données. Le 211, d’autres répertoires ou des chercheurs peuvent le reprendre sans tout retaper.',
    whatTitle: 'Ce que contiennent les fichiers',
    what:
      'Les mêmes renseignements que les pages du site : nom des organismes, services offerts, besoins couverts, municipalités desservies, adresses, téléphones, heures et langues. Un renseignement inconnu est laissé vide : il n’est jamais deviné. Le format exige un statut pour chaque service : celui d’un organisme dont aucune source récente ne montre l’activité est « inactive », avec l’alerte « Activité actuelle à confirmer ».',
    formatTitle: 'Le format',
    format:
      'Les fichiers suivent la norme internationale HSDS 3.0 (Human Services Data Specification) d’Open Referral, utilisée par les services 211. Chaque organisme et chaque service a un identifiant permanent qui ne change pas d’une mise à jour à l’autre.',
    licenceTitle: 'La licence',
    licence: 'Vous pouvez copier, modifier et republier ces données, même à des fins commerciales, à condition de citer la source :',
    attribution: (name: string) => `Source : ${name}.`,
    updated: 'Les fichiers sont refaits à chaque mise à jour du site.',
    filesTitle: 'Les fichiers',
    jsonTitle: 'Format JSON (pour les programmes)',
    csvTitle: 'Format tableur (CSV, s’ouvre dans Excel ou LibreOffice)',
    servicesTitle: 'Un fichier par service',
    servicesPattern:
      'Chaque service a aussi son propre fichier, nommé d’après son identifiant permanent (le champ « id » de la liste des services) :',
    servicesExample: 'Par exemple :',
    files: {
      index: 'Description de l’exportation (version HSDS)',
      services: 'Liste de tous les services',
      servicesComplete: 'Tous les services en détail, en un seul fichier',
      organizations: 'Liste de tous les organismes',
      datapackage: 'Description des tableaux (Data Package)',
    },
    csvFile: (table: string) => `Tableau « ${table} »`,
    errorsTitle: 'Une erreur dans les données ?',
    errors: 'Écrivez à la coordination : la correction sera faite sur le site et dans les fichiers en même temps.',
    taxonomyName: 'Besoins — TLPJ',
    taxonomyDescription: 'Catégories de besoins du répertoire de la Table de lutte à la pauvreté et à l’exclusion sociale de Jonquière.',
    packageTitle: 'Répertoire de la TLPJ en format HSDS 3.0',
    packageDescription:
      "Organismes et services d'aide de Jonquière et des municipalités voisines, selon la Table de lutte à la pauvreté et à l'exclusion sociale de Jonquière.",
  },
  partage: {
    /** Labels of the page kinds shown on social images (`OgKind` in lib/og.ts). */
    ogKinds: {
      accueil: 'Accueil',
      repertoire: 'Répertoire',
      organisme: 'Organisme',
      territoire: 'Territoire',
      municipalite: 'Municipalité',
      prejuge: 'Préjugé',
      recit: 'Récit',
      bilan: 'Bilan',
      carte: 'Carte',
      recherche: 'Recherche',
      donnees: 'Données ouvertes',
      page: 'Page',
    },
    ogImageAlt: (kind: string, title: string, siteName: string) => `${kind} : ${title}. ${siteName}`,
  },
  /** The coordinator's command-line tools (`npm run verifier`, `nouveau`, `bilan:nouveau`). */
  /** What the build steps say in the build log. */
  build: {
    searchIndexReused: 'Index de recherche repris du cache (pages inchangées).',
    searchIndexBuilt: (pages: number) => `Index de recherche : ${pages} pages lues.`,
    searchIndexFailed: (problems: string[]) => `Pagefind n'a pas pu faire l'index de recherche : ${problems.join(', ')}`,
    searchIndexUsage: (problem: string) =>
      `${problem}. Options de npm run recherche : --outDir <dossier du site construit> (dist par défaut), --cacheDir <dossier où garder l'index>.`,
    searchIndexNoSite: (outDir: string) =>
      `Pas de site construit dans ${outDir} : l'index de recherche se fait après « astro build » (npm run build fait les deux).`,
  },
  cli: {
    verifier: {
      heading: (contentDir: string, counts: { organismes: number; territoires: number; categories: number; pages: number }) =>
        `Vérification du contenu (${contentDir}) : ${countRaw(counts.organismes, 'organisme', 'organismes')}, ` +
        `${countRaw(counts.territoires, 'territoire', 'territoires')}, ${countRaw(counts.categories, 'catégorie', 'catégories')}, ` +
        `${countRaw(counts.pages, 'page', 'pages')}.`,
      errors: (count: number) => `${countRaw(count, 'erreur', 'erreurs')} (le site ne peut pas être publié tant qu'elles restent) :`,
      warnings: (count: number) =>
        `${countRaw(count, 'avertissement', 'avertissements')} (à corriger quand possible ; ils n'empêchent pas la publication) :`,
      failed: (errors: number) => `Résultat : ${countRaw(errors, 'erreur', 'erreurs')} à corriger.`,
      passed: (warnings: number) =>
        `Résultat : aucune erreur${warnings > 0 ? `, ${countRaw(warnings, 'avertissement', 'avertissements')}` : ''}. Le contenu peut être publié.`,
    },
    health: {
      heading: (total: number) => `État des fiches (${total} organismes) :`,
      completeCount: (count: number, months: number) => `${count} complètes et revues depuis moins de ${months} mois`,
      incompleteCount: (count: number) => `${count} incomplètes`,
      staleCount: (count: number, months: number) => `${count} à revérifier (revues il y a plus de ${months} mois)`,
      staleTitle: 'À revérifier :',
      incompleteTitle: 'Incomplètes :',
      completeTitle: 'Complètes :',
      /** The latest of the profile's two dates: public sources consulted, or the organisation's confirmation. */
      verifiedOn: (date: string) => `revue le ${date} (sources consultées ou confirmation)`,
      lacks: (missing: string[]) => `manque : ${missing.join(', ')}`,
      /** What a profile lacks, in the words of the « manque : » list. */
      missing: {
        resume: 'résumé',
        contact: 'téléphone ou courriel',
        address: 'adresse complète',
        services: 'services',
        hours: 'heures',
        sources: 'sources',
        toConfirm: (count: number) => `${countRaw(count, 'élément', 'éléments')} à confirmer`,
      },
    },
    nouveau: {
      intro: 'Nouvelle fiche d’organisme',
      cancelled: 'Aucune fiche créée.',
      notCreated: 'La fiche n’a pas été créée :',
      brokenContent: 'le contenu actuel a des erreurs dans les municipalités ou les catégories :',
      noTerminal:
        'sans terminal, donnez les réponses en options, p. ex. : npm run nouveau -- --nom "…" --secteur communautaire --municipalites jonquiere --source-territoires organisme',
      fileExists: (path: string) => `le fichier ${path} existe déjà : il n'a pas été modifié`,
      createdButInvalid: (path: string) => `${path} a été créé mais ne passe pas la vérification :`,
      created: (path: string) => `Fiche créée : ${path}`,
      toComplete: 'À compléter quand possible :',
      secteurs: {
        communautaire: 'Organisme communautaire',
        'economie-sociale': "Entreprise d'économie sociale",
        public: 'Service public',
        education: 'Établissement d’enseignement',
        syndical: 'Organisation syndicale',
        concertation: 'Table ou regroupement de concertation',
      },
      prompts: {
        nom: "Nom de l'organisme",
        id: 'Identifiant (nom du fichier et de la page, sans accents)',
        secteur: 'Secteur',
        areaKnown: 'Qui dit quelles municipalités il dessert ?',
        areaUnknown: 'Personne pour l’instant : la fiche dira « territoire desservi à confirmer »',
        areaDeclared: 'L’organisme lui-même (déclaré aujourd’hui)',
        areaWeb: 'Une page Web (son adresse sera demandée)',
        areaProjetCommun: 'Le projet commun 2013-2015 de la Table',
        areaSource: 'Adresse de la page Web qui le dit',
        wholeTerritory: 'Dessert-il tout le territoire de la Table ?',
        municipalites: 'Municipalités desservies (espace pour cocher, Entrée pour valider)',
        categories: 'Besoins auxquels répond son premier service (aucun : passez avec Entrée)',
        service: 'Nom de ce service (facultatif)',
        servicePlaceholder: 'p. ex. Dépannage alimentaire',
        telephone: 'Téléphone (facultatif)',
        telephonePlaceholder: '418 542-1234',
        courriel: 'Courriel (facultatif)',
        siteWeb: 'Site Web (facultatif)',
        siteWebPlaceholder: 'https://',
        resume: 'Résumé en une ou deux phrases (facultatif)',
        source: 'Source des renseignements : l’adresse de la page Web où vous les avez lus',
      },
    },
    recevoir: {
      usage:
        'Donnez le fichier reçu : npm run recevoir -- fiche.md (ou par l’entrée standard : npm run recevoir < fiche.md). Options : --id nom-de-la-fiche, --essai (vérifier et montrer les changements sans rien écrire).',
      unreadable: (path: string) => `Fichier introuvable ou illisible : ${path}`,
      refused: (count: number) =>
        `${countRaw(count, 'erreur', 'erreurs')} : la fiche n'a pas été enregistrée. Corrigez le fichier (ou demandez à l'organisme de le corriger), puis recommencez.`,
      newProfile: (target: string) => `Nouvelle fiche : ${target}`,
      update: (target: string) => `Mise à jour de ${target}`,
      changes: (count: number) => (count === 0 ? 'Aucun changement dans les champs.' : `${countRaw(count, 'changement', 'changements')} :`),
      added: (field: string, value: string) => `  + ${field} : ${value}`,
      removed: (field: string, value: string) => `  − ${field} : ${value} (retiré)`,
      changed: (field: string, before: string, after: string) => `  ~ ${field} : ${before} → ${after}`,
      description: 'Description :',
      written: (target: string) => `Fiche enregistrée : ${target}. Relancez la construction du site pour la publier.`,
      dryRun: 'Essai : rien n’a été écrit.',
    },
    bilanNouveau: {
      yearExpected: (received: string | undefined) =>
        `Année attendue sous la forme AAAA-AAAA, deux années qui se suivent : p. ex. « npm run bilan:nouveau -- 2015-2016 »${received ? ` (reçu « ${received} »)` : ''}.`,
      exists: (path: string, annee: string) =>
        `Le fichier ${path} existe déjà : rien n'a été modifié. Ouvrez-le pour compléter les chiffres de ${annee}.`,
      noIndicators: (path: string) => `Liste des indicateurs introuvable : ${path}.`,
      invalidIndicators: (count: number) =>
        `La liste des indicateurs a des erreurs (${count}) : lancez « npm run build » pour les voir, corrigez-les, puis recommencez.`,
      created: (path: string, count: number) => `Fichier créé : ${path}, avec ${count} indicateurs à remplir.`,
    },
  },
  format: { list: formatList },
} as const;

export type Dictionary = typeof fr;
