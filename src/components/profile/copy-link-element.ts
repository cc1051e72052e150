import { clientTextOf } from '../../i18n/client.ts';

export class CopyLink extends HTMLElement {
  connectedCallback() {
    const link = this.querySelector('a');
    if (!link || this.querySelector('button') || !navigator.clipboard) return;
    const text = clientTextOf(this);
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = text('copy');
    button.setAttribute('aria-label', text('copyTo', { what: this.dataset['what'] ?? '' }));
    const status = document.createElement('span');
    status.setAttribute('role', 'status');
    button.addEventListener('click', () => {
      navigator.clipboard.writeText(link.href).then(
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
