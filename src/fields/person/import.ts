import type { KindImporter } from '../../lib/import/kind-importer.ts';
import { withEntry } from '../../lib/import/readings.ts';
import type { Person } from '../../lib/import/readings.ts';

/* An official as the form prints them: "Name: …", "Title: …", "E-mail: …", one part a line. */

const PERSON_LINE =
  /^(?:[-•*·]\s*)?(name|full name|title|position|job title|organi[sz]ation|department|e-?mail(?: address)?|phone(?: number)?|telephone|tel\.?|mobile)\s*:\s*(.*)$/i;

/** The person part a printed label stands for. */
export function personPart(label: string): keyof Person {
  const l = label.toLowerCase();
  if (l.includes('mail')) return 'email';
  if (l.startsWith('tel') || l.startsWith('phone') || l === 'mobile') return 'phone';
  if (l.startsWith('organi') || l === 'department') return 'organization';
  if (l.includes('title') || l === 'position') return 'title';
  return 'name';
}

/** "Email: a@b.org" -> its part and value (empty when the form's label was left blank); null for other lines. */
export function readPersonLine(text: string): { part: keyof Person; value: string } | null {
  const m = PERSON_LINE.exec(text);
  if (!m) return null;
  return { part: personPart(m[1] ?? ''), value: (m[2] ?? '').replace(/^mailto:/i, '').trim() };
}

export const importer: KindImporter = {
  read(line, { readings }) {
    const q = readings.question;
    const field = q.fields.find((f) => f.kind === 'person');
    const person = field ? readPersonLine(line.text) : null;
    if (!field || !person) return null;
    if (!person.value) return { readings, done: true, formText: true };
    const record: Person = readings.person.get(field.key) ?? {};
    const answered = { ...readings, answered: true };
    if (record[person.part]) return { readings: answered, done: true, unplaced: `${q.id} ${field.label}: a second ${person.part}` };
    const next = { ...record, [person.part]: person.value };
    return { readings: { ...answered, person: withEntry(readings.person, field.key, next) }, done: true };
  },
  finish(field, { readings }) {
    const person = readings?.person.get(field.key);
    return person && Object.keys(person).length ? { value: person } : {};
  },
};
