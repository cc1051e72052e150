export class CopyLink extends HTMLElement {
  connectedCallback() {
    const link = this.querySelector('a');
    if (!link || this.querySelector('button') || !navigator.clipboard) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Copy link';
    button.setAttribute('aria-label', `Copy link to ${this.dataset['what'] ?? 'this answer'}`);
    const status = document.createElement('span');
    status.setAttribute('role', 'status');
    button.addEventListener('click', () => {
      navigator.clipboard.writeText(link.href).then(
        () => {
          status.textContent = 'Link copied';
        },
        () => {
          status.textContent = 'Could not copy: use the link instead';
        },
      );
    });
    this.append(button, status);
  }
}
if (!customElements.get('copy-link')) customElements.define('copy-link', CopyLink);
