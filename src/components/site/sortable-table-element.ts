import { clientTextOf } from '../../i18n/client.ts';
import { matchesName } from '../../lib/format/match.ts';

/*
 * <sortable-table>: sortable columns, a filter, "group by UN region" and a count of ticked cities
 * for the cities table. The server renders the rows grouped by region, and the tools `hidden`:
 * without JavaScript none of them shows. Sorting ranks every row of the page; with "group by
 * region" ticked again, it is within each region, whose headings then show.
 */
export class SortableTable extends HTMLElement {
  private table!: HTMLTableElement;
  /** Each region's own tbody, in server order; the flat tbody holds every row when not grouped. */
  private groups: HTMLTableSectionElement[] = [];
  private flat!: HTMLTableSectionElement;
  private rowGroup = new Map<HTMLTableRowElement, HTMLTableSectionElement>();
  private grouped = true;
  /** Once the reader sets "group by region" themselves, sorting keeps their choice. */
  private groupChosen = false;
  private groupToggle!: HTMLInputElement;
  private sortBy?: { column: number; numeric: boolean; ascending: boolean };
  private collator = new Intl.Collator(document.documentElement.lang);

  connectedCallback() {
    const table = this.querySelector('table');
    const filter = this.querySelector<HTMLInputElement>('[data-filter]');
    const count = this.querySelector<HTMLElement>('[data-count]');
    const groupToggle = this.querySelector<HTMLInputElement>('[data-group-toggle]');
    if (!table || !filter || !count || !groupToggle) return;
    this.table = table;
    this.groupToggle = groupToggle;
    this.groups = [...table.tBodies];
    for (const body of this.groups)
      for (const row of body.querySelectorAll<HTMLTableRowElement>('tr[data-row]')) this.rowGroup.set(row, body);
    this.flat = document.createElement('tbody');
    this.flat.hidden = true;
    table.append(this.flat);
    const text = clientTextOf(this);
    for (const tool of this.querySelectorAll<HTMLElement>('[data-tools]')) tool.hidden = false;
    this.addSortButtons();
    groupToggle.addEventListener('change', () => {
      this.grouped = groupToggle.checked;
      this.groupChosen = true;
      this.arrange();
    });
    filter.addEventListener('input', () => {
      const query = filter.value;
      let shown = 0;
      for (const row of this.rowGroup.keys()) {
        row.hidden = !matchesName(query, row.dataset['search'] ?? '');
        if (!row.hidden) shown += 1;
      }
      this.hideEmptyBodies();
      count.textContent = text('shown', { count: shown });
    });
    this.trackTicks(text);
  }

  private addSortButtons() {
    const headers = [...this.table.querySelectorAll<HTMLTableCellElement>('thead th')];
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
        this.sortBy = { column, numeric: kind === 'number', ascending };
        // The first sort ranks every row of the page, not five regions apart, unless the reader chose grouping.
        if (!this.groupChosen) {
          this.grouped = false;
          this.groupToggle.checked = false;
        }
        this.arrange();
      });
    });
  }

  /** Put the rows in their region bodies or the flat body, in the current order. */
  private arrange() {
    const rows = [...this.rowGroup.keys()];
    if (this.sortBy) rows.sort((a, b) => this.compareRows(a, b));
    for (const row of rows) (this.grouped ? (this.rowGroup.get(row) ?? this.flat) : this.flat).append(row);
    this.hideEmptyBodies();
  }

  private hideEmptyBodies() {
    for (const body of this.groups) body.hidden = !this.grouped || !body.querySelector('tr[data-row]:not([hidden])');
    this.flat.hidden = this.grouped || !this.flat.querySelector('tr[data-row]:not([hidden])');
  }

  private compareRows(a: HTMLTableRowElement, b: HTMLTableRowElement): number {
    if (!this.sortBy) return 0;
    const { column, numeric, ascending } = this.sortBy;
    const x = a.cells[column]?.dataset['value'] ?? '';
    const y = b.cells[column]?.dataset['value'] ?? '';
    // Missing values go last whichever way the column is sorted.
    if (x === '' || y === '') return x === y ? 0 : x === '' ? 1 : -1;
    const order = numeric ? Number(x) - Number(y) : this.collator.compare(x, y);
    return ascending ? order : -order;
  }

  /** The compare tray's "n cities selected", kept in step with the tick boxes. */
  private trackTicks(text: ReturnType<typeof clientTextOf>) {
    const form = this.closest('form');
    const selected = form?.querySelector<HTMLElement>('[data-selected]');
    if (!form || !selected) return;
    selected.hidden = false;
    const update = () => {
      selected.textContent = text('selected', { count: form.querySelectorAll('input[name="cities"]:checked').length });
    };
    form.addEventListener('change', update);
    update();
  }
}
if (!customElements.get('sortable-table')) customElements.define('sortable-table', SortableTable);
