import { clientTextOf } from '../../i18n/client.ts';

/*
 * A citation in several formats (Citation.astro). With JavaScript: the build's access date becomes
 * the reader's own, and each format gets a "Copy" button that copies its text and says so in a live
 * region. Without it the formats are plain selectable text, and no button shows.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** Today's date in each way a format writes it (`data-access-date` names the way). */
function todayIn(way: string, locale: string | undefined, now: Date): string {
  const [y, m, d] = [now.getFullYear(), now.getMonth() + 1, now.getDate()];
  switch (way) {
    case 'long':
      return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(now);
    case 'ris':
      return `${y}/${pad(m)}/${pad(d)}`;
    case 'parts':
      return `${y}, ${m}, ${d}`;
    default:
      return `${y}-${pad(m)}-${pad(d)}`;
  }
}

export class CitationFormats extends HTMLElement {
  connectedCallback() {
    if (this.dataset['ready']) return;
    this.dataset['ready'] = '1';
    const now = new Date();
    const iso = todayIn('iso', undefined, now);
    for (const time of this.querySelectorAll<HTMLTimeElement>('time[data-access-date]')) {
      time.dateTime = iso;
      time.textContent = todayIn(time.dataset['accessDate'] ?? 'iso', this.dataset['dateLocale'], now);
    }
    if (!navigator.clipboard) return;
    const text = clientTextOf(this);
    for (const block of this.querySelectorAll<HTMLElement>('[data-citation]')) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'citation__copy';
      button.textContent = text('copy');
      button.setAttribute('aria-label', text('copyWhat', { format: block.dataset['formatName'] ?? '' }));
      const status = document.createElement('span');
      status.setAttribute('role', 'status');
      status.className = 'citation__status';
      button.addEventListener('click', () => {
        navigator.clipboard.writeText(block.textContent ?? '').then(
          () => (status.textContent = text('copied')),
          () => (status.textContent = text('failed')),
        );
      });
      const bar = document.createElement('div');
      bar.className = 'citation__actions';
      bar.append(button, status);
      block.before(bar);
    }
  }
}
if (!customElements.get('citation-formats')) customElements.define('citation-formats', CitationFormats);
