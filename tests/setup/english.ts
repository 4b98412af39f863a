/**
 * Unit tests read SkillScout in English, the default language, from the shipped catalogue (a
 * test of another language sets its own words and puts these back).
 */

import { setWords } from '../../lib/core/i18n';
import { catalogWords } from '../../scripts/lib/catalog';

setWords(catalogWords('en'));
