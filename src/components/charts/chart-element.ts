import { matchesName } from '../../lib/format/match.ts';

/*
 * <lgq-chart>: small enhancements of a server-rendered chart. Nothing here is needed to read it.
 * - Tooltips: hovering a mark, or focusing the chart and moving with the arrow keys (Home/End,
 *   Escape to close), shows the mark's own text (data-tip) and announces it politely.
 * - Ranked charts: a button sorts the rows by value or by name.
 * - Charts with cities: a box highlights the cities whose name matches, ignoring accents and case,
 *   scrolls the first into view and keeps a single match in the URL (`?highlight=<slug>`), which
 *   every chart of the page applies on load.
 * A chart may hold a wide and a narrow drawing (the frame's width shows one): the marks explored
 * are those of the drawing on screen. Its words are the element's data-msg-* attributes, rendered
 * by Chart.astro from the catalogue.
 */

/** The URL parameter that carries the highlighted city's slug. */
const HIGHLIGHT_PARAM = 'highlight';
/** A response id is `<edition>/<slug>`. */
const slugOf = (id: string | undefined) => id?.split('/').at(-1) ?? '';

/** The server-rendered words of one chart's controls. */
function messagesOf(host: HTMLElement) {
  const message = (name: string) => host.dataset[name] ?? '';
  return {
    hint: message('msgHint'),
    sortByName: message('msgSortByName'),
    sortByValue: message('msgSortByValue'),
    sortedByName: message('msgSortedByName'),
    sortedByValue: message('msgSortedByValue'),
    find: message('msgFind'),
    found: (count: number) => message('msgFound').replace('{count}', new Intl.NumberFormat(host.dataset['lang']).format(count)),
  };
}

export class LgqChart extends HTMLElement {
  private marks: SVGElement[] = [];
  private active = -1;
  private tooltip!: HTMLDivElement;
  private live!: HTMLParagraphElement;
  private messages!: ReturnType<typeof messagesOf>;
  private frame!: HTMLElement;

  connectedCallback(): void {
    if (this.dataset['enhanced']) return;
    this.dataset['enhanced'] = 'true';
    const frame = this.querySelector<HTMLElement>('.chart__frame');
    const drawings = frame ? [...frame.querySelectorAll<SVGSVGElement>(':scope > svg')] : [];
    if (!frame || !drawings.length) return;
    this.frame = frame;
    // A chart with a single mark (a profile's strip: only the city itself) has nothing to explore.
    if (drawings[0]!.querySelectorAll('[data-tip]').length < 2) return;
    this.messages = messagesOf(this);

    this.tooltip = document.createElement('div');
    this.tooltip.className = 'chart__tooltip';
    this.tooltip.hidden = true;
    this.tooltip.setAttribute('aria-hidden', 'true');
    this.live = document.createElement('p');
    this.live.className = 'visually-hidden';
    this.live.setAttribute('aria-live', 'polite');
    const hint = document.createElement('p');
    hint.className = 'chart__hint';
    hint.id = `${this.id}-hint`;
    hint.textContent = this.messages.hint;
    frame.setAttribute('aria-describedby', hint.id);
    frame.after(this.tooltip, this.live);
    this.querySelector('figcaption')?.append(hint);

    frame.addEventListener('keydown', (e) => this.onKey(e));
    frame.addEventListener('blur', () => this.hide());
    frame.addEventListener('pointerover', (e) => {
      const mark = (e.target as Element).closest<SVGElement>('[data-tip]');
      if (!mark) return;
      this.marks = this.marksOnScreen();
      this.show(this.marks.indexOf(mark), false);
    });
    frame.addEventListener('pointerleave', () => this.hide());

    for (const svg of drawings) if (this.dataset['kind'] === 'ranked' && svg.querySelector('[data-sortable]')) this.addSort(svg);
    if (drawings[0]!.querySelectorAll('[data-name]').length > 1) this.addHighlight(drawings);
  }

  /** The drawing on screen (the frame's width hides the other), or the first. */
  private drawingOnScreen(): SVGSVGElement | null {
    const drawings = [...this.frame.querySelectorAll<SVGSVGElement>(':scope > svg')];
    return drawings.find((svg) => svg.getClientRects().length > 0) ?? drawings[0] ?? null;
  }

  /** The marks of the drawing on screen, in reading order (ranked rows may have been sorted by name). */
  private marksOnScreen(): SVGElement[] {
    const marks = [...(this.drawingOnScreen()?.querySelectorAll<SVGElement>('[data-tip]') ?? [])];
    if (this.dataset['kind'] !== 'ranked') return marks;
    const top = new Map(marks.map((m) => [m, m.getBoundingClientRect().top]));
    return marks.sort((a, b) => (top.get(a) ?? 0) - (top.get(b) ?? 0));
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'Escape') return this.hide();
    if (this.active < 0) this.marks = this.marksOnScreen();
    const last = this.marks.length - 1;
    const moves: Record<string, number> = {
      ArrowRight: Math.min(last, this.active + 1),
      ArrowDown: Math.min(last, this.active + 1),
      ArrowLeft: Math.max(0, this.active - 1),
      ArrowUp: Math.max(0, this.active - 1),
      Home: 0,
      End: last,
    };
    const next = moves[e.key];
    if (next === undefined) return;
    e.preventDefault();
    this.show(next, true);
  }

  private show(index: number, announce: boolean): void {
    if (index < 0) return;
    this.marks[this.active]?.classList.remove('is-active');
    this.active = index;
    const mark = this.marks[index]!;
    mark.classList.add('is-active');
    const text = mark.dataset['tip'] ?? '';
    this.tooltip.textContent = text;
    this.tooltip.hidden = false;
    if (announce) {
      this.live.textContent = text;
      mark.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
    const box = mark.getBoundingClientRect();
    const host = this.getBoundingClientRect();
    const left = Math.min(
      Math.max(0, box.left - host.left + box.width / 2 - this.tooltip.offsetWidth / 2),
      host.width - this.tooltip.offsetWidth,
    );
    // CSSOM writes are allowed by the CSP (only inline style attributes are not).
    this.tooltip.style.left = `${Math.round(left)}px`;
    this.tooltip.style.top = `${Math.round(box.top - host.top - this.tooltip.offsetHeight - 6)}px`;
  }

  private hide(): void {
    this.marks[this.active]?.classList.remove('is-active');
    this.active = -1;
    this.tooltip.hidden = true;
  }

  /** One button sorts every drawing of the chart by name or back by value. */
  private addSort(svg: SVGSVGElement): void {
    const group = svg.querySelector('[data-sortable]');
    if (!group) return;
    const rows = [...group.querySelectorAll<SVGGElement>(':scope > [data-name]')];
    const slots = rows.map((r) => r.getAttribute('transform') ?? '');
    const collator = new Intl.Collator(this.dataset['lang']);
    const sortBy = (byName: boolean) => {
      const order = byName ? [...rows].sort((a, b) => collator.compare(a.dataset['name'] ?? '', b.dataset['name'] ?? '')) : rows;
      order.forEach((row, i) => row.setAttribute('transform', slots[i] ?? ''));
    };
    let button = this.querySelector<HTMLButtonElement>('.chart__button');
    if (button) {
      button.addEventListener('click', () => sortBy(button?.dataset['byName'] === 'true'));
      return;
    }
    button = document.createElement('button');
    button.type = 'button';
    button.className = 'chart__button';
    const sortButton = button;
    const label = () =>
      (sortButton.textContent = sortButton.dataset['byName'] === 'true' ? this.messages.sortByValue : this.messages.sortByName);
    label();
    // Registered first, so the drawings' listeners (this one's and the other's) read the new state.
    sortButton.addEventListener('click', () => {
      const byName = sortButton.dataset['byName'] !== 'true';
      sortButton.dataset['byName'] = String(byName);
      this.live.textContent = byName ? this.messages.sortedByName : this.messages.sortedByValue;
      label();
    });
    sortButton.addEventListener('click', () => {
      sortBy(sortButton.dataset['byName'] === 'true');
      // Keyboard order follows the visual order (marksOnScreen reads it on the next key).
      this.hide();
    });
    this.controls().append(sortButton);
  }

  private addHighlight(drawings: readonly SVGSVGElement[]): void {
    const named = drawings.flatMap((svg) => [...svg.querySelectorAll<SVGElement>('[data-name]')]);
    const wrap = document.createElement('label');
    wrap.className = 'chart__find';
    wrap.textContent = `${this.messages.find} `;
    const input = document.createElement('input');
    input.type = 'search';
    input.autocomplete = 'off';
    wrap.append(input);
    const apply = (query: string, scroll: boolean) => {
      const hits = named.filter((el) => {
        const hit = matchesName(query, el.dataset['name'] ?? '');
        el.classList.toggle('is-found', hit);
        return hit;
      });
      const onScreen = this.drawingOnScreen();
      const first = hits.find((el) => onScreen?.contains(el));
      if (scroll && first) first.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const cities = new Set(hits.map((el) => el.dataset['id']).filter((id) => id !== undefined));
      this.live.textContent = query.trim() ? this.messages.found(cities.size) : '';
      return cities;
    };
    input.addEventListener('input', () => {
      const cities = apply(input.value, true);
      // One city found: its slug goes in the URL, so the link shows the same highlight.
      const url = new URL(window.location.href);
      if (cities.size === 1) url.searchParams.set(HIGHLIGHT_PARAM, slugOf([...cities][0]));
      else url.searchParams.delete(HIGHLIGHT_PARAM);
      history.replaceState(history.state, '', url);
    });
    const wanted = new URL(window.location.href).searchParams.get(HIGHLIGHT_PARAM);
    const city = wanted ? named.find((el) => slugOf(el.dataset['id']) === wanted) : undefined;
    if (city) {
      input.value = city.dataset['name'] ?? '';
      apply(input.value, false);
    }
    this.controls().append(wrap);
  }

  private controls(): HTMLElement {
    let bar = this.querySelector<HTMLElement>('.chart__controls');
    if (!bar) {
      bar = document.createElement('div');
      bar.className = 'chart__controls';
      this.querySelector('figcaption')?.after(bar);
    }
    return bar;
  }
}

if (!customElements.get('lgq-chart')) customElements.define('lgq-chart', LgqChart);
