// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { editionsRegistryPlugin, registerEditionsHook } from './src/integrations/editions-registry.ts';
import siteOriginWarning from './src/integrations/site-origin.ts';
import { siteOrigin } from './src/lib/site/origin.ts';
import { outDir } from './src/lib/data/content-dir.ts';

// Before the integrations load: they read the questionnaire too (imported below, once the hook is in place).
registerEditionsHook();
const site = siteOrigin()?.href;
const { default: pagefindIndex } = await import('./src/integrations/pagefind.ts');
const { default: frameHeaders } = await import('./src/integrations/frame-headers.ts');
const { EMBED_ROOT } = await import('./src/lib/urls/questions.ts');

/*
 * Environment:
 *   LGQ_CONTENT_DIR  folder of response files (default content/responses; the demo uses generated data)
 *   LGQ_OUT_DIR      build output folder (default dist)
 *   LGQ_SITE         the public origin, for canonical URLs, the sitemap and citations; unset, the build
 *                    warns and writes no absolute address (src/lib/site/origin.ts)
 *   LGQ_LOCALE       the interface language (src/i18n/config.ts; default en, en-XA is the test pseudo-locale)
 *   LGQ_EDITIONS_MODULE  a module standing in for src/questionnaire/editions.ts (the tests' fictional 2099 edition)
 */
export default defineConfig({
  // No site without LGQ_SITE: nothing then shows an invented address.
  ...(site ? { site } : {}),
  outDir: outDir(),
  trailingSlash: 'always',
  // Two pages at a time: the chart images are drawn off the main thread (renderPngAsync), so the
  // second core draws them while the first renders pages. Bounded, so memory stays flat.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 2 },
  compressHTML: true,
  devToolbar: { enabled: false },
  cacheDir: process.env.LGQ_CACHE_DIR ?? './node_modules/.astro',
  markdown: { syntaxHighlight: false },
  // Client scripts read the build's locale from import.meta.env (src/i18n/index.ts).
  vite: {
    define: { 'import.meta.env.LGQ_LOCALE': JSON.stringify(process.env.LGQ_LOCALE ?? 'en') },
    plugins: editionsRegistryPlugin(),
  },
  // pagefindIndex after the pages: it indexes the finished pages (astro:build:done).
  // The sitemap needs absolute URLs: written only when LGQ_SITE is set (robots.txt names it then).
  // Embed pages (EMBED_ROOT) are frames for other sites, not pages to list: the sitemap leaves them out.
  integrations: [
    mdx(),
    siteOriginWarning(),
    ...(site ? [sitemap({ filter: (page) => !new URL(page).pathname.startsWith(EMBED_ROOT) })] : []),
    pagefindIndex(),
    // After the integrations that write files (sitemap, Pagefind): it covers every top-level path of the output.
    frameHeaders(),
  ],
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind (search) compiles its WebAssembly with the page's policy when its worker is unavailable.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
