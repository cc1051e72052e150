import { clientTextOf } from '../../i18n/client.ts';
import { searchPath } from '../../lib/urls/site.ts';
import { afterPause, arrowNavigation, loadPagefind, preloadTyped, renderResult, resultCountText, suggestion } from './search-client.ts';

const MAX_RESULTS = 6;
/** The pause in typing after which the dialog searches. */
const PAUSE_MS = 120;

function el(tag: 'li', child: HTMLElement): HTMLLIElement {
  const item = document.createElement(tag);
  item.className = 'search-result search-result--suggestion';
  item.append(child);
  return item;
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

export class HeaderSearch extends HTMLElement {
  #returnFocus: HTMLElement | null = null;

  connectedCallback() {
    const open = this.querySelector<HTMLAnchorElement>('[data-search-open]');
    const dialog = this.querySelector('dialog');
    const input = this.querySelector<HTMLInputElement>('input[type=search]');
    const status = this.querySelector<HTMLElement>('[data-search-status]');
    const results = this.querySelector<HTMLOListElement>('[data-search-results]');
    const all = this.querySelector<HTMLAnchorElement>('[data-search-all]');
    if (!open || !dialog || !input || !status || !results || !all) return;
    const text = clientTextOf(this);

    const show = () => {
      if (dialog.open) return input.focus();
      this.#returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : open;
      dialog.showModal();
      input.focus();
      input.select();
      loadPagefind().catch(() => (status.textContent = text('unavailable')));
    };
    open.addEventListener('click', (event) => {
      event.preventDefault();
      show();
    });
    document.addEventListener('keydown', (event) => {
      const commandK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
      if (!commandK && !slash) return;
      event.preventDefault();
      show();
    });
    this.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
    // A click on the backdrop (the dialog element itself, outside its content) closes it.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
    // Escape closes at once (in a search field Chromium would first only clear the text).
    dialog.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      dialog.close();
    });
    dialog.addEventListener('close', () => {
      const back = this.#returnFocus?.isConnected ? this.#returnFocus : open;
      back.focus();
    });
    arrowNavigation(results, input);
    const search = afterPause(PAUSE_MS, async (query: string) => (await loadPagefind()).search(query));

    input.addEventListener('input', async () => {
      const query = input.value.trim();
      all.href = searchPath(query);
      if (!query) {
        results.replaceChildren();
        status.textContent = '';
        return;
      }
      preloadTyped(query);
      try {
        const found = await search(query);
        if (!found) return; // superseded by a later keystroke
        const data = await Promise.all(found.results.slice(0, MAX_RESULTS).map((r) => r.data()));
        if (input.value.trim() !== query) return;
        results.replaceChildren(...data.map((d) => renderResult(d, 2, text)));
        status.textContent = resultCountText(found.results.length, query, text);
        if (found.results.length === 0) {
          const offer = await suggestion(query, text, searchPath);
          if (offer && input.value.trim() === query) results.replaceChildren(el('li', offer));
        }
      } catch {
        status.textContent = text('unavailable');
      }
    });
  }
}
if (!customElements.get('lgq-header-search')) customElements.define('lgq-header-search', HeaderSearch);
