import i18nCountries from 'i18n-iso-countries';

/* The top of the form, before its first section: the city's name and its country. */

export interface Header {
  readonly cityName?: string;
  /** ISO code: from the command line, else the first country named in the document. */
  readonly countryCode?: string;
  readonly countryFromDocument?: string;
}

const LABELLED = /^(city(?:\/municipality)?|municipality|name of (?:the )?city|country)\s*:\s*(.+)$/i;
const HAS_URL = /\bhttps?:\/\//i;

/** One line of the top of the form read into the header, or the reason it is not placed. */
export function readHeaderLine(text: string, header: Header): { header: Header; unplaced?: string } {
  const labelled = LABELLED.exec(text);
  const value = labelled ? (labelled[2] ?? '').trim() : text;
  const isCountryLabel = labelled?.[1]?.toLowerCase() === 'country';
  const code = i18nCountries.getAlpha2Code(value, 'en');
  if (code && (isCountryLabel || !labelled))
    return { header: { ...header, countryFromDocument: value, countryCode: header.countryCode ?? code } };
  if (!header.cityName && !isCountryLabel && value.length <= 60 && !HAS_URL.test(value) && !/\d{3,}/.test(value))
    return { header: { ...header, cityName: value } };
  return { header, unplaced: isCountryLabel ? `country "${value}" not recognised; pass --country XX` : 'text before the first section' };
}
