/**
 * What should be improved in valid content: warnings, printed by the build and by `npm run verifier`,
 * that never fail either. Add a check to `contentWarnings`.
 */
import type { ContentIssue, SourceEntry, WarningCheck } from './content-check';
import { hasPhoneOrEmail, isStale, monthsBetween, STALE_AFTER_MONTHS } from './content-health';
import { fieldLabel } from './field-label';
import { site } from '../site.config';

function warningAt(entry: SourceEntry<unknown>, path: PropertyKey[], message: string, fix: string): ContentIssue {
  return { severity: 'avertissement', file: entry.file, line: entry.lineOf(path), field: fieldLabel(path), message, fix };
}

const staleProfiles: WarningCheck = (content, { today }) =>
  content.organismes
    .filter((entry) => isStale(entry.data.verifie_le, today))
    .map((entry) =>
      warningAt(
        entry,
        ['verifie_le'],
        `renseignements vérifiés il y a ${monthsBetween(entry.data.verifie_le, today)} mois (plus de ${STALE_AFTER_MONTHS} mois)`,
        "revérifiez la fiche auprès de l'organisme, puis écrivez la date du jour dans verifie_le",
      ),
    );

const noPhoneNorEmail: WarningCheck = (content) =>
  content.organismes
    .filter((entry) => !hasPhoneOrEmail(entry.data))
    .map((entry) =>
      warningAt(
        entry,
        ['telephones'],
        'ni téléphone ni courriel : les lecteurs ne savent pas comment joindre cet organisme',
        'ajoutez un numéro sous « telephones » ou une adresse dans « courriel »',
      ),
    );

const noCoordinates: WarningCheck = (content) =>
  content.organismes.flatMap((entry) => {
    if (entry.data.lieux.length === 0) {
      return [
        warningAt(entry, ['lieux'], "aucun lieu : l'organisme n'apparaît pas sur la carte", 'ajoutez un lieu avec son adresse et ses coordonnées (lat, lng)'),
      ];
    }
    return entry.data.lieux.flatMap((lieu, index) =>
      lieu.coordonnees
        ? []
        : [
            warningAt(
              entry,
              ['lieux', index],
              `lieu « ${lieu.id} » sans coordonnées : il n'apparaît pas sur la carte`,
              'ajoutez « coordonnees: { lat: 48.4…, lng: -71.2… } » (clic droit sur le lieu dans OpenStreetMap pour les lire)',
            ),
          ],
    );
  });

/** Every source address of an entry, with the path of its field. */
function sourceLinks(data: unknown): { url: string; path: PropertyKey[] }[] {
  const record = data as { sources?: { url: string }[]; population?: { source: string }; faits?: { source: string }[] };
  return [
    ...(record.sources ?? []).map((source, index) => ({ url: source.url, path: ['sources', index] })),
    ...(record.population ? [{ url: record.population.source, path: ['population', 'source'] }] : []),
    ...(record.faits ?? []).map((fait, index) => ({ url: fait.source, path: ['faits', index, 'source'] })),
  ];
}

const insecureSources: WarningCheck = (content) =>
  [...content.organismes, ...content.territoires].flatMap((entry) =>
    sourceLinks(entry.data)
      .filter(({ url }) => !url.toLowerCase().startsWith('https://'))
      .map(({ url, path }) =>
        warningAt(
          entry,
          path,
          `source non sécurisée (${url}) : le lien ne commence pas par https://`,
          "essayez l'adresse avec https:// ; si elle fonctionne, remplacez-la",
        ),
      ),
  );

/**
 * The configuration, not the content, but the same report: while the coordinator has no address, readers
 * are told the contact is being set up, and the coordinator is reminded by `npm run verifier` and the build.
 * Apart from `contentWarnings`, which any content folder (test fixtures included) is checked with.
 */
export const configurationWarnings = (config: Pick<typeof site, 'coordinator' | 'url'> = site): ContentIssue[] => [
  ...(config.coordinator.email
    ? []
    : [
        {
          severity: 'avertissement' as const,
          file: 'src/site.config.ts',
          field: 'coordinator › email',
          message: 'courriel de la coordination non réglé : le site dit aux lecteurs que le contact est en cours de mise en place, et « Signaler une correction » mène à la page Contribuer',
          fix: "écrivez l'adresse publique de la coordination dans « email » (jamais une adresse d'exemple)",
        },
      ]),
  ...(/(^|\.)example\.(org|com|net)$/.test(new URL(config.url).hostname)
    ? [
        {
          severity: 'avertissement' as const,
          file: 'src/site.config.ts',
          field: 'url',
          message: `adresse du site provisoire (${config.url}) : les liens de partage, le plan du site et les données ouvertes pointent vers elle`,
          fix: 'construisez avec SITE_URL=https://… (l’adresse réelle du site) ou écrivez-la dans « url »',
        },
      ]
    : []),
];

export const contentWarnings: WarningCheck[] = [staleProfiles, noPhoneNorEmail, noCoordinates, insecureSources];
