/* The submission date, as respondents write it on the form's last page. */

const DATE_LINE = /^(?:[-•*·]\s*)?(?:submission date|date of submission|date submitted|date)\s*:\s*(.*)$/i;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "Submission date: 3 May 2023" -> "3 May 2023" (empty when left blank); null for other lines. */
export function readDateLine(text: string): string | null {
  const m = DATE_LINE.exec(text);
  return m ? (m[1] ?? '').trim() : null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const month = (s: string) => MONTHS.findIndex((name) => name.startsWith(s.toLowerCase().slice(0, 3))) + 1;

function validDate(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? `${y}-${pad(m)}-${pad(d)}` : null;
}

/** "May 3, 2023", "3 May 2023", "2023-05-03", "03.05.2023" (day first) -> YYYY-MM-DD, or null. */
export function parseDate(text: string): string | null {
  const t = text.trim().replace(/[.,]$/, '');
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return validDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
  if (m) return validDate(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(t);
  if (m?.[1] && month(m[1]) > 0) return validDate(Number(m[3]), month(m[1]), Number(m[2]));
  m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(t);
  if (m?.[2] && month(m[2]) > 0) return validDate(Number(m[3]), month(m[2]), Number(m[1]));
  return null;
}
