// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { editionsRegistryPlugin, registerEditionsHook } from './src/integrations/editions-registry.ts';

// Before the integrations load: they read the questionnaire too (imported below, once the hook is in place).
registerEditionsHook();
const { default: pagefindIndex } = await import('./src/integrations/pagefind.ts');

/*
 * Environment:
 *   LGQ_CONTENT_DIR  folder of response files (default content/responses; the demo uses generated data)
 *   LGQ_OUT_DIR      build output folder (default dist)
 *   LGQ_SITE         the public origin, for canonical URLs and citations
 *   LGQ_LOCALE       the interface language (src/i18n/config.ts; default en, en-XA is the test pseudo-locale)
 *   LGQ_EDITIONS_MODULE  a module standing in for src/questionnaire/editions.ts (the tests' fictional 2099 edition)
 */
export default defineConfig({
  site: process.env.LGQ_SITE ?? 'https://lgq-knowledgebase.example.org',
  outDir: process.env.LGQ_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  devToolbar: { enabled: false },
  cacheDir: process.env.LGQ_CACHE_DIR ?? './node_modules/.astro',
  markdown: { syntaxHighlight: false },
  // Client scripts read the build's locale from import.meta.env (src/i18n/index.ts).
  vite: {
    define: { 'import.meta.env.LGQ_LOCALE': JSON.stringify(process.env.LGQ_LOCALE ?? 'en') },
    plugins: editionsRegistryPlugin(),
  },
  // pagefindIndex last: it indexes the finished pages (astro:build:done).
  integrations: [mdx(), pagefindIndex()],
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
