import { CLOSED_STATE_LABELS, CLOSED_STATES } from '../../questionnaire/index.ts';
import type { ClosedState, FieldDef } from '../../questionnaire/index.ts';
import type { ExportedFieldStatus, ExportedLink } from '../../lib/export/exported.ts';
import { formatNumber, formatPercent, linkify, paragraphs, urlHost } from '../../lib/format/text.ts';

/*
 * One answer field as DOM nodes, mirroring the server components (ClosedAnswer, FieldValue,
 * ExternalLink, RichText) and their class names, so the compare table reads like a profile.
 * Content only ever becomes text nodes and checked http(s) hrefs: never HTML.
 */

const SYMBOLS: Record<ClosedState, string> = { yes: '✓', no: '✗', not_answered: '–', not_legible_in_source: '?' };

type Attrs = Record<string, string>;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

export function closedAnswer(state: ClosedState): HTMLElement {
  return el(
    'span',
    { class: `closed closed--${state.replace(/_/g, '-')}`, 'data-state': state },
    el('span', { class: 'closed__symbol', 'aria-hidden': 'true' }, SYMBOLS[state]),
    el('span', { class: 'closed__label' }, CLOSED_STATE_LABELS[state]),
  );
}

const isHttp = (url: string) => /^https?:\/\//i.test(url);

export function externalLink(url: string, label?: string): HTMLElement {
  // Downloads are validated, but the browser is the last line: a non-http(s) URL is shown, never linked.
  if (!isHttp(url)) return el('span', {}, label ?? url);
  const a = el('a', { class: 'external', href: url, rel: 'external noopener noreferrer' }, label ?? url);
  if (label) a.append(el('span', { class: 'host' }, ` (${urlHost(url)})`));
  a.append(el('span', { class: 'visually-hidden' }, ' (external link)'));
  return a;
}

function richText(text: string): HTMLElement {
  const div = el('div', { class: 'rich-text' });
  for (const p of paragraphs(text)) {
    div.append(el('p', {}, ...linkify(p).map((piece) => (piece.kind === 'link' ? externalLink(piece.url) : piece.value))));
  }
  return div;
}

interface Figure {
  label: string;
  value: number;
  unit?: string;
  year?: number;
}

function fieldValue(field: FieldDef, value: unknown): HTMLElement {
  switch (field.kind) {
    case 'closed':
      return closedAnswer(value as ClosedState);
    case 'choice': {
      const option = field.options?.find((o) => o.value === value);
      if (option) return el('span', { class: 'choice' }, option.label);
      return (CLOSED_STATES as readonly string[]).includes(String(value))
        ? closedAnswer(value as ClosedState)
        : el('span', {}, String(value));
    }
    case 'text':
      return richText(String(value));
    case 'percent':
      return el('span', { class: 'percent' }, formatPercent(value as number));
    case 'links':
      return el(
        'ul',
        { class: 'links' },
        ...(value as ExportedLink[]).map((l) => el('li', {}, typeof l === 'string' ? externalLink(l) : externalLink(l.url, l.label))),
      );
    case 'figures':
      return el(
        'ul',
        { class: 'figures' },
        ...(value as Figure[]).map((f) =>
          el(
            'li',
            {},
            el('span', { class: 'figures__label' }, `${f.label}${f.year !== undefined ? ` (${f.year})` : ''}:`),
            ' ',
            el('span', { class: 'figures__value' }, `${formatNumber(f.value)}${f.unit ? ` ${f.unit}` : ''}`),
          ),
        ),
      );
    case 'accounts':
      return el(
        'ul',
        { class: 'links' },
        ...(value as { platform: string; url: string }[]).map((a) =>
          el('li', {}, el('span', { class: 'account__platform' }, `${a.platform}:`), ' ', externalLink(a.url)),
        ),
      );
    case 'person': {
      const person = value as Record<string, string | undefined>;
      const dl = el('dl', { class: 'person' });
      for (const [part, label] of [
        ['name', 'Name'],
        ['title', 'Title'],
        ['organization', 'Organization'],
      ] as const) {
        const v = person[part];
        if (v) dl.append(el('dt', {}, label), el('dd', {}, v));
      }
      return dl;
    }
  }
}

/** A field's cell content: the value, or an honest word for withheld and absent values. */
export function answerCell(field: FieldDef, status: ExportedFieldStatus | 'not_in_edition', edition: number): HTMLElement {
  if (status === 'not_in_edition') return el('span', { class: 'answer__not-given' }, `Not asked in the ${edition} questionnaire`);
  if (status.kind === 'withheld') return el('span', { class: 'answer__withheld' }, "Withheld at the city's request");
  if (status.kind === 'absent')
    return el('span', { class: 'answer__not-given' }, field.kind === 'percent' ? 'No percentage given' : 'Not given');
  return fieldValue(field, status.value);
}
