import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dosDateTime, redatedZip, workbook } from '../../../../src/lib/export/release.ts';

/** Each entry's [name, DOS time, DOS date] from its central header, and its local header's. */
function entryDates(zip: Uint8Array): { central: number[][]; local: number[][] } {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.byteLength - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end--;
  const central: number[][] = [];
  const local: number[][] = [];
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < view.getUint16(end + 10, true); i++) {
    central.push([view.getUint16(at + 12, true), view.getUint16(at + 14, true)]);
    const l = view.getUint32(at + 42, true);
    local.push([view.getUint16(l + 10, true), view.getUint16(l + 12, true)]);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return { central, local };
}

describe('zip entry dates', () => {
  it.each([
    ['1980-01-01', (0 << 9) | (1 << 5) | 1],
    ['2026-12-02', (46 << 9) | (12 << 5) | 2],
    ['2099-06-30', (119 << 9) | (6 << 5) | 30],
  ])('%s is DOS date %i at midnight', (date, dos) => {
    expect(dosDateTime(date)).toEqual({ time: 0, date: dos });
  });

  it('sets every entry, in both headers, and changes nothing else', () => {
    const files = { 'a.txt': new TextEncoder().encode('alpha'), 'b/c.csv': new TextEncoder().encode('x,y\n1,2\n') };
    const made = (mtime: Date) =>
      new Uint8Array(zipSync({ 'a.txt': [files['a.txt'], { mtime }], 'b/c.csv': [files['b/c.csv'], { mtime }] }));
    const early = made(new Date(2001, 2, 3, 4, 5, 6));
    const late = made(new Date(2024, 7, 8, 9, 10, 12));
    expect(early).not.toEqual(late);
    const dated = redatedZip(early, '2026-12-02');
    expect(redatedZip(late, '2026-12-02')).toEqual(dated);
    const want = [0, dosDateTime('2026-12-02').date];
    expect(entryDates(dated)).toEqual({ central: [want, want], local: [want, want] });
    expect(unzipSync(dated)).toEqual(files);
  });

  it('refuses bytes that are not a zip', () => {
    expect(() => redatedZip(new Uint8Array(64), '2026-12-02')).toThrow(/Not a zip/);
  });
});

describe('the workbook', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  const sheets = [
    {
      name: 'cities',
      columns: [
        { name: 'city', type: 'string' as const },
        { name: 'n', type: 'integer' as const },
      ],
      cells: [['Accra', '3']],
    },
  ];
  const readme = { lines: [['Title', 'A test workbook'] as const] };

  it('has the same bytes whenever it is written, every part dated with the release', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-05-06T07:08:09Z'));
    const first = await workbook(readme, sheets, '2026-12-02');
    vi.setSystemTime(new Date('2031-10-11T12:13:14Z'));
    const second = await workbook(readme, sheets, '2026-12-02');
    expect(second).toEqual(first);
    const want = [0, dosDateTime('2026-12-02').date];
    const { central, local } = entryDates(first);
    expect(central.length).toBeGreaterThan(5);
    expect([...central, ...local].every((d) => d[0] === want[0] && d[1] === want[1])).toBe(true);
    // The parts are compressed by exceljs (deflate), and read back.
    const parts = unzipSync(first);
    expect(new TextDecoder().decode(parts['xl/worksheets/sheet2.xml'])).toContain('Accra');
  });

  it('bolds the header row only, and keeps each cell typed (the data cells share one style object)', async () => {
    const two = [
      {
        ...sheets[0]!,
        cells: [
          ['Accra', '3'],
          ['Lomé', ''],
        ],
      },
    ];
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await workbook(readme, two, '2026-12-02')).buffer);
    const ws = wb.getWorksheet('cities')!;
    const rows = [1, 2, 3].map((r) => [1, 2].map((c) => ws.getCell(r, c)));
    expect(rows.map((cells) => cells.map((c) => c.value))).toEqual([
      ['city', 'n'],
      ['Accra', 3],
      ['Lomé', null],
    ]);
    expect(rows.map((cells) => cells.map((c) => c.font?.bold === true))).toEqual([
      [true, true],
      [false, false],
      [false, false],
    ]);
  });
});
