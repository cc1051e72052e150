import { describe, expect, it } from 'vitest';
import { closedOverviewPath, profilePath, questionChartPath, questionPath, questionsIndexPath } from '../../../src/lib/urls.ts';
import { LATEST_EDITION } from '../../../src/questionnaire/index.ts';

const OLDER = 2019;

describe('question routes', () => {
  it.each([
    [questionsIndexPath(LATEST_EDITION), '/questions/'],
    [questionsIndexPath(OLDER), '/editions/2019/questions/'],
    [questionPath(LATEST_EDITION, 'III.2'), '/questions/iii-2/'],
    [questionPath(LATEST_EDITION, 'III.2', 1), '/questions/iii-2/'],
    [questionPath(LATEST_EDITION, 'III.2', 3), '/questions/iii-2/3/'],
    [questionPath(OLDER, 'VIII.2'), '/editions/2019/questions/viii-2/'],
    [questionPath(OLDER, 'VIII.2', 2), '/editions/2019/questions/viii-2/2/'],
    [questionChartPath(LATEST_EDITION, 'IV.1', 'closed-answers', 'csv'), '/questions/iv-1/closed-answers.csv'],
    [questionChartPath(OLDER, 'IV.1', 'closed-answers', 'json'), '/editions/2019/questions/iv-1/closed-answers.json'],
    [closedOverviewPath(LATEST_EDITION, 'csv'), '/questions/closed-overview.csv'],
    [closedOverviewPath(OLDER, 'json'), '/editions/2019/questions/closed-overview.json'],
  ])('%s is %s', (path, expected) => {
    expect(path).toBe(expected);
  });
});

describe('profile routes', () => {
  it.each([
    [profilePath('testville', 2099, 2099), '/cities/testville/'],
    [profilePath('testville', 2022, 2099), '/cities/testville/2022/'],
    [profilePath('almaty', 2022, 2022), '/cities/almaty/'],
  ])('%s is %s', (path, expected) => {
    expect(path).toBe(expected);
  });
});
