/*
 * What the search index leaves out of a profile, as CSS selectors: Pagefind's `excludeSelectors` at
 * build time, and the landing-page highlighter's `exclude` in the browser, so a highlighted word is
 * always an indexed one. Dependency-free: the browser bundle imports it.
 */

/** The profile's searchable element (Profile.astro's `<article class="response" data-pagefind-body>`). */
export const PROFILE_BODY = '.response';

/**
 * Words the site puts around every answer, identical on every profile: field labels, checklist item
 * wording, closed-answer states ("✓ Yes", "Not legible in source" and its explanation), badges,
 * "Link to this answer", screen-reader helper text. Indexed, they would match every profile and
 * multiply the index size. Components can also mark such text data-pagefind-ignore themselves.
 */
export const BOILERPLATE_CLASSES = [
  'visually-hidden',
  'answer__label',
  'answer__item',
  'answer__note-label',
  'answer__not-given',
  'answer__withheld',
  'answer__absent',
  'closed',
  'badge',
  'question__meta',
];

/**
 * Elements of a profile never indexed: the boilerplate above; headings (section titles and question
 * wording, the same on every profile: the question's element keeps its id and `data-pagefind-title`
 * as the sub-result anchor); definition terms (field labels such as "Name", "E-mail"); controls and
 * non-text elements.
 */
export const PROFILE_EXCLUDE: readonly string[] = [
  ...BOILERPLATE_CLASSES.map((c) => `${PROFILE_BODY} .${c}`),
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'button', 'template', 'svg', 'script', 'style'].map((tag) => `${PROFILE_BODY} ${tag}`),
];
