import { stripImagePaths, stripImageResponse } from '../../../../lib/pages/profile-strips.ts';
import { QUESTION_EDITION } from '../../../../lib/pages/questions.ts';

// The shared background of a profile's strip (every city, none highlighted), one per indicator and drawing width.
export const getStaticPaths = () => stripImagePaths(QUESTION_EDITION);
export const GET = stripImageResponse;
