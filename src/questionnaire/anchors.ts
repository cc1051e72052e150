/*
 * URL- and id-safe forms of question and section ids. No edition data: client scripts (through the
 * URL module) import these without pulling the questionnaire into their bundle.
 */

/** `III.2` -> `iii-2`: a URL- and id-safe form of a question id, for anchors and paths. */
export function questionAnchor(id: string): string {
  return id.toLowerCase().replace(/\./g, '-');
}

export function sectionAnchor(sectionId: string): string {
  return `section-${sectionId.toLowerCase()}`;
}
