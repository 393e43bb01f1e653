import type { Markdown } from '../channels';

/** The copy is written in common markdown (**bold**, "- " lists); adapt it per channel. */
export function formatText(text: string, markdown: Markdown): string {
  switch (markdown) {
    case 'full':
    case 'teams':
      return text;
    case 'slack':
      // The Azure Bot Service Slack channel reads `text` as markdown (the Bot Framework's default
      // textFormat) and writes Slack mrkdwn from it: **bold** becomes Slack's *bold*, and a
      // single newline is no line break. So keep **bold**, bullet with "•", and make every line
      // its own paragraph so lists and headings stay on their own lines.
      return text.replace(/^- /gm, '• ').replace(/\n+/g, '\n\n');
    case 'none':
      return plain(text);
  }
}

/** Text without markdown emphasis: for plain-text channels and for titles, which show none. */
export function plain(text: string): string {
  return text.replace(/\*\*(.+?)\*\*/g, '$1').replace(/`([^`]+)`/g, '$1');
}

/** "1. Yes\n2. No" for channels without buttons. */
export function numbered(labels: string[]): string {
  return labels.map((l, i) => `${i + 1}. ${l}`).join('\n');
}
