import type { Markdown } from '../channels';

/** The copy is written in common markdown (**bold**, "- " lists); adapt it per channel. */
export function formatText(text: string, markdown: Markdown): string {
  switch (markdown) {
    case 'full':
    case 'teams':
      return text;
    case 'slack':
      return text.replace(/\*\*(.+?)\*\*/g, '*$1*').replace(/^- /gm, '• ');
    case 'none':
      return text.replace(/\*\*(.+?)\*\*/g, '$1').replace(/^- /gm, '* ');
  }
}

/** "1. Yes\n2. No" for channels without buttons. */
export function numbered(labels: string[]): string {
  return labels.map((l, i) => `${i + 1}. ${l}`).join('\n');
}
