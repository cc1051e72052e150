/*
 * <lgq-chart>: small enhancements of a server-rendered chart. Nothing here is needed to read it.
 * - Tooltips: hovering a mark, or focusing the chart and moving with the arrow keys (Home/End,
 *   Escape to close), shows the mark's own text (data-tip) and announces it politely.
 * - Ranked charts: a button sorts the rows by value or by name.
 * - Charts with cities: a box highlights the cities whose name matches.
 * Its words are the element's data-msg-* attributes, rendered by Chart.astro from the catalogue.
 */

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

  connectedCallback(): void {
    if (this.dataset['enhanced']) return;
    this.dataset['enhanced'] = 'true';
    const frame = this.querySelector<HTMLElement>('.chart__frame');
    const svg = frame?.querySelector('svg');
    if (!frame || !svg) return;
    this.marks = [...svg.querySelectorAll<SVGElement>('[data-tip]')];
    // A chart with a single mark (a profile's strip: only the city itself) has nothing to explore.
    if (this.marks.length < 2) return;
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
    svg.addEventListener('pointerover', (e) => {
      const mark = (e.target as Element).closest<SVGElement>('[data-tip]');
      if (mark) this.show(this.marks.indexOf(mark), false);
    });
    svg.addEventListener('pointerleave', () => this.hide());

    if (this.dataset['kind'] === 'ranked' && svg.querySelector('[data-sortable]')) this.addSort(svg);
    if (svg.querySelectorAll('[data-name]').length > 1) this.addHighlight(svg);
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'Escape') return this.hide();
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

  private addSort(svg: SVGSVGElement): void {
    const group = svg.querySelector('[data-sortable]');
    if (!group) return;
    const rows = [...group.querySelectorAll<SVGGElement>(':scope > [data-name]')];
    const slots = rows.map((r) => r.getAttribute('transform') ?? '');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'chart__button';
    let byName = false;
    const collator = new Intl.Collator(this.dataset['lang']);
    const label = () => (button.textContent = byName ? this.messages.sortByValue : this.messages.sortByName);
    label();
    button.addEventListener('click', () => {
      byName = !byName;
      const order = byName ? [...rows].sort((a, b) => collator.compare(a.dataset['name'] ?? '', b.dataset['name'] ?? '')) : rows;
      order.forEach((row, i) => row.setAttribute('transform', slots[i] ?? ''));
      // Keyboard order follows the visual order.
      this.marks = byName ? order : [...svg.querySelectorAll<SVGElement>('[data-tip]')];
      this.live.textContent = byName ? this.messages.sortedByName : this.messages.sortedByValue;
      label();
    });
    this.controls().append(button);
  }

  private addHighlight(svg: SVGSVGElement): void {
    const named = [...svg.querySelectorAll<SVGElement>('[data-name]')];
    const wrap = document.createElement('label');
    wrap.className = 'chart__find';
    wrap.textContent = `${this.messages.find} `;
    const input = document.createElement('input');
    input.type = 'search';
    input.autocomplete = 'off';
    wrap.append(input);
    input.addEventListener('input', () => {
      const q = input.value.trim().toLocaleLowerCase();
      let found = 0;
      for (const el of named) {
        const hit = q.length > 0 && (el.dataset['name'] ?? '').toLocaleLowerCase().includes(q);
        el.classList.toggle('is-found', hit);
        if (hit) found++;
      }
      this.live.textContent = q ? this.messages.found(found) : '';
    });
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
