import { wordsFor, type Words } from '../../src/copy';

/** The English words of the default brand, as `npm start` speaks them. */
export const english: Words = wordsFor('en', 'liveBooks');
