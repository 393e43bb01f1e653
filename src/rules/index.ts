/** The advice: the help article as data and pure functions. No I/O, no clock, no botbuilder. */
export * from './types';
export { criteria, criterion, allowedValues } from './criteria';
export { nextQuestion } from './next-question';
export { recommend } from './recommend';
export { validateAnswers, withAnswer, isCriterionId } from './answers';
export * from './eligibility';
export * from './explanations';
