// Citations in Chromium: each format has a copy button that copies exactly its text (with the
// reader's access date) and says so; without JavaScript there is no button and the text is all there.
import { describe, expect, inject, it } from 'vitest';
import { browserPerFile } from '../helpers/browser-per-file.ts';
import { watchCsp } from '../../scripts/lib/browser.ts';

const open = browserPerFile();
const FORMATS = ['text', 'bibtex', 'ris', 'csl'];

describe.each(['/cities/almaty/', '/data/'])('the citation on %s', (path) => {
  it('copies each format with its button, and announces it', async () => {
    const page = await open({ permissions: ['clipboard-read', 'clipboard-write'] });
    const csp = await watchCsp(page);
    await page.goto(`${inject('baseUrl')}${path}`);
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    const box = page.locator('citation-formats').first();
    expect(await box.locator('button.citation__copy').count()).toBe(FORMATS.length);
    for (const format of FORMATS) {
      const block = box.locator(`[data-citation="${format}"]`);
      const button = box.locator(`button[aria-label="Copy the citation as ${await block.getAttribute('data-format-name')}"]`);
      await button.click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(await block.textContent());
      expect(await block.locator('time').getAttribute('datetime')).toBe(today);
    }
    expect(await box.locator('[role="status"]').first().textContent()).toBe('Copied');
    // The CSL-JSON copied is JSON, with the reader's date.
    const csl = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as { accessed: { 'date-parts': number[][] } }[];
    expect(csl[0]?.accessed['date-parts'][0]?.join('-')).toBe(today.replace(/-0/g, '-'));
    expect(csp).toEqual([]);
  });

  it('has no copy button without JavaScript, and every format as text', async () => {
    const page = await open({ javaScriptEnabled: false });
    await page.goto(`${inject('baseUrl')}${path}`);
    expect(await page.locator('citation-formats button').count()).toBe(0);
    for (const format of FORMATS)
      expect((await page.locator(`citation-formats [data-citation="${format}"]`).first().textContent())?.length).toBeGreaterThan(50);
  });
});
