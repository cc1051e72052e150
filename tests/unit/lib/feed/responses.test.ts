import { describe, expect, it } from 'vitest';
import { atomXml } from '../../../../src/lib/feed/atom.ts';
import { parseGitLog } from '../../../../src/lib/feed/history.ts';
import { responsesFeed } from '../../../../src/lib/feed/responses.ts';
import { atomProblems } from '../../../helpers/atom.ts';

const almaty = { slug: 'almaty', edition: 2022, city: { name: 'Almaty' }, country: { name: 'Kazakhstan' }, submitted: '2023-05-03' };
const quillon = { slug: 'quillon', edition: 2022, city: { name: 'Quillon' }, country: { name: 'India' }, submitted: '2023-02-01' };

describe('parseGitLog', () => {
  it('gives the commit dates of each response file, oldest first, ignoring other files', () => {
    const log = [
      '',
      '2026-11-30\n\ncontent/responses/2022/almaty.yaml\ncontent/sources/2022/almaty.txt\n',
      '2026-10-01\n\ncontent/responses/2022/almaty.yaml\ncontent/responses/2022/quillon.yaml\n',
    ].join('\0');
    expect(parseGitLog(log, 'content/responses/')).toEqual(
      new Map([
        ['2022/almaty', ['2026-10-01', '2026-11-30']],
        ['2022/quillon', ['2026-10-01']],
      ]),
    );
  });
});

describe('responsesFeed', () => {
  const history = new Map([
    ['2022/almaty', ['2026-10-01', '2026-11-02', '2026-11-30']],
    ['2022/quillon', ['2026-10-01']],
  ]);
  const feed = responsesFeed([almaty, quillon], history, 'https://kb.example.org');
  it('has an entry when each response was added and one for its latest correction, newest first', () => {
    expect(feed.entries.map((e) => [e.title, e.updated])).toEqual([
      ['Almaty (Kazakhstan): LGQ 2022 response corrected', '2026-11-30'],
      ['Almaty (Kazakhstan): LGQ 2022 response added', '2026-10-01'],
      ['Quillon (India): LGQ 2022 response added', '2026-10-01'],
    ]);
    expect(feed.updated).toBe('2026-11-30');
    expect(feed.entries[0]?.link.href).toBe('https://kb.example.org/cities/almaty/');
    expect(feed.entries[0]?.id).toBe('https://kb.example.org/cities/almaty/#corrected-2026-11-30');
  });
  it('falls back to the submission date without history, and is valid Atom with and without an origin', () => {
    const bare = responsesFeed([almaty], new Map(), undefined);
    expect(bare.entries.map((e) => e.updated)).toEqual(['2023-05-03']);
    expect(bare.entries[0]?.link.href).toBe('/cities/almaty/');
    expect(bare.entries[0]?.id).toBe('urn:lgq-knowledgebase:response:2022:almaty:added');
    expect(atomProblems(atomXml(bare))).toEqual([]);
    expect(atomProblems(atomXml(feed))).toEqual([]);
  });
});
