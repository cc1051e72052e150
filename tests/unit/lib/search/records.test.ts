import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { describe, expect, it } from 'vitest';
import { readFragment } from '../../../../src/lib/search/build-index.ts';
import { PROFILE_EXCLUDE } from '../../../../src/lib/search/exclude.ts';
import {
  recordForPage,
  RESPONSE_MARKER,
  sectionLabel,
  sectionsOfAnchors,
  TYPE_EDITORIAL,
  TYPE_QUESTION,
} from '../../../../src/lib/search/records.ts';
import { getEdition, questionAnchor, questionsInSection, sectionAnchor } from '../../../../src/questionnaire/index.ts';

const edition = getEdition(2022);

/** A profile page shaped like the real one: a marker block, then every section and question with its id and sub-result title. */
function profile(extra: (questionId: string) => string = () => '', skip = ''): string {
  const sections = edition.sections
    .map(
      (s) =>
        `<section class="response-section" id="${sectionAnchor(s.id)}" data-pagefind-title="${sectionLabel(s)}"><h2 id="${sectionAnchor(s.id)}-title" data-pagefind-ignore>${s.id}. ${s.title}</h2>` +
        questionsInSection(2022, s.id)
          .filter((q) => q.id !== skip)
          .map(
            (q) =>
              `<section class="question" id="${questionAnchor(q.id)}" data-pagefind-title="${q.id} ${q.shortTitle}"><h3 id="${questionAnchor(q.id)}-title" data-pagefind-ignore>${q.id} ${q.wording}</h3><div class="answer"><span class="answer__label">Explanation</span><p>Answer to ${q.id}.</p>${extra(q.id)}</div><div class="question__meta"><button>Copy link</button></div></section>`,
          )
          .join('') +
        `</section>`,
    )
    .join('');
  return `<!doctype html><html lang="en"><body><nav>Menu</nav><h1>Testville</h1><article class="response" data-pagefind-body>
    <div hidden ${RESPONSE_MARKER}="2022/testville" data-search-edition="2022">
      <span data-pagefind-meta="title[data-value]" data-value="Testville"></span>
      <span data-pagefind-filter="region[data-value]" data-value="Europe"></span>
      <p>Testville · Тествиль · Freedonia</p>
    </div>${sections}</article></body></html>`;
}

describe('recordForPage', () => {
  it('hands a profile to Pagefind as rendered: one record, with its response id', () => {
    const html = profile();
    const record = recordForPage(html, '/cities/testville/');
    expect(record).toEqual({ url: '/cities/testville/', html, kind: 'profile', response: '2022/testville' });
  });

  it('fails loudly when a question has no element with its anchor, or no sub-result title', () => {
    expect(() => recordForPage(profile(undefined, 'IV.2'), '/cities/testville/')).toThrow(/iv-2/);
    const untitled = profile().replace(/(id="iii-5") data-pagefind-title="[^"]*"/, '$1');
    expect(() => recordForPage(untitled, '/cities/testville/')).toThrow(/iii-5/);
    expect(() => recordForPage(profile().replace('data-search-edition="2022"', 'data-search-edition="1999"'), '/cities/x/')).toThrow(
      /edition/,
    );
  });

  it('types other searchable pages Editorial, and skips pages without data-pagefind-body', () => {
    const about = recordForPage(
      '<html lang="en"><body><main class="prose" data-pagefind-body><h1>About</h1><p>What the LGQ is.</p></main></body></html>',
      '/about/',
    );
    expect(about?.kind).toBe('page');
    expect(about?.html).toContain(
      `<main class="prose" data-pagefind-body><span data-pagefind-meta="type[data-value]" data-pagefind-filter="type[data-value]" data-value="${TYPE_EDITORIAL}"></span><h1>`,
    );
    expect(recordForPage('<html><body><h1>Cities</h1></body></html>', '/cities/')).toBeUndefined();
  });

  it('keeps the type a question page declares (Question), so it is not typed Editorial', () => {
    const question = recordForPage(
      `<html lang="en"><body><div data-pagefind-body><span data-pagefind-meta="type:${TYPE_QUESTION}" data-pagefind-filter="type:${TYPE_QUESTION}" hidden></span><h1>I.3 Chief Information Officer (CIO)</h1></div></body></html>`,
      '/questions/i-3/',
    );
    expect(question?.kind).toBe('page');
    expect(question?.html).not.toContain(TYPE_EDITORIAL);
  });

  it('maps every profile anchor to its section, from the questionnaire', () => {
    const map = sectionsOfAnchors()['2022'] ?? {};
    const third = edition.sections.find((s) => s.id === 'III');
    expect(third).toBeDefined();
    if (!third) return;
    expect(map['iii-5']).toBe(sectionLabel(third));
    expect(map['section-iii']).toBe(sectionLabel(third));
    expect(Object.keys(map)).toHaveLength(edition.questions.length + edition.sections.length);
  });
});

describe('what Pagefind indexes of a profile (its own indexer, with the exclusions)', () => {
  it('keeps the identity and answers with a sub-result per question; leaves out wording, labels, controls and ignored parts', async () => {
    const html = profile((id) =>
      id === 'I.3' ? '<dl><dt>E-mail</dt><dd data-pagefind-ignore="all">someone at example dot org</dd></dl>' : '',
    );
    const out = mkdtempSync(join(tmpdir(), 'lgq-records-'));
    try {
      const { index } = await pagefind.createIndex({ forceLanguage: 'en', excludeSelectors: [...PROFILE_EXCLUDE] });
      if (!index) throw new Error('no Pagefind index');
      await index.addHTMLFile({ url: '/cities/testville/', content: html });
      await index.writeFiles({ outputPath: out });
      const [file] = readdirSync(join(out, 'fragment'));
      const fragment = readFragment(join(out, 'fragment', file ?? ''));
      const content = fragment.content;
      expect(content).toContain('Тествиль');
      for (const q of edition.questions) expect(content).toContain(`Answer to ${q.id}.`);
      const wording = edition.questions.find((q) => q.id === 'III.5')?.wording ?? '';
      expect(content).not.toContain(wording);
      for (const absent of ['Explanation', 'E-mail', 'example dot org', 'Copy link', 'Menu', edition.sections[0]?.title ?? '-'])
        expect(content).not.toContain(absent);
      expect(fragment.meta['title']).toBe('Testville');
      const anchors = (fragment as unknown as { anchors: { id: string; title: string }[] }).anchors;
      const q = edition.questions.find((x) => x.id === 'III.5');
      expect(anchors).toContainEqual(expect.objectContaining({ id: 'iii-5', title: `III.5 ${q?.shortTitle ?? ''}` }));
      // Headings are left out: no sub-result points at a heading's own id.
      expect(anchors.some((a) => a.id.endsWith('-title'))).toBe(false);
    } finally {
      await pagefind.close();
      rmSync(out, { recursive: true, force: true });
    }
  });
});
