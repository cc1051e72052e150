import { editorialPath, PAGES } from '../../lib/urls.ts';

/** The site's sections, in the order the header and footer list them. */
export interface NavItem {
  readonly href: string;
  readonly label: string;
  /** Shown in the header as well as the footer (Search is the header's search box instead). */
  readonly header: boolean;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { href: PAGES.home, label: 'Home', header: false },
  { href: PAGES.cities, label: 'Cities', header: true },
  { href: PAGES.questions, label: 'Questions', header: true },
  { href: PAGES.compare, label: 'Compare', header: true },
  { href: PAGES.data, label: 'Data', header: true },
  { href: PAGES.search, label: 'Search', header: false },
  { href: editorialPath('about'), label: 'About', header: true },
  { href: editorialPath('methodology'), label: 'Methodology', header: true },
];

/**
 * `aria-current` for a nav link: `page` on the section's own page, `true` inside it
 * (`/cities/almaty/` is in Cities), otherwise nothing.
 */
export function navCurrent(path: string, href: string): 'page' | 'true' | undefined {
  if (path === href) return 'page';
  if (href !== PAGES.home && path.startsWith(href)) return 'true';
  return undefined;
}
