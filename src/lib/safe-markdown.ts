/**
 * Keeps partners' Markdown harmless. Astro 7 renders Markdown with Sätteri, which passes raw HTML
 * through untouched and runs no rehype plugin (so rehype-sanitize cannot be used): this is a Sätteri
 * hast plugin, registered in astro.config.mjs, that runs on every Markdown page.
 *
 * - Raw HTML written in a partner's Markdown is shown as text, never interpreted: partners have Markdown
 *   for bold, lists and links, and an allow-list of tags would be one more parser to get right.
 *   HTML comments are dropped.
 * - Links and images keep only web, e-mail and phone addresses (or addresses within the site);
 *   `javascript:`, `data:`, `vbscript:`… are removed, however they were encoded.
 * - No element keeps an event handler (`on…`) or a `style` attribute (Markdown tables add one for
 *   column alignment: the site's stylesheet decides how tables look).
 *
 * In MDX (the coordinator's stories, never partner content), components are JSX nodes, which this plugin
 * does not touch: MDX runs code at build time anyway, so only the coordinator writes it. Its plain
 * Markdown parts (links, images) are cleaned like any other.
 */
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';

type HastPlugin = NonNullable<SatteriProcessorOptions['hastPlugins']>[number];

/** Schemes a link or an image may use; anything without a scheme is an address within the site. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/** Properties holding an address, as hast names them. */
const URL_PROPERTIES = ['href', 'src', 'action', 'formAction', 'poster', 'cite', 'srcSet', 'xLinkHref', 'data', 'background', 'ping'];

/** Elements Markdown never produces and that can run code or load another document. */
const FORBIDDEN_ELEMENTS = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input', 'button',
  'textarea', 'select', 'svg', 'math', 'link', 'meta', 'base', 'template', 'noscript',
]);

/**
 * Is an address safe to put in a page? Browsers ignore tabs, line breaks and control characters inside
 * a scheme (`java\tscript:`) and some decode percent escapes, so the scheme is read after removing both.
 */
export function isSafeUrl(value: string): boolean {
  let decoded = value;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    // A malformed escape is read as written.
  }
  // eslint-disable-next-line no-control-regex
  const compact = decoded.replace(/[\u0000-\u0020\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g, '');
  const colon = compact.indexOf(':');
  if (colon === -1) return true;
  // A colon after the start of a path, query or fragment does not make a scheme: `/a:b`, `?q=a:b`.
  const pathStart = compact.search(/[/?#]/);
  if (pathStart !== -1 && pathStart < colon) return true;
  const scheme = compact.slice(0, colon);
  return SAFE_SCHEMES.has(scheme.toLowerCase());
}

function isComment(raw: string): boolean {
  const trimmed = raw.trim();
  return trimmed.startsWith('<!--') && trimmed.endsWith('-->') && trimmed.indexOf('-->') === trimmed.length - 3;
}

/** The Sätteri hast plugin; see the module comment for what it does. */
export const safeMarkdownPlugin: HastPlugin = {
  name: 'tlpj:safe-markdown',
  raw(node, ctx) {
    if (isComment(node.value)) ctx.removeNode(node);
    else ctx.replaceNode(node, { type: 'text', value: node.value });
  },
  element: {
    filter: [],
    visit(node, ctx) {
      if (FORBIDDEN_ELEMENTS.has(node.tagName) && !(node.tagName === 'input' && node.properties?.type === 'checkbox')) {
        ctx.replaceNode(node, { type: 'text', value: ctx.textContent(node) });
        return;
      }
      for (const [key, value] of Object.entries(node.properties ?? {})) {
        if (/^on/i.test(key) || key.toLowerCase() === 'style') {
          ctx.setProperty(node, key, null);
        } else if (URL_PROPERTIES.includes(key) && !isSafeUrl(Array.isArray(value) ? value.join(' ') : String(value))) {
          if (node.tagName === 'img') {
            // An image from an unsafe address is replaced by its description.
            ctx.replaceNode(node, { type: 'text', value: typeof node.properties?.alt === 'string' ? node.properties.alt : '' });
            return;
          }
          ctx.setProperty(node, key, null);
        }
      }
    },
  },
};
