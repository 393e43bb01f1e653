/**
 * Checks an Adaptive Card the way a host would read it, offline. No npm package ships the
 * Adaptive Cards JSON schema files (adaptivecards.io/schemas/1.5.0/...), so this uses the
 * official `adaptivecards` library's parser with the card's own version as the target: it
 * reports unknown element types, invalid enum values, missing required properties and
 * properties newer than the version. Properties it doesn't know are dropped when it writes
 * the card back, so a round trip that changes the card means a misspelt or invented property.
 */
import type * as AdaptiveCards from 'adaptivecards';

// The package's entry point is an ES module that Node can't load; its UMD bundle works.
const AC = require('adaptivecards/dist/adaptivecards.js') as typeof AdaptiveCards;

export function adaptiveCardProblems(card: Record<string, unknown>): string[] {
  const version = AC.Versions.getAllDeclaredVersions().find((v) => v.toString() === card.version);
  if (!version) return [`unknown Adaptive Card version ${String(card.version)}`];
  // The library checks `lang` with a global regular expression, which keeps its position
  // between calls: every second card with a language would fail. Start each check afresh.
  (AC as unknown as { CardElement: { langProperty: { regEx?: RegExp } } }).CardElement.langProperty.regEx!.lastIndex = 0;
  const context = new AC.SerializationContext(version);
  const parsed = new AC.AdaptiveCard();
  parsed.parse(card, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) problems.push(context.getEventAt(i).message);
  for (const event of parsed.validateProperties().validationEvents) problems.push(event.message);
  const written = parsed.toJSON(new AC.SerializationContext(version));
  if (canonical(written) !== canonical(card)) {
    problems.push(`not all of it is Adaptive Card ${version.toString()}: read back as ${JSON.stringify(written)}`);
  }
  return problems;
}

/** JSON with object keys sorted, so two cards compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}
