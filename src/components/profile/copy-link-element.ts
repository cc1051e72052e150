import { clientTextOf } from '../../i18n/client.ts';

/** Copies its link's full URL or, without a link, its code's text (the chart's embed snippet). */
export class CopyLink extends HTMLElement {
  connectedCallback() {
    const link = this.querySelector('a');
    const code = link ? null : this.querySelector('code');
    if ((!link && !code) || this.querySelector('button') || !navigator.clipboard) return;
    const text = clientTextOf(this);
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = text('copy');
    button.setAttribute('aria-label', text('copyTo', { what: this.dataset['what'] ?? '' }));
    const status = document.createElement('span');
    status.setAttribute('role', 'status');
    button.addEventListener('click', () => {
      navigator.clipboard.writeText(link ? link.href : (code?.textContent ?? '')).then(
        () => {
          status.textContent = text('copied');
        },
        () => {
          status.textContent = text('failed');
        },
      );
    });
    this.append(button, status);
  }
}
if (!customElements.get('copy-link')) customElements.define('copy-link', CopyLink);
