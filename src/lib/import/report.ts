/* What an import reports besides the draft: every line placed, recognised as the form's own text, or listed. */

export interface UnplacedLine {
  readonly line: number;
  readonly text: string;
  readonly reason: string;
}

export interface StrippedLine {
  readonly line: number;
  readonly text: string;
  readonly kind: 'footnote' | 'page furniture' | 'introduction' | 'form text';
}

export interface PlacedUrl {
  /** Field path, e.g. `I.2.e_services` or `VI.1.accounts`. */
  readonly field: string;
  readonly url: string;
}

export interface ImportReport {
  readonly edition: number;
  /** Question ids whose wording was found in the document, in document order. */
  readonly questionsFound: readonly string[];
  /** Question ids the document does not show. */
  readonly questionsMissing: readonly string[];
  readonly urls: readonly PlacedUrl[];
  /** Field path (as in the draft, e.g. `answers.III.2.sendai`) -> what a human must check. */
  readonly todos: Readonly<Record<string, string>>;
  readonly unplaced: readonly UnplacedLine[];
  readonly stripped: readonly StrippedLine[];
  /** Percent fields left out because the text gives no percentage. */
  readonly notGiven: readonly string[];
}
