/** The site's sections, in the order the header and footer list them. */
export interface NavItem {
  readonly href: string;
  readonly label: string;
  /** Shown in the header as well as the footer (Search is the header's search box instead). */
  readonly header: boolean;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { href: '/', label: 'Home', header: false },
  { href: '/cities/', label: 'Cities', header: true },
  { href: '/questions/', label: 'Questions', header: true },
  { href: '/compare/', label: 'Compare', header: true },
  { href: '/data/', label: 'Data', header: true },
  { href: '/search/', label: 'Search', header: false },
  { href: '/about/', label: 'About', header: true },
  { href: '/methodology/', label: 'Methodology', header: true },
];

/**
 * `aria-current` for a nav link: `page` on the section's own page, `true` inside it
 * (`/cities/almaty/` is in Cities), otherwise nothing.
 */
export function navCurrent(path: string, href: string): 'page' | 'true' | undefined {
  if (path === href) return 'page';
  if (href !== '/' && path.startsWith(href)) return 'true';
  return undefined;
}
