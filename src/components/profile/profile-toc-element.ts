/*
 * <profile-toc>: marks the contents entry of the part being read (aria-current="location").
 * The list is plain links without JavaScript; this only adds the marker. A part counts as read
 * once its top has crossed the upper third of the viewport: the last such part is current.
 */
export class ProfileToc extends HTMLElement {
  private observer?: IntersectionObserver;

  connectedCallback() {
    const links = new Map<Element, HTMLAnchorElement>();
    for (const a of this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
      const target = document.getElementById(decodeURIComponent(a.hash.slice(1)));
      if (target) links.set(target, a);
    }
    if (!links.size || !('IntersectionObserver' in window)) return;
    const targets = [...links.keys()];
    const passed = new Set<Element>();
    this.observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          // Above the observed band: passed; below it: not yet reached.
          if (entry.isIntersecting || entry.boundingClientRect.top < (entry.rootBounds?.top ?? 0)) passed.add(entry.target);
          else passed.delete(entry.target);
        }
        const current = targets.filter((t) => passed.has(t)).at(-1);
        for (const [target, a] of links) {
          if (target === current) a.setAttribute('aria-current', 'location');
          else a.removeAttribute('aria-current');
        }
        const link = current && links.get(current);
        if (link) this.keepInView(link);
      },
      { rootMargin: '0px 0px -67% 0px' },
    );
    for (const target of targets) this.observer.observe(target);
  }

  /** The list scrolls in its own box on wide screens: keep the marked entry inside it (never scrolls the page). */
  private keepInView(link: HTMLElement) {
    const box = this.querySelector<HTMLElement>('.toc');
    if (!box || box.scrollHeight <= box.clientHeight) return;
    const [l, b] = [link.getBoundingClientRect(), box.getBoundingClientRect()];
    if (l.top < b.top || l.bottom > b.bottom) box.scrollTop += l.top - b.top - b.height / 3;
  }

  disconnectedCallback() {
    this.observer?.disconnect();
  }
}
if (!customElements.get('profile-toc')) customElements.define('profile-toc', ProfileToc);
