import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { isSafeUrl, safeMarkdownPlugin } from '../../src/lib/safe-markdown';

const processor = await createSatteriMarkdownProcessor({ hastPlugins: [safeMarkdownPlugin] });
const render = async (markdown: string) => (await processor.render(markdown)).code;

describe('isSafeUrl', () => {
  it('accepts web, e-mail and phone addresses and addresses within the site', () => {
    for (const url of ['https://exemple.org/a:b', 'http://x.org', 'mailto:a@b.org', 'tel:+14185421234', '/organismes/', '#services', 'page?q=a:b', 'HTTPS://X.ORG']) {
      expect(isSafeUrl(url), url).toBe(true);
    }
  });

  it('refuses script, data and other schemes however they are written', () => {
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:x', 'java%73cript:x', 'java%20script:x', 'data:text/html,<script>', 'vbscript:x', '\u0001javascript:x', 'java\u200bscript:x', 'file:///etc/passwd']) {
      expect(isSafeUrl(url), JSON.stringify(url)).toBe(false);
    }
  });
});

describe('safe Markdown rendering', () => {
  it('shows raw HTML as text instead of interpreting it', async () => {
    const html = await render('Bonjour <script>alert(1)</script> <b onclick="x()">gras</b>\n\n<iframe src="https://x.org"></iframe>');
    const $ = load(html);
    expect($('script, iframe, b').length).toBe(0);
    expect($.text()).toContain('<script>alert(1)</script>');
  });

  it('keeps the Markdown formatting partners use', async () => {
    const $ = load(await render('## Titre\n\n**gras**, *italique*, [site](https://exemple.org), <https://exemple.org>\n\n- un\n- deux'));
    expect($('h2').text()).toBe('Titre');
    expect($('strong').text()).toBe('gras');
    expect($('a[href="https://exemple.org"]').length).toBe(2);
    expect($('li').length).toBe(2);
  });

  it('removes unsafe link and image addresses, keeping the text', async () => {
    const $ = load(await render('[a](javascript:alert(1)) [b](jav&#x61;script:alert(1)) ![c](data:image/svg+xml,x) [d](<java script:x>)'));
    expect($('a[href]').length).toBe(0);
    expect($('img').length).toBe(0);
    expect($.text()).toContain('a');
    expect($.text()).toContain('c');
  });

  it('drops HTML comments and table alignment styles', async () => {
    const $ = load(await render('<!-- note interne -->\n\n| a | b |\n|:--|--:|\n| 1 | 2 |'));
    expect($('[style]').length).toBe(0);
    expect($.html()).not.toContain('note interne');
    expect($('td').length).toBe(2);
  });
});
