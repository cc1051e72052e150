import { getEdition } from '../../questionnaire/index.ts';
import type { EditionDef, FieldDef, QuestionDef } from '../../questionnaire/index.ts';
import { formatLineSpec } from '../../schemas/evidence.ts';
import type { LineRange } from '../../schemas/evidence.ts';
import { countryInfo } from '../data/countries.ts';

/*
 * The "document as received" of a fictional response: a text export of the filled-in form, laid
 * out like Almaty's (the form's wording, then the answers), written with the evidence block that
 * says on which lines each answer stands and how each Yes/No was read. The demo's source pages,
 * evidence links and the validator's evidence checks then run on every fictional response as they
 * do on a real one. Pure: (response data) -> (text, evidence).
 */

export interface FictionalForm {
  /** The document, lines joined by "\n", ending with a newline. */
  readonly text: string;
  /** The `evidence` block of the response file, as the content model writes it. */
  readonly evidence: Record<string, unknown>;
}

/** How this response's form shows its Yes/No answers: boxes (a returned Word form) or words typed in. */
export type YesNoStyle = 'ticked' | 'written';

const BOX = { on: '☒', off: '☐' } as const;

/** A line spec as YAML writes it best: a bare number for one line, else `"a-b, c"`. */
const lineSpecValue = (ranges: readonly LineRange[]): string | number => {
  const text = formatLineSpec(ranges);
  return /^\d+$/.test(text) ? Number(text) : text;
};

type Stored = Readonly<Record<string, unknown>>;
const isRecord = (v: unknown): v is Stored => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Accumulates lines and remembers which lines each field was written on. */
class FormWriter {
  readonly lines: string[] = [];

  /** Writes `text` (which may hold line breaks) followed by a blank line; returns the range written. */
  block(text: string): LineRange {
    const parts = text.split('\n');
    const from = this.lines.length + 1;
    this.lines.push(...parts);
    const range = { from, to: this.lines.length };
    this.lines.push('');
    return range;
  }

  /** Consecutive lines written as one block each, one range over them all. */
  blocks(texts: readonly string[]): LineRange {
    const ranges = texts.map((t) => this.block(t));
    return { from: ranges[0]?.from ?? 0, to: ranges.at(-1)?.to ?? 0 };
  }
}

function linkLine(value: unknown): string {
  if (typeof value === 'string') return `<${value}>`;
  return isRecord(value) ? `<${String(value['url'])}> - ${String(value['label'])}` : '';
}

/** A Yes/No line as the export shows it; an illegible one shows both options unmarked, as Almaty's does. */
const closedWords = (state: 'yes' | 'no' | 'not_legible_in_source', style: YesNoStyle, wording?: string): string => {
  const prefix = wording ? `${wording} ` : '';
  if (state === 'not_legible_in_source') return `${prefix}Yes No`;
  if (style === 'ticked') return `${prefix}${state === 'yes' ? BOX.on : BOX.off} Yes ${state === 'no' ? BOX.on : BOX.off} No`;
  return `${prefix}${state === 'yes' ? 'Yes' : 'No'}`;
};

/** The lines of one field, and its evidence entry (undefined when the field writes nothing). */
function writeField(w: FormWriter, q: QuestionDef, field: FieldDef, value: unknown, style: YesNoStyle): unknown {
  const spec = (r: LineRange) => lineSpecValue([r]);
  // A sub-question's own words head its answer (closed ones carry them on the Yes/No line).
  if (field.wording && field.kind !== 'closed') w.block(field.kind === 'links' ? `${field.wording}:` : field.wording);
  switch (field.kind) {
    case 'closed': {
      if (q.checklist) {
        const mark = value === 'yes' ? `${BOX.on} ` : value === 'no' ? `${BOX.off} ` : '';
        const lines = spec(w.block(`${mark}${field.wording ?? field.label}`));
        if (value === 'yes' || value === 'no') return { lines, basis: 'ticked' };
        return value === 'not_legible_in_source' ? lines : undefined;
      }
      if (value === 'yes' || value === 'no') return { lines: spec(w.block(closedWords(value, style, field.wording))), basis: style };
      if (value === 'not_legible_in_source') return spec(w.block(closedWords(value, style, field.wording)));
      // Not answered: the form's empty boxes (or the sub-question alone), and no evidence.
      const blank = style === 'ticked' ? `${BOX.off} Yes ${BOX.off} No` : '';
      const line = [field.wording, blank].filter(Boolean).join(' ');
      if (line) w.block(line);
      return undefined;
    }
    case 'choice': {
      const options = (field.options ?? []).map((o) => `${value === o.value ? `${BOX.on} ` : `${BOX.off} `}${o.label}`);
      const range = w.blocks(options);
      return value === undefined || value === 'not_answered' ? undefined : spec(range);
    }
    case 'text': {
      return typeof value === 'string' ? spec(w.blocks(value.split(/\n\s*\n/))) : undefined;
    }
    case 'links':
      return Array.isArray(value) && value.length ? spec(w.blocks(value.map(linkLine))) : undefined;
    case 'accounts':
      return Array.isArray(value) && value.length
        ? spec(w.blocks(value.map((a) => (isRecord(a) ? `${String(a['platform'])}: ${String(a['url'])}` : ''))))
        : undefined;
    case 'percent': {
      if (typeof value !== 'number') return undefined;
      const quote = `The share reported for ${q.shortTitle.toLowerCase()} is ${String(value)}%.`;
      return { lines: spec(w.block(quote)), quote };
    }
    case 'figures': {
      if (!Array.isArray(value) || !value.length) return undefined;
      const quotes = value.map((f) =>
        isRecord(f) ? `${String(f['label'])}${f['year'] === undefined ? '' : ` in ${String(f['year'])}`}: ${String(f['value'])}` : '',
      );
      return { lines: spec(w.blocks(quotes)), quotes };
    }
    case 'person': {
      if (!isRecord(value)) return undefined;
      const parts: [string, string][] = [
        ['name', 'Name'],
        ['title', 'Title'],
        ['organization', 'Organization'],
        ['email', 'E-mail'],
        ['phone', 'Phone'],
      ];
      const lines = parts.flatMap(([key, word]) => (typeof value[key] === 'string' ? [`${word}: ${value[key]}`] : []));
      return lines.length ? spec(w.blocks(lines)) : undefined;
    }
  }
}

function writeQuestion(w: FormWriter, q: QuestionDef, given: Stored, style: YesNoStyle): Record<string, unknown> {
  w.block(`${String(q.number)}. ${q.wording}`);
  const evidence: Record<string, unknown> = {};
  for (const field of q.fields) {
    const entry = writeField(w, q, field, given[field.key], style);
    if (entry !== undefined) evidence[field.key] = entry;
  }
  return evidence;
}

/** The form a fictional response was "transcribed" from, and where each answer is in it. */
export function fictionalForm(data: Stored, style: YesNoStyle, def: EditionDef = getEdition(Number(data['edition']))): FictionalForm {
  const w = new FormWriter();
  const city = isRecord(data['city']) ? data['city'] : {};
  const answers = isRecord(data['answers']) ? data['answers'] : {};
  w.block(`${def.title} — FICTIONAL demonstration form: not a real city and not a real survey response.`);
  const cityLines = [w.block(String(city['name'])), w.block(countryInfo(String(city['country'])).name)];
  const evidence: Record<string, unknown> = { city: lineSpecValue(cityLines) };
  for (const section of def.sections) {
    w.block(`${section.id}. ${section.title}`);
    for (const q of def.questions.filter((x) => x.section === section.id)) {
      const given = answers[q.id];
      const entries = writeQuestion(w, q, isRecord(given) ? given : {}, style);
      if (Object.keys(entries).length) evidence[q.id] = entries;
    }
  }
  evidence['submitted'] = lineSpecValue([w.block(`Submission Date: ${String(data['submitted'])}`)]);
  return { text: `${w.lines.join('\n')}\n`, evidence };
}
