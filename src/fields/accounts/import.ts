import type { KindImporter } from '../../lib/import/kind-importer.ts';

/* Social media accounts: "Facebook: https://…", a short platform name before one URL. */

/** A platform name is a few words ("Facebook", "VK", "Telegram channel"), not a sentence. */
export const isPlatformName = (label: string) => label.split(/\s+/).length <= 3 && label.length <= 30;

export const importer: KindImporter = {
  read(line, { readings }) {
    const urls = line.urls;
    if (urls?.shape !== 'label-url' || !isPlatformName(urls.label)) return null;
    if (!readings.question.fields.some((f) => f.kind === 'accounts')) return null;
    const accounts = [...readings.accounts, { platform: urls.label, url: urls.url }];
    return { readings: { ...readings, accounts, lastText: null, answered: true }, done: true };
  },
  finish(_field, { readings }) {
    const accounts = readings?.accounts;
    return accounts?.length ? { value: accounts, urls: accounts.map((a) => a.url) } : {};
  },
};
