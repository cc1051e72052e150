import { describe, expect, it } from 'vitest';
import { recordsForPage, RESPONSE_MARKER, TYPE_EDITORIAL, TYPE_QUESTION } from '../../../../src/lib/search/records.ts';
import { getEdition, questionAnchor, questionsInSection, sectionAnchor } from '../../../../src/questionnaire/index.ts';

const edition = getEdition(2022);

/** A profile page shaped like the real one: a marker block, then every section and question with its id. */
function profile(extra: (questionId: string) => string = () => '', skip = ''): string {
  const sections = edition.sections
    .map(
      (s) =>
        `<section id="${sectionAnchor(s.id)}"><h2 id="${sectionAnchor(s.id)}-title">${s.id}. ${s.title}</h2>` +
        questionsInSection(2022, s.id)
          .filter((q) => q.id !== skip)
          .map(
            (q) =>
              `<section id="${questionAnchor(q.id)}"><h3>${q.id} ${q.wording}</h3><div class="answer"><span class="answer__label">Explanation</span><p>Answer to ${q.id}.</p>${extra(q.id)}</div></section>`,
          )
          .join('') +
        `</section>`,
    )
    .join('');
  return `<!doctype html><html lang="en"><body><nav>Menu</nav><h1>Testville</h1><article data-pagefind-body>
    <div hidden ${RESPONSE_MARKER}="2022/testville" data-search-edition="2022" data-search-city="Testville" data-search-identity="Testville · Тествиль · Freedonia">
      <span data-pagefind-filter="region[data-value]" data-value="Europe"></span>
    </div>${sections}</article></body></html>`;
}

describe('recordsForPage', () => {
  it("writes every record in the page's language", () => {
    const records = recordsForPage(profile().replace('<html lang="en">', '<html lang="fr">'), '/cities/testville/');
    expect(records.length).toBeGreaterThan(1);
    for (const r of records) expect(r.html.startsWith('<!doctype html><html lang="fr">'), r.url).toBe(true);
  });

  it('makes a profile one record for the main index and one record per questionnaire section', () => {
    const records = recordsForPage(profile(), '/cities/testville/');
    expect(records.map((r) => r.url)).toEqual([
      '/cities/testville/',
      ...edition.sections.map((s) => `/cities/testville/#${sectionAnchor(s.id)}`),
    ]);
    expect(records.every((r) => r.response === '2022/testville')).toBe(true);
    // The first is the profile record of the main index: identity and every answer, no section filter.
    expect(records.map((r) => r.kind)).toEqual(['profile', ...edition.sections.map(() => 'section')]);
    expect(records[0]?.html).toContain('Тествиль');
    for (const q of edition.questions) expect(records[0]?.html).toContain(`Answer to ${q.id}.`);
    expect(records[0]?.html).not.toContain('data-pagefind-filter="section');
  });

  it('gives each section record its section filter, the page metadata and question titles for sub-results', () => {
    const third = recordsForPage(profile(), '/cities/testville/').find((r) => r.url.endsWith('#section-iii'));
    expect(third?.html).toContain('data-pagefind-filter="section[data-value]" data-value="III. ');
    expect(third?.html).toContain('data-pagefind-filter="region[data-value]" data-value="Europe"');
    const q = edition.questions.find((x) => x.id === 'III.5');
    expect(third?.html).toContain(`id="iii-5" data-pagefind-title="III.5 ${q?.shortTitle ?? ''}"`);
    expect(third?.html).toContain('Answer to III.5.');
  });

  it('leaves out question wording, headings, field labels and anything marked data-pagefind-ignore', () => {
    const html = profile((id) =>
      id === 'I.3' ? '<dl><dt>E-mail</dt><dd data-pagefind-ignore="all">someone at example dot org</dd></dl>' : '',
    );
    const records = recordsForPage(html, '/cities/testville/');
    const all = records.map((r) => r.html).join('\n');
    const wording = edition.questions.find((q) => q.id === 'III.5')?.wording ?? '';
    expect(all).not.toContain(wording);
    expect(all).not.toContain('Explanation');
    expect(all).not.toContain('example dot org');
    expect(all).not.toContain('Menu');
  });

  it('fails loudly when a question has no element with its anchor', () => {
    expect(() => recordsForPage(profile(undefined, 'IV.2'), '/cities/testville/')).toThrow(/iv-2/);
  });

  it('indexes other searchable pages whole, typed Editorial, and skips pages without data-pagefind-body', () => {
    const [about] = recordsForPage(
      '<html lang="en"><body><main data-pagefind-body><h1>About</h1><p>What the LGQ is.</p></main></body></html>',
      '/about/',
    );
    expect(about?.kind).toBe('page');
    expect(about?.html).toContain('data-pagefind-meta="type[data-value]" data-pagefind-filter="type[data-value]" data-value="Editorial"');
    expect(recordsForPage('<html><body><h1>Cities</h1></body></html>', '/cities/')).toEqual([]);
  });

  it('keeps the type a question page declares (Question), so it is not typed Editorial', () => {
    const [question] = recordsForPage(
      `<html lang="en"><body><div data-pagefind-body><span data-pagefind-meta="type:${TYPE_QUESTION}" data-pagefind-filter="type:${TYPE_QUESTION}" hidden></span><h1>I.3 Chief Information Officer (CIO)</h1><p>Does your city have a CIO?</p></div><table><tr><td>Almaty</td></tr></table></body></html>`,
      '/questions/i-3/',
    );
    expect(question?.kind).toBe('page');
    expect(question?.html).not.toContain(TYPE_EDITORIAL);
    expect(question?.html).toContain(`type:${TYPE_QUESTION}`);
  });
});
