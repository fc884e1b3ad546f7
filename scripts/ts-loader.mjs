/**
 * Lets the coordinator's scripts (`scripts/*.ts`) run on plain Node 22, which strips TypeScript types
 * by itself but, unlike Vite, does not try `.ts` after an extension-less import (`'../lib/bilan'`),
 * the style the whole `src/` folder is written in. Used as `node --import ./scripts/ts-loader.mjs …`.
 */
import { register } from 'node:module';

const hooks = `
export async function resolve(specifier, context, nextResolve) {
  try {
    return await nextResolve(specifier, context);
  } catch (error) {
    const relative = specifier.startsWith('./') || specifier.startsWith('../');
    if (!relative || /\\.[cm]?[jt]s$/.test(specifier) || error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    return nextResolve(specifier + '.ts', context);
  }
}
`;

register(`data:text/javascript,${encodeURIComponent(hooks)}`, import.meta.url);
