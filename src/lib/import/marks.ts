/*
 * Check-box marks as they appear in returned forms. Word's check-box content
 * controls come through as ☒/☐ (see docx.ts); typed forms use [x] / [ ].
 */

export const CHOSEN_MARK = /☒|☑|✓|✔|✅|\[[xX✓✔]\]|\([xX✓✔]\)/;
export const UNCHOSEN_MARK = /☐|□|\[ ?\]|\( ?\)/;
const ANY_MARK = new RegExp(`${CHOSEN_MARK.source}|${UNCHOSEN_MARK.source}`, 'g');

export type Mark = 'chosen' | 'unchosen' | 'none';

/** The check-box mark on a line (chosen wins when both appear), and the line without marks. */
export function readMark(line: string): { mark: Mark; text: string; marks: number } {
  const found = line.match(ANY_MARK) ?? [];
  const text = line
    .replace(ANY_MARK, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
  if (!found.length) return { mark: 'none', text, marks: 0 };
  return { mark: found.some((m) => CHOSEN_MARK.test(m)) ? 'chosen' : 'unchosen', text, marks: found.length };
}

export type YesNoReading =
  /** A Yes/No line with exactly one box ticked. */
  | { readonly kind: 'answer'; readonly value: 'yes' | 'no' }
  /** Boxes printed, none ticked: the city left it blank. */
  | { readonly kind: 'blank' }
  /** Both ticked. */
  | { readonly kind: 'conflict' }
  /** "Yes No" printed without any marks: which one was chosen cannot be read. */
  | { readonly kind: 'unmarked' };

const OPTION = /^(yes|no)$/i;

/**
 * Read a printed Yes/No line such as "☒ Yes ☐ No", "Yes [x] No [ ]" or the
 * text export's bare "Yes No". Null when the line is not (only) such a line.
 */
export function readYesNoLine(line: string): YesNoReading | null {
  const tokens = line
    .replace(new RegExp(ANY_MARK.source, 'g'), (m) => ` ${CHOSEN_MARK.test(m) ? '\u0001' : '\u0000'} `)
    .replace(/[/|,;:]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const words = tokens.filter((t) => t !== '\u0001' && t !== '\u0000');
  if (words.length !== 2 || !words.every((w) => OPTION.test(w))) return null;
  if (words[0]?.toLowerCase() === words[1]?.toLowerCase()) return null;
  const markCount = tokens.length - words.length;
  if (markCount === 0) return { kind: 'unmarked' };
  // Marks come before their option ("☒ Yes") when the line starts with one, else after ("Yes ☒").
  const marksFirst = tokens[0] === '\u0001' || tokens[0] === '\u0000';
  const chosen = new Set<string>();
  tokens.forEach((t, i) => {
    if (t !== '\u0001') return;
    const option = marksFirst ? tokens[i + 1] : tokens[i - 1];
    if (option && OPTION.test(option)) chosen.add(option.toLowerCase());
  });
  if (chosen.size === 0) return { kind: 'blank' };
  if (chosen.size > 1) return { kind: 'conflict' };
  return { kind: 'answer', value: chosen.has('yes') ? 'yes' : 'no' };
}

/**
 * A respondent's own "Yes"/"No" where the form printed no boxes: a line that is
 * only "Yes" or "No" (consumed), or that starts "Yes," / "Yes " (kept as text too).
 */
export function readPlainAnswer(line: string): { value: 'yes' | 'no'; keepAsText: boolean } | null {
  const t = line.trim();
  const only = /^(yes|no)\s*[.,;:!]?$/i.exec(t);
  if (only) return { value: only[1]?.toLowerCase() === 'yes' ? 'yes' : 'no', keepAsText: false };
  if (/^yes[,\s]/i.test(t)) return { value: 'yes', keepAsText: true };
  if (/^no,/i.test(t)) return { value: 'no', keepAsText: true };
  return null;
}
