/**
 * The one configuration of the site. Another round table reuses the generator by changing this file
 * and the files under `content/`, nothing else.
 *
 * Three values can be overridden at build time by environment variables, so that the same clone can be
 * deployed under a sub-path or built from another content folder (tests, benchmark):
 *   SITE_URL   absolute origin of the deployed site, e.g. https://example.org
 *   SITE_BASE  sub-path the site is served under, e.g. /tlpj/
 *   CONTENT_DIR folder holding the content, relative to the project root or absolute
 *
 * One more switch speeds up local builds: OG_IMAGES=0 skips the social images (pages then carry no
 * og:image tag); `npm run build:rapide` sets it. Unchanged images are taken back from Astro's
 * incremental build cache.
 *
 * CMS_REPO sets `cms.repo` at build time, which turns the coordinator's editor on (see `cms` below).
 */

export interface LatLng {
  lat: number;
  lng: number;
}

export interface SiteConfig {
  /** Full name of the organisation that publishes the site. */
  name: string;
  shortName: string;
  /** One sentence used as the default meta description. */
  tagline: string;
  /** Language of every page (BCP 47). */
  lang: string;
  locale: string;
  url: string;
  base: string;
  contentDir: string;
  coordinator: {
    /** Role shown to readers; the e-mail receives "Signaler une correction". */
    title: string;
    /**
     * Unset until the coordinator has a public address: the site then says the contact is being set up,
     * and `npm run verifier` and the build warn. Never an example address: readers would write to it.
     */
    email?: string;
  };
  territory: {
    name: string;
    /** Coordinates outside this box are refused by the content check. */
    bounds: { south: number; west: number; north: number; east: number };
  };
  map: {
    center: LatLng;
    zoom: number;
    tileUrl: string;
    tileAttribution: string;
    maxZoom: number;
  };
  data: {
    licence: string;
    licenceUrl: string;
  };
  cms: CmsSettings;
}

/**
 * The coordinator's editor in the browser: Sveltia CMS, served by the site at `/admin/`, configured from
 * the collections' schemas (lib/cms-config.ts), committing to the git repository directly. Off while
 * `repo` is unset: the build then makes no `/admin/` page and copies no CMS file. README: « Modifier le
 * contenu dans le navigateur ».
 */
export interface CmsSettings {
  /** The repository that holds this project, `owner/name`, on the git host below. Unset: no CMS. */
  repo?: string;
  /** The git host: `github` (GitHub) or `gitlab` (GitLab). */
  backend: 'github' | 'gitlab';
  /** The branch the CMS commits to: the one the site is published from. */
  branch: string;
  /**
   * Origin of an OAuth authentication proxy (e.g. a `sveltia-cms-auth` Cloudflare Worker) for a « Se
   * connecter avec GitHub » button. Unset: the coordinator signs in with a personal access token only.
   */
  oauthUrl?: string;
}

function env(name: string): string | undefined {
  const value = typeof process !== 'undefined' ? process.env[name] : undefined;
  return value && value.trim() !== '' ? value.trim() : undefined;
}

/** Normalises a base path to the form Astro expects: leading and trailing slash. */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

export const site: SiteConfig = {
  name: "Table de lutte à la pauvreté et à l'exclusion sociale de Jonquière",
  shortName: 'TLPJ',
  tagline:
    "Trouver de l'aide à Jonquière et dans les municipalités voisines : organismes, services et ressources pour lutter contre la pauvreté et l'exclusion sociale.",
  lang: 'fr-CA',
  locale: 'fr_CA',
  url: env('SITE_URL') ?? 'https://tlpj.example.org',
  base: normaliseBase(env('SITE_BASE') ?? '/'),
  contentDir: env('CONTENT_DIR') ?? 'content',
  coordinator: {
    title: 'Coordination de la TLPJ',
    // No public address of the coordinator exists yet: write it here (e.g. 'coordination@…') before going live.
    email: undefined,
  },
  territory: {
    name: 'Jonquière et ses municipalités rurales',
    bounds: { south: 48.25, west: -71.75, north: 48.8, east: -71.0 },
  },
  map: {
    center: { lat: 48.45, lng: -71.33 },
    zoom: 10,
    tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    tileAttribution:
      '&copy; <a href="https://www.openstreetmap.org/copyright">les contributeurs d’OpenStreetMap</a>',
    maxZoom: 18,
  },
  data: {
    licence: 'Licence ouverte Creative Commons Attribution 4.0 International (CC BY 4.0)',
    licenceUrl: 'https://creativecommons.org/licenses/by/4.0/deed.fr',
  },
  cms: {
    // Off until the coordinator has a repository on a git host and sets it here, e.g. 'tlpj/site'.
    repo: env('CMS_REPO'),
    backend: 'github',
    branch: 'main',
    oauthUrl: undefined,
  },
};

export default site;
