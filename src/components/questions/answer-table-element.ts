import { clientTextOf } from '../../i18n/client.ts';
import { ANSWER_FILTERS, rowMatches } from '../../lib/pages/answer-filters.ts';
import type { AnswerFilter } from '../../lib/pages/answer-filters.ts';

/**
 * Filters for the answers table: shown only with JavaScript (the table reads in full without it),
 * rows hidden in place, a region's group hidden when it has no row left, the state kept in the URL
 * with replaceState so a filtered table can be linked and reloaded.
 */
export class AnswerTable extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('form[data-filters]');
    const count = this.querySelector<HTMLElement>('[data-count]');
    const table = this.querySelector('table');
    if (!form || !count || !table) return;
    const text = clientTextOf(this);
    const controls = ANSWER_FILTERS.map((name) => [name, form.elements.namedItem(name)] as const).filter(
      (pair): pair is readonly [AnswerFilter, HTMLInputElement | HTMLSelectElement] =>
        pair[1] instanceof HTMLInputElement || pair[1] instanceof HTMLSelectElement,
    );
    const params = new URLSearchParams(location.search);
    for (const [name, control] of controls) {
      const value = params.get(name) ?? '';
      // A value the page does not offer (a region on another page) leaves the control on "All".
      if (control instanceof HTMLSelectElement && ![...control.options].some((o) => o.value === value)) continue;
      control.value = value;
    }
    const rows = [...table.querySelectorAll<HTMLTableRowElement>('tr[data-row]')];
    const total = rows.length;

    const apply = () => {
      const filters = Object.fromEntries(controls.map(([name, control]) => [name, control.value.trim()]));
      let shown = 0;
      for (const body of table.tBodies) {
        const region = body.dataset['group'] ?? '';
        let inGroup = 0;
        for (const row of body.querySelectorAll<HTMLTableRowElement>('tr[data-row]')) {
          const hit = rowMatches(
            { city: row.dataset['city'] ?? '', country: row.dataset['country'] ?? '', state: row.dataset['state'] ?? '', region },
            filters,
          );
          row.hidden = !hit;
          if (hit) inGroup += 1;
        }
        body.hidden = inGroup === 0;
        shown += inGroup;
      }
      count.textContent = text('shown', { count: shown, total });
      const next = new URLSearchParams(location.search);
      for (const name of ANSWER_FILTERS) {
        const value = filters[name];
        if (value) next.set(name, value);
        else next.delete(name);
      }
      const url = `${location.pathname}${next.size ? `?${next}` : ''}${location.hash}`;
      if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', url);
    };

    form.hidden = false;
    form.addEventListener('input', apply);
    form.addEventListener('change', apply);
    form.addEventListener('submit', (event) => event.preventDefault());
    // Reset clears the controls after the event: apply once they are empty.
    form.addEventListener('reset', () => setTimeout(apply));
    apply();
  }
}
if (!customElements.get('lgq-answer-table')) customElements.define('lgq-answer-table', AnswerTable);
