/**
 * Whole conversations in each language the bot speaks, typed as native speakers type: a
 * description in the first message, typed answers, a question of their own, a correction, the
 * recommendation with its reasons, the set-up card, and a switch of language mid-way. Run in
 * process and over HTTP with the other scripts.
 */
import type { Script } from './scripts';

export const languageScripts: Script[] = [
  {
    name: 'in Spanish: described, answered, asked, corrected, advised, set up, switched to English',
    steps: [
      { say: 'Hola, leo mi correo solo en el portátil', expect: [/¡Hola!/, /Entendido: lees el correo en un solo ordenador/, /antes del 6 de agosto de 2015\?/] },
      { say: 'sí, la abrí en 2012', expect: [/¿Usas POP actualmente\?|POP/], reject: [/Sorry|didn't catch/] },
      { say: '¿qué diferencia hay entre POP e IMAP?', expect: [/Con \**IMAP\**/] },
      { say: 'ah, y también lo miro en el móvil', expect: [/Actualizado/, /IMAP/] },
      { say: 'sí, con outlook', expect: [/Te recomiendo IMAP/, /Lees el correo en más de un sitio/] },
      { say: '¿cómo lo configuro?', expect: [/Configurar IMAP/, /imap\.livebooks\.com/, /993/] },
      { say: 'in English please', expect: [/let's continue in English/] },
      { say: 'what did I say', expect: [/Where you read email: On several computers/] },
    ],
  },
];
