/** Reading a built site: its pages, their links, their text. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';

export function listFiles(dir: string, extension = ''): string[] {
  const files: string[] = [];
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith(extension)) files.push(relative(dir, full));
    }
  };
  walk(dir);
  return files.sort();
}

export function readPage(dir: string, page: string): CheerioAPI {
  const file = page.endsWith('.html') ? page : join(page, 'index.html');
  return load(readFileSync(join(dir, file), 'utf8'));
}

/** Site path of a built file: `organismes/x/index.html` → `/organismes/x/`. */
export function pagePath(file: string): string {
  return `/${file.replace(/index\.html$/, '').replace(/\.html$/, '/')}`.replace(/\/+$/, '/');
}

/** Does a site path (without base) resolve to a file of the build, as a static host would serve it? */
export function resolves(dir: string, sitePath: string): boolean {
  const path = decodeURIComponent(sitePath.split(/[?#]/)[0] ?? '/');
  const full = join(dir, path);
  if (path.endsWith('/')) return existsSync(join(full, 'index.html'));
  return (existsSync(full) && statSync(full).isFile()) || existsSync(join(full, 'index.html')) || existsSync(`${full}.html`);
}

/** Every address a page refers to: links, images, scripts, stylesheets, icons, forms. */
export function referencedUrls($: CheerioAPI): string[] {
  const urls: string[] = [];
  $('[href], [src], [action], [srcset]').each((_, element) => {
    for (const name of ['href', 'src', 'action']) {
      const value = $(element).attr(name);
      if (value !== undefined) urls.push(value);
    }
    const srcset = $(element).attr('srcset');
    if (srcset) urls.push(...srcset.split(',').map((part) => part.trim().split(/\s+/)[0] ?? ''));
  });
  return urls;
}

/** Internal addresses only (no other host, no mailto/tel, no in-page anchors). */
export function internalUrls($: CheerioAPI, siteOrigin: string): string[] {
  return referencedUrls($)
    .filter((url) => url !== '' && !url.startsWith('#') && !/^(mailto|tel|data|javascript):/i.test(url))
    .map((url) => {
      if (/^https?:\/\//i.test(url) || url.startsWith('//')) {
        const parsed = new URL(url, siteOrigin);
        return parsed.origin === new URL(siteOrigin).origin ? parsed.pathname + parsed.hash : null;
      }
      return url;
    })
    .filter((url): url is string => url !== null);
}

export function text($: CheerioAPI, selector = 'main'): string {
  return $(selector).text().replace(/\s+/g, ' ').trim();
}

/** Every internal link of the built pages that leads to no page or file, as `page → url`. */
export function brokenInternalLinks(siteDir: string, pages: string[], siteOrigin: string): string[] {
  const broken: string[] = [];
  for (const page of pages) {
    for (const url of internalUrls(readPage(siteDir, page), siteOrigin)) {
      const target = url.startsWith('/') ? url : new URL(url, `${siteOrigin}${pagePath(page)}`).pathname;
      if (!resolves(siteDir, target)) broken.push(`${page} → ${url}`);
    }
  }
  return broken;
}
