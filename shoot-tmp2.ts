import { launchBrowser } from './scripts/lib/browser.ts';
const browser = await launchBrowser();
const slug = process.argv[2] ?? 'baichen';
for (const width of [375, 1280])
  for (const scheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:8123/cities/${slug}/`);
    const figs = page.locator('.profile-strip');
    for (let i = 0; i < (await figs.count()); i++) await figs.nth(i).scrollIntoViewIfNeeded();
    await page.waitForFunction(() => [...document.querySelectorAll('#distributions img')].every((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0));
    for (const i of [0, 1, 5]) await figs.nth(i).screenshot({ path: `/tmp/strips-shots/${slug}-${width}-${scheme}-${i}.png` });
    await context.close();
  }
await browser.close();
