import { generateDemo } from '../demo/generate-demo.js';
import { demoSurveyResponses } from '../demo/survey-responses.js';
import { PoulsError } from '../model/pouls-error.js';
import { SURVEY_INSTRUMENT } from '../model/survey-instrument.js';
import { replaceCommunity, type Store, writeSurvey } from '../store/index.js';

/**
 * Writes the demo community with its survey responses under a slug of choice (replacing an
 * earlier one), without planning nor writing a report: data for the web app's tests, benchmarks
 * and a first look. Returns the slug and the demo's diagnosis date.
 */
export async function seedDemo(
  store: Store,
  options: { slug?: string; name?: string; seed?: number } = {},
): Promise<{ slug: string; asOf: string }> {
  const demo = generateDemo(options.seed !== undefined ? { seed: options.seed } : {});
  const community = {
    ...demo.community,
    slug: options.slug ?? demo.community.slug,
    name: options.name ?? demo.community.name,
  };
  const written = await replaceCommunity(store.db, community, demo.batch);
  if (!written.ok) throw new PoulsError('internal', 'the demo community could not be written');
  await writeSurvey(store.db, community, {
    instrumentId: SURVEY_INSTRUMENT.id,
    instrumentVersion: SURVEY_INSTRUMENT.version,
    source: 'pouls-demo',
    responses: demoSurveyResponses(demo),
    ties: [],
    columns: [],
  });
  return { slug: community.slug, asOf: demo.asOf };
}
