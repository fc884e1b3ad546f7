import type { AstroIntegration } from 'astro';
import { routes } from '../lib/routes';
import type { CmsSettings } from '../site.config';

/**
 * The coordinator's editor (Sveltia CMS): its page and its configuration, added to the site only when
 * site.config.ts names a repository. They live in `pages/_admin/`, which Astro does not route by itself
 * (underscore), so that a site without the editor has no trace of it.
 */
export default function cms(settings: CmsSettings): AstroIntegration {
  return {
    name: 'tlpj:cms',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        if (settings.repo === undefined) return;
        injectRoute({ pattern: routes.cms(), entrypoint: new URL('../pages/_admin/index.astro', import.meta.url) });
        injectRoute({ pattern: routes.cmsConfig(), entrypoint: new URL('../pages/_admin/config.yml.ts', import.meta.url) });
      },
    },
  };
}
