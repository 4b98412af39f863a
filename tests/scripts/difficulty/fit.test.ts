/**
 * The committed weights (lib/difficulty/model.json) come from the committed fitting code:
 * `npm run fit:difficulty` refits a fixture sample with the same settings and records its digest,
 * and this test refits that sample again. Changing the features, the fit or the settings without
 * running the fit again fails here; so does editing model.json by hand.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DENSE_FEATURES } from '../../../lib/difficulty/features';
import { MODEL } from '../../../lib/difficulty/model';
import { FILES, SOURCES } from '../../../scripts/difficulty/data';
import {
  digestOf,
  exampleOf,
  fitAll,
  SETTINGS,
  sha256,
  UNCERTAIN_UNDER_WORDS,
} from '../../../scripts/difficulty/fit';
import { FIXTURE_PATH, readFixture } from '../../../scripts/difficulty/fixture';
import { fitModel } from '../../../scripts/difficulty/train';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const file = readFileSync(join(root, 'lib', 'difficulty', 'model.json'), 'utf8');
const committed = JSON.parse(file);
const fixtureText = readFileSync(join(root, FIXTURE_PATH), 'utf8');
const sample = readFixture(fixtureText).map(exampleOf);

describe('the committed difficulty model', () => {
  it('records the settings, data and fixture it was made with', () => {
    expect(committed.settings).toEqual(SETTINGS);
    expect(committed.fittedOn.files.map((f: { file: string }) => f.file)).toEqual(
      SOURCES.map((s) => FILES[s]),
    );
    expect(committed.fixtureCheck).toMatchObject({ file: FIXTURE_PATH, sha256: sha256(fixtureText) });
    expect(MODEL.levels.uncertainUnderWords).toBe(UNCERTAIN_UNDER_WORDS);
  });

  it('is what the fitting code makes: refitting the fixture sample gives the recorded digest', () => {
    expect(sample.length).toBeGreaterThan(100);
    expect(digestOf(fitModel(sample, SETTINGS))).toBe(committed.fixtureCheck.modelSha256);
  });

  it('fits the same weights twice from the same rows', () => {
    const rows = sample.slice(0, 60);
    expect(fitModel(rows, SETTINGS)).toEqual(fitModel(rows, SETTINGS));
  });

  it('weighs only features the extension reads, has ordered cut-points, and stays small', () => {
    for (const name of Object.keys(MODEL.signals)) expect(DENSE_FEATURES).toContain(name);
    expect(Object.keys(MODEL.phrases).length).toBeGreaterThan(100);
    expect(MODEL.cuts).toHaveLength(2);
    expect(MODEL.cuts[0]).toBeLessThan(MODEL.cuts[1]);
    expect(gzipSync(file).length).toBeLessThan(40_000);
  });

  it('learns the direction of the evidence from real rows: pay and "senior" push toward expert', () => {
    const { model } = fitAll(sample, { ...SETTINGS, minRows: 3 });
    expect(model.signals['pay.hourlyRate']).toBeGreaterThan(0);
    expect(MODEL.signals['pay.hourlyRate']).toBeGreaterThan(0);
    expect(MODEL.signals['cue.senior']).toBeGreaterThan(0);
    expect(model.levels.beginnerUpTo).toBeLessThan(model.levels.expertFrom);
  });
});
