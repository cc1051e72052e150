import { LGQ_2022 } from './lgq-2022.ts';
import type { EditionDef } from './types.ts';

/*
 * Every questionnaire edition the knowledgebase knows: add a new edition's module here.
 * A build can swap this module for another registry (LGQ_EDITIONS_MODULE, see astro.config.mjs):
 * that is how the tests build a site with a made-up second edition.
 */
export const EDITION_LIST: readonly EditionDef[] = [LGQ_2022];
