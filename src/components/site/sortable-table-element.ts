import { clientTextOf } from '../../i18n/client.ts';

/** Sortable columns and a filter for the cities table. Rows are sorted within their region group. */
export class SortableTable extends HTMLElement {
  connectedCallback() {
    const table = this.querySelector('table');
    const filter = this.querySelector<HTMLInputElement>('[data-filter]');
    const count = this.querySelector<HTMLElement>('[data-count]');
    const tools = this.querySelector<HTMLElement>('[data-tools]');
    if (!table || !filter || !count || !tools) return;
    const text = clientTextOf(this);
    tools.hidden = false;
    const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th')];
    headers.forEach((th, column) => {
      const kind = th.dataset['sort'];
      if (!kind) return;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      button.append(...th.childNodes);
      th.append(button);
      button.addEventListener('click', () => {
        const ascending = th.getAttribute('aria-sort') !== 'ascending';
        for (const h of headers) h.removeAttribute('aria-sort');
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        this.sort(table, column, kind === 'number', ascending);
      });
    });
    filter.addEventListener('input', () => {
      const words = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
      let shown = 0;
      for (const body of table.tBodies) {
        let inGroup = 0;
        for (const row of body.querySelectorAll<HTMLTableRowElement>('tr[data-row]')) {
          const hit = words.every((w) => (row.dataset['search'] ?? '').includes(w));
          row.hidden = !hit;
          if (hit) inGroup += 1;
        }
        body.hidden = inGroup === 0;
        shown += inGroup;
      }
      count.textContent = text('shown', { count: shown });
    });
  }

  sort(table: HTMLTableElement, column: number, numeric: boolean, ascending: boolean) {
    const collator = new Intl.Collator(document.documentElement.lang);
    const valueOf = (row: HTMLTableRowElement) => row.cells[column]?.dataset['value'] ?? '';
    for (const body of table.tBodies) {
      const rows = [...body.querySelectorAll<HTMLTableRowElement>('tr[data-row]')];
      rows.sort((a, b) => {
        const [x, y] = [valueOf(a), valueOf(b)];
        // Missing values go last whichever way the column is sorted.
        if (x === '' || y === '') return x === y ? 0 : x === '' ? 1 : -1;
        const order = numeric ? Number(x) - Number(y) : collator.compare(x, y);
        return ascending ? order : -order;
      });
      body.append(...rows);
    }
  }
}
if (!customElements.get('sortable-table')) customElements.define('sortable-table', SortableTable);
