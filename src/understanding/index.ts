/** Understanding what people type: pure, no botbuilder, language as data (languages/*.ts). */
export { understand, type Where } from './understand';
export { understanderFor, Understander } from './understander';
export type { Reading, Fact, Command, QuestionTopic, SmallTalk, AgeReading, Confidence } from './reading';
export { MAX_MESSAGE_CHARS } from './text';
