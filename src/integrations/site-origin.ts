import type { AstroIntegration } from 'astro';
import { SITE_UNSET_WARNING } from '../lib/site/origin.ts';

/** Warns at the start of a build whose config has no `site` (LGQ_SITE unset): its pages carry no absolute address. */
export default function siteOriginWarning(): AstroIntegration {
  let site: string | undefined;
  return {
    name: 'lgq-site-origin',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      'astro:build:start': ({ logger }) => {
        if (!site) logger.warn(SITE_UNSET_WARNING);
      },
    },
  };
}
