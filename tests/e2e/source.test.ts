// Almaty's source page in Chromium: a linked range is highlighted by :target with JavaScript off,
// copied text carries no line numbers or marks, no sideways scroll on a phone, no CSP violation.
import { describe, expect, inject, it } from 'vitest';
import { browserPerFile } from '../helpers/browser-per-file.ts';
import { watchCsp } from '../../scripts/lib/browser.ts';

const sourceUrl = () => `${inject('baseUrl')}/cities/almaty/source/`;
const open = browserPerFile();

describe('Almaty’s source page', () => {
  it('highlights the linked range, and only it, without JavaScript', async () => {
    const page = await open({ javaScriptEnabled: false });
    await page.goto(`${sourceUrl()}#L190-L202`);
    const background = (id: string) => page.evaluate((i) => getComputedStyle(document.getElementById(i)!).backgroundColor, id);
    const outer = await background('L190-L202');
    expect(outer).not.toBe(await background('L188'));
    // The nested range (IV.1's figures) is not the target: it shows the outer range's highlight through.
    expect(await background('L194-L202')).toBe(await background('L188'));
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('L190-L202');
  });

  it('copies the text without line numbers or marks', async () => {
    const page = await open();
    await page.goto(sourceUrl());
    const copied = await page.evaluate(() => {
      const range = document.createRange();
      range.setStartBefore(document.getElementById('L190')!);
      range.setEndAfter(document.getElementById('L194')!);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return selection.toString();
    });
    expect(copied).toContain('Currently, the provision of public services');
    expect(copied).toContain('The overall share of electronic services was 93.3%.');
    expect(copied).not.toMatch(/\b19[0-4]\b/);
    expect(copied).not.toContain('IV.1');
  });

  it.each([320, 375])('fits a %i px screen without sideways scrolling, and raises no CSP violation', async (width) => {
    const page = await open({ viewport: { width, height: 800 } });
    const csp = await watchCsp(page);
    await page.goto(sourceUrl());
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    expect(csp).toEqual([]);
  });
});
