/** The Teams app manifest's prompt starters (commandLists) per scope, as Teams shows them. */
import { readFileSync } from 'fs';
import { join } from 'path';

interface Command {
  title: string;
  type?: 'basic' | 'prompt';
  prompt?: string;
}

const manifest = JSON.parse(readFileSync(join(__dirname, '../../deploy/teams/manifest.json'), 'utf8')) as {
  bots: Array<{ scopes: string[]; commandLists?: Array<{ scopes: string[]; commands: Command[] }> }>;
};

/** What picking each prompt starter sends in `scope` (its prompt, else its title); [] when it has none. */
export function promptStarters(scope: 'personal' | 'team' | 'groupChat'): string[] {
  return (manifest.bots[0].commandLists ?? [])
    .filter((list) => list.scopes.includes(scope))
    .flatMap((list) => list.commands.map((c) => (c.type === 'prompt' && c.prompt ? c.prompt : c.title)));
}

export const botScopes = (): string[] => manifest.bots[0].scopes;
