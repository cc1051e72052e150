import { comparisonRows, getEdition } from '../../questionnaire/index.ts';
import type { ComparisonRow, EditionDef, FieldDef, QuestionDef } from '../../questionnaire/index.ts';
import type { ExportedResponse, ResponsesDocument } from '../../lib/export/exported.ts';
import { compareSearch, DOWNLOAD_PATHS, questionPath, responseJsonPath } from '../../lib/urls.ts';
import { figureItem, indicatorBars } from '../charts/bar-figure.ts';
import type { IndicatorMeta } from '../charts/bar-figure.ts';
import { pageChartText } from '../charts/page-text.ts';
import { clientTextOf } from '../../i18n/client.ts';
import type { MessageParams } from '../../i18n/index.ts';
import { answerNodes, templateNode } from './answer-fragments.ts';
import type { CompareMessage } from './messages.ts';
import { el } from './dom.ts';
import { MAX_CITIES, parseSelection } from './selection.ts';
import { matchesName } from '../../lib/format/match.ts';

/*
 * <lgq-compare>: choose up to five cities and see their answers side by side. It loads the small
 * city list, then only the chosen cities' per-response JSON (names, indicators) and their profile
 * pages, whose answer blocks it shows as they are (answer-fragments.ts). The selection lives in
 * the URL (pushState on change, popstate on back/forward). Without JavaScript the server-rendered
 * explanation stays.
 */

/** A chosen city: its download record and its profile page. */
interface Loaded {
  readonly response: ExportedResponse;
  readonly profile: Document;
}

interface City {
  readonly slug: string;
  readonly name: string;
  readonly country: string;
  readonly countryCode: string;
  readonly edition: number;
}

/** How many matches the picker lists at once: enough to scan, few enough at 5,000 cities. */
const LIST_LIMIT = 50;

export class LgqCompare extends HTMLElement {
  private cities: City[] = [];
  private bySlug = new Map<string, City>();
  private selected: string[] = [];
  private onlyDiffer = false;
  private loaded = new Map<string, Promise<Loaded>>();
  /** Each country file fetched once, however many of its cities are chosen. */
  private files = new Map<string, Promise<ResponsesDocument>>();
  private renderToken = 0;
  private resizeWatch?: ResizeObserver;
  /** The page's words for this element (COMPARE_MESSAGES), and its list format ("A, B and C"). */
  private text!: (name: CompareMessage, params?: MessageParams) => string;
  private listFormat!: Intl.ListFormat;

  private filter!: HTMLInputElement;
  private list!: HTMLUListElement;
  private listNote!: HTMLElement;
  private chosen!: HTMLUListElement;
  private chosenHeading!: HTMLElement;
  private status!: HTMLElement;
  private results!: HTMLElement;
  private differToggle!: HTMLInputElement;

  async connectedCallback() {
    const q = <T extends Element>(sel: string) => {
      const found = this.querySelector<T>(sel);
      if (!found) throw new Error(`lgq-compare: missing ${sel}`);
      return found;
    };
    this.filter = q<HTMLInputElement>('[data-filter]');
    this.list = q<HTMLUListElement>('[data-list]');
    this.listNote = q<HTMLElement>('[data-list-note]');
    this.chosen = q<HTMLUListElement>('[data-chosen]');
    this.chosenHeading = q<HTMLElement>('[data-chosen-heading]');
    this.status = q<HTMLElement>('[data-status]');
    this.results = q<HTMLElement>('[data-results]');
    this.differToggle = q<HTMLInputElement>('[data-only-differ]');
    this.text = clientTextOf(this);
    this.listFormat = new Intl.ListFormat(this.dataset['formats'], { style: 'long', type: 'conjunction' });

    try {
      const res = await fetch(this.dataset['cities'] ?? DOWNLOAD_PATHS.cities);
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      this.cities = (await res.json()) as City[];
    } catch (e) {
      this.say(this.text('citiesFailed', { error: String(e) }));
      return;
    }
    this.bySlug = new Map(this.cities.map((c) => [c.slug, c]));
    q<HTMLElement>('[data-nojs]').hidden = true;
    q<HTMLElement>('[data-app]').hidden = false;

    this.filter.addEventListener('input', () => this.renderList());
    this.filter.addEventListener('keydown', (e) => this.onFilterKey(e));
    this.list.addEventListener('change', (e) => this.onTick(e));
    this.list.addEventListener('keydown', (e) => this.onListKey(e));
    this.chosen.addEventListener('click', (e) => this.onRemove(e));
    this.differToggle.addEventListener('change', () => {
      this.onlyDiffer = this.differToggle.checked;
      history.replaceState({ cities: this.selected }, '', `${location.pathname}${compareSearch(this.selected, this.onlyDiffer)}`);
      this.applyDifferFilter();
    });
    window.addEventListener('popstate', () => this.fromUrl(false));
    this.fromUrl(true);
  }

  /** Read the selection from the URL; on first load, normalise the URL (e.g. repeated ?cities= to one list). */
  private fromUrl(first: boolean) {
    const sel = parseSelection(location.search, new Set(this.bySlug.keys()));
    this.selected = [...sel.slugs];
    this.onlyDiffer = sel.onlyDiffer;
    this.differToggle.checked = sel.onlyDiffer;
    const notes: string[] = [];
    if (sel.unknown.length) notes.push(this.text('unknown', { slugs: sel.unknown.join(', ') }));
    if (sel.dropped.length)
      notes.push(this.text('dropped', { max: MAX_CITIES, names: sel.dropped.map((s) => this.bySlug.get(s)?.name ?? s).join(', ') }));
    // With a single city in the whole knowledgebase there is nothing to choose: show it.
    if (!this.selected.length && this.cities.length === 1 && this.cities[0]) this.selected = [this.cities[0].slug];
    if (first) {
      const canonical = `${location.pathname}${compareSearch(this.selected, this.onlyDiffer)}`;
      if (canonical !== `${location.pathname}${location.search}`) history.replaceState({ cities: this.selected }, '', canonical);
    }
    this.renderList();
    this.renderChosen();
    void this.renderResults(notes);
  }

  private setSelection(slugs: string[]) {
    this.selected = slugs;
    history.pushState({ cities: slugs }, '', `${location.pathname}${compareSearch(slugs, this.onlyDiffer)}`);
    this.renderList();
    this.renderChosen();
    void this.renderResults([]);
  }

  private say(message: string) {
    this.status.textContent = message;
  }

  private matchingCities(): City[] {
    const query = this.filter.value.trim();
    if (!query) return this.cities;
    return this.cities.filter((c) => matchesName(query, `${c.name} ${c.country}`));
  }

  private renderList() {
    const all = this.matchingCities();
    const shown = all.slice(0, LIST_LIMIT);
    const focusedSlug = (document.activeElement as HTMLInputElement | null)?.dataset?.['slug'];
    this.list.replaceChildren(
      ...shown.map((c) => {
        const box = el('input', { type: 'checkbox', value: c.slug, 'data-slug': c.slug, id: `pick-${c.slug}` });
        box.checked = this.selected.includes(c.slug);
        return el(
          'li',
          {},
          el(
            'label',
            { for: `pick-${c.slug}` },
            box,
            ' ',
            el('span', { class: 'picker__name' }, c.name),
            ' ',
            el('span', { class: 'picker__country' }, c.country),
          ),
        );
      }),
    );
    if (focusedSlug) this.list.querySelector<HTMLInputElement>(`[data-slug="${CSS.escape(focusedSlug)}"]`)?.focus();
    const n = all.length;
    this.listNote.textContent =
      n === 0
        ? this.text('noMatch')
        : n > shown.length
          ? this.text('showingSome', { shown: shown.length, count: n })
          : this.text('matches', { count: n });
  }

  private renderChosen() {
    this.chosenHeading.textContent = this.text('chosen', { count: this.selected.length, max: MAX_CITIES });
    this.chosen.replaceChildren(
      ...this.selected.map((slug) => {
        const c = this.bySlug.get(slug);
        const name = c ? c.name : slug;
        return el(
          'li',
          {},
          el('span', {}, name),
          ' ',
          el('button', { type: 'button', 'data-remove': slug, 'aria-label': this.text('remove', { name }) }, '×'),
        );
      }),
    );
  }

  private onTick(e: Event) {
    const box = e.target as HTMLInputElement;
    const slug = box.dataset['slug'];
    if (!slug) return;
    if (box.checked) {
      if (this.selected.length >= MAX_CITIES) {
        box.checked = false;
        this.say(this.text('full', { max: MAX_CITIES }));
        return;
      }
      this.setSelection([...this.selected, slug]);
    } else {
      this.setSelection(this.selected.filter((s) => s !== slug));
    }
  }

  private onRemove(e: Event) {
    const button = (e.target as HTMLElement).closest<HTMLButtonElement>('[data-remove]');
    const slug = button?.dataset['remove'];
    if (!slug) return;
    const index = this.selected.indexOf(slug);
    this.setSelection(this.selected.filter((s) => s !== slug));
    // Keep focus in the chosen list (next remove button), or return it to the filter.
    const buttons = this.chosen.querySelectorAll<HTMLButtonElement>('[data-remove]');
    (buttons[Math.min(index, buttons.length - 1)] ?? this.filter).focus();
  }

  private onFilterKey(e: KeyboardEvent) {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      this.list.querySelector<HTMLInputElement>('input')?.focus();
    } else if (e.key === 'Enter') {
      // Enter picks the first match that is not chosen yet: type a name, press Enter.
      e.preventDefault();
      const first = this.matchingCities().find((c) => !this.selected.includes(c.slug));
      if (!first) return;
      if (this.selected.length >= MAX_CITIES) {
        this.say(this.text('full', { max: MAX_CITIES }));
        return;
      }
      this.filter.value = '';
      this.setSelection([...this.selected, first.slug]);
    }
  }

  private onListKey(e: KeyboardEvent) {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const boxes = [...this.list.querySelectorAll<HTMLInputElement>('input')];
    const i = boxes.indexOf(e.target as HTMLInputElement);
    if (i < 0) return;
    e.preventDefault();
    if (e.key === 'ArrowUp' && i === 0) this.filter.focus();
    else boxes[Math.max(0, Math.min(boxes.length - 1, i + (e.key === 'ArrowDown' ? 1 : -1)))]?.focus();
  }

  private load(city: City): Promise<Loaded> {
    const key = `${String(city.edition)}/${city.slug}`;
    let p = this.loaded.get(key);
    if (!p) {
      // The city's answers are in its country's file for its edition (one city, mostly).
      p = this.countryFile(responseJsonPath({ edition: city.edition, country: { code: city.countryCode } }))
        .then((file) => {
          const found = file.responses.find((r) => r.slug === city.slug && r.edition === city.edition);
          if (!found) throw new Error(`${city.slug} is not in its country's file`);
          return found;
        })
        .then(async (response) => {
          // The profile page, already in the browser's cache when the reader came from it.
          const html = await (await fetchOk(new URL(response.profile, location.href).pathname)).text();
          return { response, profile: new DOMParser().parseFromString(html, 'text/html') };
        });
      p.catch(() => this.loaded.delete(key));
      this.loaded.set(key, p);
    }
    return p;
  }

  private countryFile(path: string): Promise<ResponsesDocument> {
    let file = this.files.get(path);
    if (!file) {
      file = fetchOk(path).then((r) => r.json() as Promise<ResponsesDocument>);
      file.catch(() => this.files.delete(path));
      this.files.set(path, file);
    }
    return file;
  }

  private async renderResults(notes: string[]) {
    const token = ++this.renderToken;
    const chosen = this.selected.flatMap((s) => this.bySlug.get(s) ?? []);
    this.differToggle.disabled = chosen.length < 2;
    if (!chosen.length) {
      this.results.replaceChildren(el('p', { class: 'compare__empty' }, this.text('empty')));
      this.say(notes.join(' '));
      return;
    }
    this.results.setAttribute('aria-busy', 'true');
    let loaded: Loaded[];
    try {
      loaded = await Promise.all(chosen.map((c) => this.load(c)));
    } catch (e) {
      if (token === this.renderToken) {
        this.results.removeAttribute('aria-busy');
        this.say(this.text('answersFailed', { error: String(e) }));
      }
      return;
    }
    if (token !== this.renderToken) return;
    const responses = loaded.map((l) => l.response);
    const names = responses.map((r) => r.city.name);
    const lonely = this.cities.length < 2;
    const summary = lonely
      ? this.text('onlyCity', { city: names[0] ?? '' })
      : responses.length === 1
        ? this.text('oneChosen', { city: names[0] ?? '' })
        : this.text('comparing', { cities: this.listFormat.format(names) });
    this.say([summary, ...notes].join(' '));
    this.results.replaceChildren(this.indicatorSection(responses), this.table(loaded));
    this.results.removeAttribute('aria-busy');
    this.applyDifferFilter();
  }

  private indicatorSection(responses: readonly ExportedResponse[]): HTMLElement {
    const chartText = pageChartText();
    const metas = [...this.querySelectorAll<HTMLElement>('[data-indicator]')].map((li): IndicatorMeta => ({
      id: li.dataset['indicator'] ?? '',
      label: li.dataset['label'] ?? '',
      unit: li.dataset['unit'] ?? '',
      questionId: li.dataset['question'] ?? '',
      ...(li.dataset['max'] ? { max: Number(li.dataset['max']) } : {}),
    }));
    return el(
      'section',
      { class: 'compare__indicators', 'aria-labelledby': 'compare-indicators-heading' },
      el('h3', { id: 'compare-indicators-heading' }, this.text('figuresHeading')),
      el('p', { class: 'muted' }, this.text('figuresNote')),
      el(
        'div',
        { class: 'compare__charts' },
        ...metas.map((m) =>
          indicatorBars(
            m,
            responses.map((r) => figureItem({ id: r.id, label: r.city.name, country: r.country.name }, r.indicators[m.id], chartText)),
            chartText,
          ),
        ),
      ),
    );
  }

  private table(loaded: readonly Loaded[]): HTMLElement {
    const responses = loaded.map((l) => l.response);
    const structure: EditionDef = getEdition(Math.max(...responses.map((r) => r.edition)));
    const columns = responses.length + 1;
    const head = el(
      'tr',
      {},
      el('th', { scope: 'col' }, this.text('question')),
      ...responses.map((r) =>
        el(
          'th',
          { scope: 'col' },
          el('a', { href: new URL(r.profile, location.href).pathname }, r.city.name),
          el('span', { class: 'compare__meta' }, this.text('cityMeta', { country: r.country.name, edition: String(r.edition) })),
        ),
      ),
    );
    const table = el(
      'table',
      { class: 'data-table compare-table' },
      el('caption', {}, this.text('caption', { cities: this.listFormat.format(responses.map((r) => r.city.name)) })),
      el('thead', {}, head),
    );
    for (const section of structure.sections) {
      const sectionBody = el('tbody', { class: 'compare__section', 'data-section': section.id });
      sectionBody.append(el('tr', {}, el('th', { scope: 'colgroup', colspan: String(columns) }, `${section.id}. ${section.title}`)));
      table.append(sectionBody);
      // Rows line each answer up with its question's counterpart in the response's own edition.
      for (const row of comparisonRows(responses.map((r) => r.edition)).filter((x) => x.question.section === section.id))
        table.append(this.questionBody(row, structure.edition, loaded, columns));
    }
    table.classList.add(`compare-table--cities-${responses.length}`);
    const wrap = el(
      'div',
      { class: 'table-wrap table-wrap--sticky', role: 'region', 'aria-label': this.text('tableLabel'), tabindex: '0' },
      table,
    );
    // On a narrow screen only the table scrolls sideways (the question column stays); say so when it does.
    const hint = el('p', { class: 'compare__scroll-hint', 'aria-hidden': 'true' }, this.text('scrollHint'));
    hint.hidden = true;
    this.resizeWatch?.disconnect();
    this.resizeWatch = new ResizeObserver(() => {
      hint.hidden = wrap.scrollWidth <= wrap.clientWidth;
    });
    this.resizeWatch.observe(wrap);
    return el('div', { class: 'compare__table' }, hint, wrap);
  }

  private questionBody(row: ComparisonRow, edition: number, loaded: readonly Loaded[], columns: number): HTMLElement {
    const { question } = row;
    let differs = false;
    const rows = question.fields.map((field) => {
      const cells = loaded.map(({ response, profile }) => {
        const own = ownPart(row.inEdition[response.edition] ?? null, field);
        return el('td', {}, ...(own ? answerNodes(profile, own, field, this) : [templateNode(this, `not-in-edition-${response.edition}`)]));
      });
      // What the reader sees decides "differs": the cells' words, spaces folded.
      const texts = cells.map((td) => (td.textContent ?? '').replace(/\s+/g, ' ').trim());
      const rowDiffers = texts.some((t) => t !== texts[0]);
      differs ||= rowDiffers;
      const label = field.wording && field.kind === 'closed' ? field.wording : field.label;
      return el(
        'tr',
        { class: rowDiffers ? 'compare__row compare__row--differs' : 'compare__row', 'data-field': `${question.id}.${field.key}` },
        el('th', { scope: 'row' }, field.unit ? this.text('rowWithUnit', { label, unit: field.unit }) : label),
        ...cells,
      );
    });
    const heading = el(
      'th',
      { scope: 'rowgroup', colspan: String(columns) },
      el('a', { class: 'compare__qid', href: questionPath(edition, question.id) }, question.id),
      ' ',
      question.wording,
    );
    if (differs && loaded.length > 1) heading.append(' ', el('span', { class: 'badge compare__differs' }, this.text('differs')));
    return el(
      'tbody',
      { class: 'compare__question', 'data-question': question.id, 'data-differs': String(differs) },
      el('tr', { class: 'compare__question-row' }, heading),
      ...rows,
    );
  }

  private applyDifferFilter() {
    const only = this.onlyDiffer && this.selected.length > 1;
    let hidden = 0;
    for (const body of this.results.querySelectorAll<HTMLElement>('tbody.compare__question')) {
      body.hidden = only && body.dataset['differs'] !== 'true';
      if (body.hidden) hidden++;
    }
    // A section heading is hidden when none of its questions shows.
    for (const section of this.results.querySelectorAll<HTMLElement>('tbody.compare__section')) {
      let next = section.nextElementSibling as HTMLElement | null;
      let anyShown = false;
      while (next && next.classList.contains('compare__question')) {
        if (!next.hidden) anyShown = true;
        next = next.nextElementSibling as HTMLElement | null;
      }
      section.hidden = !anyShown;
    }
    const note = this.querySelector<HTMLElement>('[data-differ-note]');
    if (note) note.textContent = only ? this.text('hidden', { count: hidden }) : '';
  }
}

/** The response's own question for a part of the row (its edition's counterpart), or null where that edition does not ask it. */
function ownPart(own: QuestionDef | null, field: FieldDef): QuestionDef | null {
  return own?.fields.some((f) => f.key === field.key) ? own : null;
}

function fetchOk(path: string): Promise<Response> {
  return fetch(path).then((r) => {
    if (!r.ok) throw new Error(`${path}: HTTP ${r.status}`);
    return r;
  });
}

if (!customElements.get('lgq-compare')) customElements.define('lgq-compare', LgqCompare);
