import { editorialPath, PAGES } from '../../lib/urls.ts';
import { t } from '../../i18n/index.ts';

/** The site's sections, in the order the header and footer list them. */
export interface NavItem {
  readonly href: string;
  readonly label: string;
  /** Shown in the header as well as the footer (Search is the header's search box instead). */
  readonly header: boolean;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { href: PAGES.home, label: t('layout.nav.home'), header: false },
  { href: PAGES.cities, label: t('layout.nav.cities'), header: true },
  { href: PAGES.questions, label: t('layout.nav.questions'), header: true },
  { href: PAGES.compare, label: t('layout.nav.compare'), header: true },
  { href: PAGES.data, label: t('layout.nav.data'), header: true },
  { href: PAGES.search, label: t('layout.nav.search'), header: false },
  { href: editorialPath('about'), label: t('layout.nav.about'), header: true },
  { href: editorialPath('methodology'), label: t('layout.nav.methodology'), header: true },
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
