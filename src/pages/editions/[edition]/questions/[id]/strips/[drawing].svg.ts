import { stripImagePaths, stripImageResponse } from '../../../../../../lib/pages/profile-strips.ts';
import { OTHER_EDITIONS } from '../../../../../../lib/pages/questions.ts';

// The shared strip backgrounds of the profiles of an edition other than the latest.
export const getStaticPaths = async () =>
  (await Promise.all(OTHER_EDITIONS.map((edition) => stripImagePaths(edition)))).flatMap((paths, i) =>
    paths.map((p) => ({ ...p, params: { ...p.params, edition: String(OTHER_EDITIONS[i]) } })),
  );
export const GET = stripImageResponse;
