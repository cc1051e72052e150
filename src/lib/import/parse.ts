import i18nCountries from 'i18n-iso-countries';
import type { ClosedState, EditionDef, FieldDef, QuestionDef } from '../../questionnaire/index.ts';
import type { Draft, DraftLink } from '../scaffold/draft.ts';
import { toLines } from './lines.ts';
import type { SourceLine } from './lines.ts';
import { readMark, readPlainAnswer, readYesNoLine } from './marks.ts';
import type { Mark, YesNoReading } from './marks.ts';
import { compact, compactText, continuesWording, dice, matchWording, SUPERSCRIPTS } from './match.ts';
import type { WordingMatch } from './match.ts';

/*
 * A returned questionnaire (as plain lines) -> a draft response and a report.
 * Boundaries come from the form's own wording, taken from the questionnaire
 * definition, so numbering may be missing (Word's automatic lists), questions may
 * be reordered or left out, and the city's text is kept verbatim. Every line is
 * accounted for: placed in a field, recognised as the form's own text, or listed
 * as unplaced.
 */

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

export interface ParseOptions {
  readonly edition: EditionDef;
  /** ISO code from the command line; wins over the country named in the document. */
  readonly country?: string;
}

type ClosedReading =
  | { readonly how: 'marked'; readonly reading: YesNoReading; readonly line: number }
  | { readonly how: 'plain'; readonly value: 'yes' | 'no'; readonly text: string; readonly line: number }
  | { readonly how: 'item'; readonly mark: Mark; readonly line: number };

interface QuestionState {
  readonly q: QuestionDef;
  /** The question's wording was printed in the document (not only inferred from a section heading). */
  found: boolean;
  closed: Map<string, ClosedReading>;
  options: Map<string, Mark>;
  texts: Map<string, string[]>;
  links: Map<string, DraftLink[]>;
  accounts: { platform: string; url: string }[];
  person: Map<string, Record<string, string>>;
  /** Any answer content seen yet (for "the first line is Yes/No"). */
  content: boolean;
  /** Field key and source line of the last text line, to keep paragraphs together. */
  lastText: { key: string; line: number } | null;
}

const ENUMERATOR = /^(?:[-•*·–]\s+)?(?:([IVX]+)\.)?(?:(\d{1,2})[.)]|([a-h])[.)])\s+/;
const BULLET = /^[-•*·–]\s+/;
const URL = /\bhttps?:\/\/[^\s<>"«»]+/gi;
const HAS_URL = /\bhttps?:\/\//i;
const TRAILING_URL_PUNCT = /[.,;:!?'"]+$/;
const PERSON_LINE =
  /^(?:[-•*·]\s*)?(name|full name|title|position|job title|organi[sz]ation|department|e-?mail(?: address)?|phone(?: number)?|telephone|tel\.?|mobile)\s*:\s*(.*)$/i;
const DATE_LINE = /^(?:[-•*·]\s*)?(?:submission date|date of submission|date submitted|date)\s*:\s*(.*)$/i;
const TERMINAL = /[.!?:;"'»”)\]]$/;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function personPart(label: string): string {
  const l = label.toLowerCase();
  if (l.includes('mail')) return 'email';
  if (l.startsWith('tel') || l.startsWith('phone') || l === 'mobile') return 'phone';
  if (l.startsWith('organi') || l === 'department') return 'organization';
  if (l.includes('title') || l === 'position') return 'title';
  return 'name';
}

/** "May 3, 2023", "3 May 2023", "2023-05-03", "03.05.2023" (day first) -> YYYY-MM-DD, or null. */
export function parseDate(text: string): string | null {
  const t = text.trim().replace(/[.,]$/, '');
  const pad = (n: number) => String(n).padStart(2, '0');
  const valid = (y: number, m: number, d: number) => {
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? `${y}-${pad(m)}-${pad(d)}` : null;
  };
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
  if (m) return valid(Number(m[3]), Number(m[2]), Number(m[1]));
  const month = (s: string) => MONTHS.findIndex((name) => name.startsWith(s.toLowerCase().slice(0, 3))) + 1;
  m = /^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(t);
  if (m?.[1] && month(m[1]) > 0) return valid(Number(m[3]), month(m[1]), Number(m[2]));
  m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(t);
  if (m?.[2] && month(m[2]) > 0) return valid(Number(m[3]), month(m[2]), Number(m[1]));
  return null;
}

/** Percentages quoted in a text ("93.3%", "85,13 %", "12 per cent"), as numbers. */
export function percentagesIn(text: string): number[] {
  const values = new Set<number>();
  for (const m of text.matchAll(/(?<![\d.,])(\d{1,3}(?:[.,]\d+)?)\s?(?:%|per ?cent\b)/gi)) {
    const v = Number((m[1] ?? '').replace(',', '.'));
    if (Number.isFinite(v) && v >= 0 && v <= 100) values.add(v);
  }
  return [...values];
}

function cleanUrl(url: string): string {
  let u = url.replace(TRAILING_URL_PUNCT, '');
  // A closing parenthesis belongs to the URL only when it opened one.
  while (u.endsWith(')') && !u.slice(0, -1).includes('(')) u = u.slice(0, -1);
  return u;
}

function stripLead(s: string): string {
  return s
    .replace(SUPERSCRIPTS, '')
    .replace(/^[\s:;,.?!–—-]+/, '')
    .trim();
}

/** Every sentence of the form's own wording, for recognising stray form text. */
function formSentences(def: EditionDef): string[] {
  const texts = def.questions.flatMap((q) => [
    q.wording,
    ...q.fields.flatMap((f) => [f.wording ?? '', ...(f.options ?? []).map((o) => o.label)]),
  ]);
  const out = new Set<string>();
  for (const t of texts) {
    out.add(compactText(t));
    for (const s of t.split(/(?<=[.?!:])\s+/)) out.add(compactText(s));
  }
  // The prompt the form prints under yes/no questions with an explanation.
  out.add(compactText('If Yes, please explain further and provide links.'));
  return [...out].filter((s) => s.length >= 10);
}

export function parseQuestionnaire(text: string, options: ParseOptions): { draft: Draft; report: ImportReport } {
  const def = options.edition;
  const lines = toLines(text);
  const sentences = formSentences(def);
  const boilerplate = [...def.boilerplate, def.title, def.title.replace(/\s*\d{4}$/, '')].map(compactText);
  const definitions = def.definitions.map((d) => ({ ...d, compact: compactText(d.text) }));
  const questionWordings = def.questions.map((q) => ({ q, wording: compact(q.wording) }));

  const states = new Map<string, QuestionState>();
  const order: string[] = [];
  const unplaced: UnplacedLine[] = [];
  const stripped: StrippedLine[] = [];
  const todos: Record<string, string> = {};
  const notes: Record<string, string> = {};
  const comments: Record<string, string> = {};
  let cityName: string | undefined;
  let countryCode: string | undefined = options.country;
  let countryFromDocument: string | undefined;
  let submitted: string | undefined;
  let submittedRaw: string | undefined;

  let current: QuestionState | null = null;
  let section: string | null = null;
  let field: FieldDef | null = null;
  let pending: string | null = null;
  /** Footnotes or page furniture were removed since the last answer line: a paragraph may continue. */
  let interrupted = false;

  const stateOf = (q: QuestionDef): QuestionState => {
    let s = states.get(q.id);
    if (!s) {
      s = {
        q,
        found: false,
        closed: new Map(),
        options: new Map(),
        texts: new Map(),
        links: new Map(),
        accounts: [],
        person: new Map(),
        content: false,
        lastText: null,
      };
      states.set(q.id, s);
    }
    return s;
  };
  const strip = (line: SourceLine, kind: StrippedLine['kind']) => {
    stripped.push({ line: line.number, text: line.text, kind });
    if (kind !== 'form text') interrupted = true;
  };
  const unplace = (line: SourceLine, text: string, reason: string) => unplaced.push({ line: line.number, text, reason });

  function isFootnote(text: string): boolean {
    const m = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+|\[\d+\]|\d{1,2}(?=\s+\S))\s*(.+)$/.exec(text);
    const body = compactText(m ? (m[2] ?? '') : text);
    if (body.length < 10) return false;
    return definitions.some((d) => {
      const similarity = dice(body, d.compact);
      // A superscript-numbered line is a footnote if it resembles a definition; otherwise it must be nearly identical.
      return m && /^[⁰¹²³⁴⁵⁶⁷⁸⁹]/.test(m[1] ?? '') ? similarity >= 0.6 : similarity >= 0.9;
    });
  }

  function isFurniture(text: string): 'page furniture' | 'introduction' | null {
    const c = compactText(text);
    if (!c) return 'page furniture';
    if (boilerplate.some((b) => b === c || (c.length >= 20 && dice(b, c) >= 0.9))) return 'page furniture';
    if (/^page\d+(of\d+)?$/.test(c)) return 'page furniture';
    const intro = compact(def.introduction);
    if (c.length >= 60 && (matchWording(text, intro)?.complete || dice(c, intro.text) >= 0.8)) return 'introduction';
    if (c.includes('foranyquestionaboutthisquestionnaire')) return 'introduction';
    return null;
  }

  function sectionOf(text: string): string | null {
    const m = /^([IVX]+)\.?\s+(.+)$/.exec(text);
    const title = compactText(m ? (m[2] ?? '') : text);
    for (const s of def.sections) {
      const t = compactText(s.title);
      if (m && m[1] === s.id && (title === t || dice(title, t) >= 0.8)) return s.id;
      if (!m && title === t) return s.id;
    }
    return null;
  }

  function bestQuestion(text: string): { q: QuestionDef; match: WordingMatch; rank: number } | null {
    const en = ENUMERATOR.exec(text);
    const number = en?.[2] ? Number(en[2]) : null;
    const sectionPrinted = en?.[1] ?? null;
    const body = en ? text.slice(en[0].length) : text.replace(BULLET, '');
    let best: { q: QuestionDef; match: WordingMatch; rank: number } | null = null;
    const currentIndex = current ? def.questions.indexOf(current.q) : -1;
    for (const { q, wording } of questionWordings) {
      const match = matchWording(body, wording);
      if (!match) continue;
      const sec = sectionPrinted ?? section;
      let rank = match.score + (match.complete ? 0.05 : 0);
      if (number !== null && q.number === number && q.section === sec) rank += 0.05;
      else if (q.section === sec) rank += 0.02;
      if (def.questions.indexOf(q) > currentIndex) rank += 0.01;
      // Between a wording and a longer one that starts the same way, the longer match wins.
      rank += (match.complete ? wording.text.length : 0) / 1e5;
      if (!best || rank > best.rank) best = { q, match, rank };
    }
    return best;
  }

  function bestField(text: string): { f: FieldDef; option?: string; match: WordingMatch; mark: Mark } | null {
    if (!current) return null;
    // Marks are glyphs (see lines.ts), which matching ignores; the remainder keeps them for the Yes/No reading.
    const { mark } = readMark(text);
    const lead = /^(?:[☒☐]\s*)+/.exec(text)?.[0] ?? '';
    const rest = text.slice(lead.length);
    const en = ENUMERATOR.exec(rest);
    const body = (en ? rest.slice(en[0].length) : rest.replace(BULLET, '')).replace(/\s*\(New\)\s*$/i, '');
    let best: { f: FieldDef; option?: string; match: WordingMatch; mark: Mark } | null = null;
    for (const f of current.q.fields) {
      const candidates: { wording: string; option?: string }[] = [];
      if (f.wording) candidates.push({ wording: f.wording.replace(/^[a-h]\.\s+/, '') });
      for (const o of f.options ?? []) candidates.push({ wording: o.label, option: o.value });
      for (const c of candidates) {
        const match = matchWording(body, c.wording);
        if (!match) continue;
        if (!best || match.score > best.match.score) best = { f, match, mark, ...(c.option ? { option: c.option } : {}) };
      }
    }
    return best;
  }

  function setClosed(s: QuestionState, f: FieldDef, reading: ClosedReading) {
    if (!s.closed.has(f.key)) s.closed.set(f.key, reading);
  }

  /** The question's own yes/no field (a closed field without sub-wording). */
  const answerField = (s: QuestionState) => s.q.fields.find((f) => f.kind === 'closed' && !f.wording);
  const linksField = (s: QuestionState): FieldDef | undefined => {
    if (field?.kind === 'links') return field;
    const all = s.q.fields.filter((f) => f.kind === 'links');
    return all.length === 1 ? all[0] : undefined;
  };
  const textField = (s: QuestionState): FieldDef | undefined => {
    if (field?.kind === 'text') return field;
    return s.q.fields.find((f) => f.kind === 'text' && f.key === 'explanation');
  };

  function addLink(s: QuestionState, f: FieldDef, link: DraftLink) {
    const list = s.links.get(f.key) ?? [];
    const url = typeof link === 'string' ? link : link.url;
    if (!list.some((l) => (typeof l === 'string' ? l : l.url) === url)) list.push(link);
    s.links.set(f.key, list);
  }

  function addText(s: QuestionState, f: FieldDef, line: SourceLine, text: string, afterInterruption = false) {
    const paras = s.texts.get(f.key) ?? [];
    const last = paras.at(-1);
    const sameBlock = !line.startsParagraph && s.lastText?.key === f.key && s.lastText.line === line.number - 1;
    const rejoin =
      last !== undefined &&
      afterInterruption &&
      s.lastText?.key === f.key &&
      !TERMINAL.test(last) &&
      (/^\p{Ll}/u.test(text) || /\p{L}-$/u.test(last));
    if (last !== undefined && rejoin) paras[paras.length - 1] = /\p{L}-$/u.test(last) ? `${last}${text}` : `${last} ${text}`;
    else if (last !== undefined && sameBlock) paras[paras.length - 1] = `${last}\n${text}`;
    else paras.push(text);
    s.texts.set(f.key, paras);
    s.lastText = { key: f.key, line: line.number };
  }

  function header(line: SourceLine, text: string) {
    const labelled = /^(city(?:\/municipality)?|municipality|name of (?:the )?city|country)\s*:\s*(.+)$/i.exec(text);
    const value = labelled ? (labelled[2] ?? '').trim() : text;
    const isCountryLabel = labelled?.[1]?.toLowerCase() === 'country';
    const code = i18nCountries.getAlpha2Code(value, 'en');
    if (code && (isCountryLabel || !labelled)) {
      countryFromDocument = value;
      countryCode ??= code;
      return;
    }
    if (!cityName && !isCountryLabel && value.length <= 60 && !HAS_URL.test(value) && !/\d{3,}/.test(value)) {
      cityName = value;
      return;
    }
    unplace(line, text, isCountryLabel ? `country "${value}" not recognised; pass --country XX` : 'text before the first section');
  }

  /** Place one piece of answer content in the current question. */
  function content(line: SourceLine, text: string) {
    const t = text.trim();
    if (!t) return;
    if (!current) {
      if (!section) header(line, t);
      else unplace(line, t, 'no question to attach it to');
      return;
    }
    const s = current;
    const wasInterrupted = interrupted;
    interrupted = false;
    if (!s.found && !order.includes(s.q.id)) order.push(s.q.id);

    const date = DATE_LINE.exec(t);
    if (date) {
      const raw = (date[1] ?? '').trim();
      if (raw) {
        submittedRaw = raw;
        submitted = parseDate(raw) ?? undefined;
        if (!submitted) todos['submitted'] = `could not read the date "${raw}": write it as YYYY-MM-DD`;
      }
      s.content = true;
      return;
    }
    const person = PERSON_LINE.exec(t);
    const personField = s.q.fields.find((f) => f.kind === 'person');
    if (person && personField) {
      const value = (person[2] ?? '').replace(/^mailto:/i, '').trim();
      if (value) {
        const record = s.person.get(personField.key) ?? {};
        const part = personPart(person[1] ?? '');
        if (record[part]) unplace(line, t, `${s.q.id} ${personField.label}: a second ${part}`);
        else record[part] = value;
        s.person.set(personField.key, record);
        s.content = true;
      } else stripped.push({ line: line.number, text: t, kind: 'form text' });
      return;
    }

    const yesNo = readYesNoLine(t);
    if (yesNo) {
      const f = field?.kind === 'closed' ? field : answerField(s);
      if (f) setClosed(s, f, { how: 'marked', reading: yesNo, line: line.number });
      else unplace(line, t, `${s.q.id} has no yes/no answer`);
      return;
    }
    const answer = answerField(s);
    if (answer && !s.content && !s.closed.has(answer.key) && field?.kind !== 'text') {
      const plain = readPlainAnswer(t);
      if (plain) {
        setClosed(s, answer, { how: 'plain', value: plain.value, text: t, line: line.number });
        s.content = true;
        if (!plain.keepAsText) return;
      }
    }
    s.content = true;

    const urls = [...t.matchAll(URL)].map((m) => cleanUrl(m[0]));
    if (urls.length) {
      const rest = t
        .replace(URL, ' ')
        .replace(/[\s,;()<>]+/g, ' ')
        .trim();
      const lf = linksField(s);
      const accountsField = s.q.fields.find((f) => f.kind === 'accounts');
      const first = urls[0] ?? '';
      const urlFirst = new RegExp(`^${escape(first)}\\S*\\s*[-–—]\\s+(.+)$`).exec(t);
      const labelFirst = /^(.{1,80}?)\s*(?::|[-–—]|\()\s*https?:\/\/\S+?\)?$/i.exec(t);
      if (urls.length > 0 && !rest && lf) {
        for (const url of urls) addLink(s, lf, url);
        s.lastText = null;
        return;
      }
      if (urls.length === 1 && urlFirst && lf) {
        addLink(s, lf, { url: first, label: (urlFirst[1] ?? '').trim() });
        s.lastText = null;
        return;
      }
      if (urls.length === 1 && labelFirst) {
        const label = (labelFirst[1] ?? '').replace(BULLET, '').trim();
        if (accountsField && label.split(/\s+/).length <= 3 && label.length <= 30) {
          s.accounts.push({ platform: label, url: first });
          s.lastText = null;
          return;
        }
        if (lf) {
          addLink(s, lf, { url: first, label });
          s.lastText = null;
          return;
        }
      }
      // Otherwise the URL is part of a sentence: it stays in the text (and is linked when shown).
    }
    const tf = textField(s);
    if (tf) {
      addText(s, tf, line, t, wasInterrupted);
      return;
    }
    unplace(line, t, urls.length ? `${s.q.id} has no field for this link` : `${s.q.id} has no free-text field here`);
  }

  for (const line of lines) {
    const text = line.text;
    if (isFootnote(text)) {
      strip(line, 'footnote');
      continue;
    }
    const furniture = isFurniture(text);
    if (furniture) {
      strip(line, furniture);
      continue;
    }
    if (pending) {
      const cont = continuesWording(text.replace(/\s*\(New\)\s*$/i, ''), pending);
      if (cont) {
        pending = cont.pending || null;
        stripped.push({ line: line.number, text, kind: 'form text' });
        if (cont.remainder && stripLead(cont.remainder)) content(line, stripLead(cont.remainder));
        continue;
      }
      pending = null;
    }
    const sec = sectionOf(text);
    if (sec) {
      section = sec;
      field = null;
      const first = def.questions.find((q) => q.section === sec && !states.get(q.id)?.found);
      current = first ? stateOf(first) : null;
      stripped.push({ line: line.number, text, kind: 'form text' });
      continue;
    }
    const question = bestQuestion(text);
    const sub = bestField(text);
    if (question && !(sub && sub.match.score >= question.match.score)) {
      const s = stateOf(question.q);
      if (!(s === current && s.found)) {
        if (!s.found) order.push(question.q.id);
        s.found = true;
        current = s;
        section = question.q.section;
        field = null;
      }
      pending = question.match.pending || null;
      stripped.push({ line: line.number, text, kind: 'form text' });
      const rest = stripLead(question.match.remainder);
      if (rest) content(line, rest);
      continue;
    }
    if (sub && current) {
      const s = current;
      field = sub.f;
      pending = sub.match.pending || null;
      stripped.push({ line: line.number, text, kind: 'form text' });
      const rest = stripLead(sub.match.remainder);
      if (sub.option) {
        s.options.set(sub.option, sub.mark);
        if (rest) {
          const other = s.q.fields.find((f) => f.kind === 'text' && f.key.endsWith('_other'));
          if (sub.option === 'other' && other) addText(s, other, line, rest);
          else unplace(line, rest, `${s.q.id}: text after an option`);
        }
        continue;
      }
      if (sub.f.kind === 'closed') {
        const yesNo = rest ? readYesNoLine(rest) : null;
        if (yesNo) setClosed(s, sub.f, { how: 'marked', reading: yesNo, line: line.number });
        else if (sub.mark !== 'none' || !rest) setClosed(s, sub.f, { how: 'item', mark: sub.mark, line: line.number });
        else content(line, rest);
        continue;
      }
      if (rest) content(line, rest);
      continue;
    }
    const body = text.replace(ENUMERATOR, '').replace(BULLET, '');
    const c = compactText(body);
    if (c.length >= 10 && sentences.some((sentence) => sentence === c || (c.length >= 20 && dice(sentence, c) >= 0.92))) {
      stripped.push({ line: line.number, text, kind: 'form text' });
      continue;
    }
    if (/^\d{1,2}[.)]\s+\S.*\?$/.test(text) && current) {
      unplace(line, text, 'looks like a question, but not one of this edition');
      continue;
    }
    content(line, text);
  }

  // ---- From what was read to the draft ---------------------------------------------
  const answers: Record<string, Record<string, unknown>> = {};
  const urls: PlacedUrl[] = [];
  const notGiven: string[] = [];
  const todo = (path: string, reason: string) => {
    todos[`answers.${path}`] = reason;
  };
  const noteParts = new Map<string, string[]>();
  const note = (qid: string, text: string) => noteParts.set(qid, [...(noteParts.get(qid) ?? []), text]);

  for (const q of def.questions) {
    const s = states.get(q.id);
    const out: Record<string, unknown> = {};
    const missing = !s?.found && !(s && (s.content || s.closed.size || s.options.size));
    const checklist = q.fields.filter((f) => f.kind === 'closed' && f.wording && s?.closed.get(f.key)?.how === 'item');
    const anyTicked = checklist.some((f) => {
      const r = s?.closed.get(f.key);
      return r?.how === 'item' && r.mark === 'chosen';
    });
    const anyBox = checklist.some((f) => {
      const r = s?.closed.get(f.key);
      return r?.how === 'item' && r.mark !== 'none';
    });
    let unmarkedItems = 0;

    for (const f of q.fields) {
      const path = `${q.id}.${f.key}`;
      switch (f.kind) {
        case 'closed': {
          const r = s?.closed.get(f.key);
          let value: ClosedState = 'not_legible_in_source';
          if (!r) {
            todo(
              path,
              missing
                ? 'question not found in the document: check the original'
                : 'the document does not show the choice: check the original',
            );
          } else if (r.how === 'plain') {
            value = r.value;
            comments[`answers.${path}`] = r.text.length <= 4 ? `document shows "${r.text}"` : `stated in the respondent's text`;
            note(
              q.id,
              r.text.length <= 4
                ? `The document shows only "${r.text}".`
                : `The respondent's text begins "${r.text.length > 60 ? `${r.text.slice(0, 60).replace(/\s+\S*$/, '')}…` : r.text}".`,
            );
          } else if (r.how === 'marked') {
            const label = f.wording ? `${f.label}: ` : '';
            if (r.reading.kind === 'answer') value = r.reading.value;
            else if (r.reading.kind === 'blank') {
              value = 'not_answered';
              note(q.id, `${label}both boxes are empty in the document.`);
            } else if (r.reading.kind === 'conflict') {
              todo(path, 'both Yes and No are ticked: check the original');
              note(q.id, `${label}both Yes and No are ticked in the document.`);
            } else {
              todo(path, 'the document shows "Yes No" without a mark: check the original');
              comments[`answers.${path}`] = 'document shows "Yes No"';
              note(q.id, `${label}the document shows both options ("Yes No") without a mark, so the choice cannot be read.`);
            }
          } else {
            // A checklist item: ticked = yes; unticked = no when others are ticked; no boxes at all = not legible.
            if (r.mark === 'chosen') value = 'yes';
            else if (r.mark === 'unchosen') value = anyTicked ? 'no' : 'not_answered';
            else {
              unmarkedItems++;
              todo(path, 'listed without a check mark: check the original');
            }
          }
          out[f.key] = value;
          break;
        }
        case 'choice': {
          const marks = [...(s?.options ?? new Map<string, Mark>()).entries()];
          const chosen = marks.filter(([, m]) => m === 'chosen').map(([v]) => v);
          let value = 'not_legible_in_source';
          if (chosen.length === 1 && chosen[0]) value = chosen[0];
          else if (chosen.length > 1) {
            todo(path, `several options ticked (${chosen.join(', ')}): check the original`);
            note(q.id, `Several ${f.label.toLowerCase()} options are ticked in the document.`);
          } else if (marks.length && marks.every(([, m]) => m === 'unchosen')) value = 'not_answered';
          else {
            todo(
              path,
              marks.length
                ? 'the options are listed without a mark: check the original'
                : 'the options are not in the document: check the original',
            );
            if (marks.length)
              note(q.id, `The document lists the ${f.label.toLowerCase()} options without a mark, so the choice cannot be read.`);
          }
          out[f.key] = value;
          break;
        }
        case 'text': {
          const paras = s?.texts.get(f.key);
          if (paras?.length) out[f.key] = paras.join('\n\n');
          break;
        }
        case 'links': {
          const list = s?.links.get(f.key);
          if (list?.length) {
            out[f.key] = list;
            for (const l of list) urls.push({ field: path, url: typeof l === 'string' ? l : l.url });
          }
          break;
        }
        case 'accounts': {
          if (s?.accounts.length) {
            out[f.key] = s.accounts;
            for (const a of s.accounts) urls.push({ field: path, url: a.url });
          }
          break;
        }
        case 'person': {
          const p = s?.person.get(f.key);
          if (p && Object.keys(p).length) out[f.key] = p;
          break;
        }
        case 'percent': {
          const text = [...(s?.texts.values() ?? [])].flat().join('\n');
          const values = percentagesIn(text);
          if (values.length === 1) {
            out[f.key] = values[0];
            comments[`answers.${path}`] = 'from the text';
          } else if (values.length > 1)
            todo(path, `several percentages in the text (${values.join(', ')}): choose the one the question asks for, or leave out`);
          else if (s) notGiven.push(path);
          break;
        }
        case 'figures': {
          if (s?.texts.size) comments[`answers.${path}`] = 'figures quoted in the text are not extracted: add them by hand if wanted';
          break;
        }
      }
    }
    if (unmarkedItems > 1 && !anyBox)
      note(q.id, `The document lists ${unmarkedItems} items without check marks, so which were checked cannot be read.`);
    answers[q.id] = out;
  }
  for (const [qid, parts] of noteParts) notes[qid] = parts.map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join(' ');

  if (!cityName) todos['city.name'] = 'city name not found at the top of the form';
  if (!countryCode)
    todos['city.country'] = countryFromDocument
      ? `country "${countryFromDocument}" not recognised`
      : 'country not found at the top of the form: pass --country XX';
  if (!submitted && !todos['submitted'])
    todos['submitted'] = submittedRaw ? `could not read "${submittedRaw}"` : 'submission date not found: write it as YYYY-MM-DD';

  const draft: Draft = {
    edition: def.edition,
    city: { ...(cityName ? { name: cityName } : {}), ...(countryCode ? { country: countryCode } : {}) },
    ...(submitted ? { submitted } : {}),
    notes,
    answers,
    todos,
    comments,
  };
  const found = order;
  return {
    draft,
    report: {
      edition: def.edition,
      questionsFound: found,
      questionsMissing: def.questions.filter((q) => !order.includes(q.id)).map((q) => q.id),
      urls,
      todos,
      unplaced,
      stripped,
      notGiven,
    },
  };
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
