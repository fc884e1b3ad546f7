/**
 * A site built from hostile partner content (tests/fixtures/hostile/): raw HTML, scripts, event handlers,
 * encoded `javascript:` links, SVG, forms, HTML in every front-matter field, very long fields. Nothing of
 * it may run, load or style anything: every payload either shows as plain text or is gone.
 */
import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site';
import type { CheerioAPI } from 'cheerio';
import { listFiles, readPage } from '../support/dist';

const build = buildSite({ name: 'hostile', env: { CONTENT_DIR: 'tests/fixtures/hostile' } });
const pages = build.status === 0 ? listFiles(build.outDir, '.html') : [];
const HOSTILE_PROFILES = ['html-dans-le-corps', 'liens-markdown', 'champs-html', 'champs-tres-longs'];

/** Every page, as [file, cheerio document]. */
const documents = () => pages.map((page) => [page, readPage(build.outDir, page)] as const);

/** Every element of a page with its tag name and attributes. */
function elements($: CheerioAPI): { tag: string; attributes: Record<string, string> }[] {
  return $('*')
    .toArray()
    .map((element) => ({ tag: String($(element).prop('tagName')).toLowerCase(), attributes: $(element).attr() ?? {} }));
}

/** A scheme a browser would run or load: read after removing what browsers ignore (blanks, controls, escapes). */
function isDangerousUrl(value: string): boolean {
  let decoded = value;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    // Kept as written.
  }
  return /^(javascript|vbscript|data|file):/i.test(decoded.replace(/[\u0000-\u0020\u007f-\u009f]/g, ''));
}

describe('a site built from hostile partner content', () => {
  it('builds, with a page for every hostile profile', () => {
    expect(build.status, build.output).toBe(0);
    for (const id of HOSTILE_PROFILES) expect(pages).toContain(`organismes/${id}/index.html`);
  });

  it('has no script element coming from content', () => {
    for (const [page, $] of documents()) {
      $('script').each((_, script) => {
        if ($(script).attr('type') === 'application/ld+json') {
          // Structured data may quote hostile text, as data only: it must parse and never close its element.
          const raw = $(script).html() ?? '';
          expect(() => JSON.parse(raw), page).not.toThrow();
          expect(raw, page).not.toMatch(/<\/?script|<!--/i);
          return;
        }
        const source = `${$(script).attr('src') ?? ''} ${$(script).text()}`;
        expect(source, page).not.toMatch(/XSS|alert\(/);
        const src = $(script).attr('src');
        // The site's own scripts are served by the site itself.
        if (src) expect(src, page).toMatch(/^\/(?!\/)/);
      });
    }
  });

  it('has no event handler attribute', () => {
    for (const [page, $] of documents()) {
      const handlers = elements($).flatMap(({ tag, attributes }) =>
        Object.keys(attributes)
          .filter((name) => /^on/i.test(name))
          .map((name) => `<${tag} ${name}>`),
      );
      expect(handlers, page).toEqual([]);
    }
  });

  it('has no javascript:, vbscript: or data: address in any link, image, form or object', () => {
    for (const [page, $] of documents()) {
      const dangerous = elements($).flatMap(({ tag, attributes }) =>
        Object.entries(attributes)
          .filter(([name, value]) => /^(href|src|action|formaction|data|poster|xlink:href|srcset|background|srcdoc)$/i.test(name) && isDangerousUrl(value))
          .map(([name, value]) => `<${tag} ${name}="${value}">`),
      );
      expect(dangerous, page).toEqual([]);
    }
  });

  it('has no embedded frame, object, form, style sheet, meta refresh or base from content', () => {
    for (const [page, $] of documents()) {
      // The site's own search and map controls are chrome, not content.
      $('main [data-site-control]').remove();
      expect($('iframe, frame, object, embed, applet, base, meta[http-equiv], svg script, main style, main link, main form, main input:not([type=checkbox]), main button, main template').length, page).toBe(0);
      expect($('link[href*="evil"], style:contains("XSS")').length, page).toBe(0);
    }
  });

  it('has no style attribute in the content of a page', () => {
    for (const [page, $] of documents()) expect($('main [style]').length, page).toBe(0);
  });

  it('points to no other site than the ones content may link to', () => {
    for (const [page, $] of documents()) expect($('[href*="evil.example"], [src*="evil.example"], [action*="evil.example"]').length, page).toBe(0);
  });

  it('shows raw HTML written in the Markdown as text', () => {
    const body = readPage(build.outDir, 'organismes/html-dans-le-corps')('.prose').text();
    // Typographic quotes may replace straight ones in text: only the tags are compared.
    expect(body).toContain('Balise script : <script>alert(');
    expect(body).toContain('<img src=x onerror="alert(');
  });

  it('shows HTML written in front-matter fields as text, in the page and in its head', () => {
    const $ = readPage(build.outDir, 'organismes/champs-html');
    expect($('h1').text()).toBe("<script>alert('XSS-20')</script>Organisme « HTML »");
    expect($('title').text()).toContain("<script>alert('XSS-20')</script>");
    expect($('main').text()).toContain("<img src=x onerror=alert('XSS-30')>");
    expect($('main').text()).toContain("<script>alert('XSS-33')</script>");
    expect($('meta[name=description]').attr('content')).toContain('<a href="javascript:alert(\'XSS-22\')">');
  });

  it('keeps the safe links of hostile profiles and drops the text of none', () => {
    const $ = readPage(build.outDir, 'organismes/liens-markdown');
    expect($('main a[href="https://patrojonquiere.org"]').length).toBe(1);
    expect($('main a[href="mailto:info@exemple.org"]').length).toBe(1);
    expect($('.prose').text()).toContain('Lien Markdown : cliquez');
    expect($('.prose td').length).toBe(2);
  });

  it('renders very long fields whole', () => {
    const $ = readPage(build.outDir, 'organismes/champs-tres-longs');
    expect($('h1').text().length).toBeGreaterThan(1500);
    expect($('.prose').text()).toContain('x'.repeat(50_000));
  });
});
