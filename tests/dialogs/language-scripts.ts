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
  {
    name: 'in French: described, answered, asked, corrected, advised, set up, switched to English',
    steps: [
      { say: 'Bonjour, je lis mes mails seulement sur mon PC portable', expect: [/Bonjour\s!/, /C’est noté\s: vous lisez vos e-mails sur un seul ordinateur/, /avant le 6 août 2015\s\?/] },
      { say: "oui, je l'ai ouvert en 2012", expect: [/Utilisez-vous POP actuellement\s\?|POP/], reject: [/Sorry|didn't catch|Désolé/] },
      { say: "c'est quoi la différence entre POP et IMAP ?", expect: [/Avec \**IMAP\**/] },
      { say: 'ah, et je les lis aussi sur mon téléphone', expect: [/Mis à jour/, /IMAP/] },
      { say: 'oui, avec outlook', expect: [/Je vous recommande IMAP/, /Vous lisez vos e-mails à plusieurs endroits/] },
      { say: 'comment je le configure ?', expect: [/Configurer IMAP/, /imap\.livebooks\.com/, /993/] },
      { say: 'in English please', expect: [/let's continue in English/] },
      { say: 'what did I say', expect: [/Where you read email: On several computers/] },
    ],
  },
  {
    name: 'in German: described, answered, asked, corrected, advised, set up, switched to English',
    steps: [
      { say: 'Hallo, ich lese meine E-Mails nur auf dem Laptop', expect: [/Hallo!/, /Verstanden: Sie lesen E-Mails nur auf einem Computer/, /vor dem 6\. August 2015 angelegt\?/] },
      { say: 'ja, das Konto habe ich 2012 angelegt', expect: [/Nutzen Sie heute POP\?/], reject: [/Sorry|didn't catch|nicht verstanden/] },
      { say: 'was ist der Unterschied zwischen POP und IMAP?', expect: [/Mit \**IMAP\**/, /Nutzen Sie heute POP\?/] },
      { say: 'ach so, und auf dem Handy lese ich auch', expect: [/Geändert: Sie lesen E-Mails auf mehreren Geräten/, /IMAP/] },
      { say: 'ja, mit Thunderbird', expect: [/Ich empfehle IMAP/, /Sie lesen Ihre E-Mails an mehr als einem Ort/] },
      { say: 'wie richte ich das ein?', expect: [/IMAP einrichten/, /imap\.livebooks\.com/, /993/] },
      { say: 'in English please', expect: [/let's continue in English/] },
      { say: 'what did I say', expect: [/Where you read email: On several computers/] },
    ],
  },
];
