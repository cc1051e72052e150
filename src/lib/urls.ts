/*
 * Every address of the site: pages, profiles, question pages, downloads, schemas and the search
 * bundles. Nothing else builds a path by hand (tests/unit/lib/urls.test.ts scans src/ and scripts/ for
 * it), so a route changes here and only here. Two parts: ./urls/site.ts needs no questionnaire data
 * (client scripts import it directly), ./urls/questions.ts knows the editions.
 */
export * from './urls/site.ts';
export * from './urls/questions.ts';
