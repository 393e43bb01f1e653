/**
 * German (Germany, Austria, Switzerland): the words people type, by concept. Phrases are matched
 * on folded words (lower case, no accents: "ä" as "a", "ß" as "ss", so "weiß" matches "weiss"
 * and "zurück" matches "zuruck"), whole words only, with small typos tolerated. People who type
 * without umlauts write "ae", "oe", "ue" ("zurueck", "ungefaehr"): those forms are listed where
 * they are common. Chat German drops endings and runs words together ("aufm", "hab", "nen",
 * "kA"); the compounds people type ("Handyspeicher", "Arbeitsrechner") are listed as words.
 */
import type { Lexicon } from '../lexicon';

export const de: Lexicon = {
  language: 'de',
  dateLocale: 'de',
  dayFirst: true,
  ordinalDots: true,
  // German puts a comma before every "dass" clause: "Ich will nicht, dass meine Mails auf dem Server bleiben".
  continuations: ['dass'],
  // "ach ja", "ah doch" ("oh right"), "ach nee" correct what came before: they answer no yes and no no.
  hides: { correction: ['yes', 'no'] },
  // A verb first asks only before a subject ("ist das sicher", "kann ich später wechseln"), not in an
  // answer that drops the pronoun ("ist voll", "kann nur POP", "soll der Server machen").
  auxiliaries: ['ist', 'sind', 'kann', 'kannst', 'konnen', 'konnte', 'soll', 'sollte', 'gibt', 'gibts', 'geht', 'funktioniert', 'lohnt', 'brauche', 'brauch', 'verliere', 'verlier', 'bist', 'darf', 'wird', 'werden', 'macht', 'muss'],
  subjects: ['ich', 'man', 'du', 'sie', 'das', 'imap', 'pop', 'pop3', 'spamshield', 'jemand', 'mir', 'wir', 'ihr', 'mein', 'meine', 'dass', 'da', 'dann', 'denn'],
  statementStarts: ['wo'],
  elisions: [],
  // "Webmail nutze ich nicht", "das Handy zählt nicht": a negation closing the clause reaches what came before it.
  // "Mein Laptop ist kaputt" (or "verkauft", "geklaut"): a device that is gone is no device mail is read on.
  // "SpamShield hab ich gekündigt" (or only "mal getestet"): what was cancelled or only tried is not in use.
  trailingNegations: [
    'nicht', 'nich', 'nie', 'nichts', 'keins', 'nicht mehr', 'kaputt', 'defekt', 'verkauft', 'geklaut', 'gestohlen', 'kaputtgegangen', 'gekundigt', 'gekuendigt',
    'abbestellt', 'abgemeldet', 'deaktiviert', 'abgeschaltet', 'ausgeschaltet', 'getestet', 'ausprobiert',
  ],
  contrastWords: ['aber', 'obwohl', 'sondern', 'jedoch', 'allerdings', 'wahrend', 'ausser'],
  and: ['und', 'u'],
  statementStarters: [
    'ich', 'i', 'lase', 'han', 'hani', 'bi', 'ihc', 'es', 'das', 'mein', 'meine', 'meinen', 'wir', 'hab', 'habe', 'bin', 'nutze', 'nutz', 'benutze', 'benutz', 'verwende', 'lese', 'les',
    'mach', 'mache', 'will', 'mochte', 'brauche', 'brauch', 'kein', 'keine', 'nie', 'ausserdem', 'dann', 'jetzt', 'wohne', 'zahle', 'lass', 'lasse',
    'sichere', 'bekomme', 'kriege', 'frage', 'wollte', 'hatte', 'finde', 'der', 'die', 'da', 'dort', 'zuhause', 'unterwegs', 'is', 'ist',
  ],
  conjunctions: ['oder', 'mit', 'sowie', 'plus', 'auch', 'und'],
  negationEnds: ['nur', 'sondern', 'ich', 'lediglich', 'ausschliesslich', 'stattdessen', 'lieber'],
  // "das Handy nutz ich gar nicht", "SpamShield hab ich nicht gebucht": the negation after the verb reaches back to what was named first.
  resumptiveNegations: ['ich nicht', 'ich nie', 'ich gar', 'ich kein', 'ich keine', 'ich keinen', 'ich kaum'],
  fillers: [
    'ah', 'ahh', 'ahm', 'ehm', 'ahhm', 'hm', 'hmm', 'hmmm', 'oh', 'na', 'naja', 'na ja', 'tja', 'also', 'ja also', 'so', 'gut', 'ok', 'okay', 'okey',
    'hallo', 'hallo zusammen', 'moin', 'moin moin', 'hi', 'hey', 'servus', 'gruezi', 'guten tag', 'guten morgen', 'guten abend', 'sorry', 'entschuldigung',
    'bitte', 'und', 'ehrlich gesagt', 'wie gesagt', 'ups', 'oje', 'ach', 'achso', 'ach so', 'ahso', 'ah ok', 'ah okay', 'alles klar', 'haha', 'lol', 'mal',
    'jetzt mal', 'sag mal', 'sagen sie mal', 'ganz ehrlich', 'ehrlich', 'hmm also', 'ja gut', 'gut also',
  ],
  commonWords: [
    'aber', 'alle', 'allem', 'allen', 'aller', 'alles', 'also', 'alte', 'alten', 'alter', 'altes', 'andere', 'anderen', 'anderer', 'anderes', 'anders', 'bald',
    'beim', 'bereits', 'besser', 'bisher', 'bitte', 'bleibt', 'brauche', 'dabei', 'dafur', 'damit', 'danach', 'dann', 'darauf', 'darum', 'dass', 'davon', 'dein',
    'deine', 'denen', 'denn', 'deren', 'deshalb', 'dessen', 'diese', 'diesem', 'diesen', 'dieser', 'dieses', 'doch', 'dort', 'durch', 'eben', 'eigene', 'eigenen',
    'eigentlich', 'einen', 'einem', 'einer', 'eines', 'einfach', 'einige', 'einmal', 'etwas', 'euch', 'euer', 'eure', 'fast', 'finde', 'frage', 'fragen', 'ganz',
    'gehen', 'gerade', 'gern', 'gerne', 'gibt', 'gleich', 'habe', 'haben', 'hatte', 'hatten', 'heute', 'hier', 'ihre', 'ihren', 'ihrem', 'ihrer', 'immer',
    'jede', 'jedem', 'jeden', 'jeder', 'jedes', 'jetzt', 'kann', 'kannst', 'keine', 'keinen', 'keinem', 'keiner', 'kommt', 'konnen', 'konnte', 'lange',
    'lassen', 'leider', 'machen', 'macht', 'manche', 'manchmal', 'mehr', 'meine', 'meinem', 'meinen', 'meiner', 'meist', 'meistens', 'mich', 'mochte',
    'muss', 'mussen', 'nach', 'nachdem', 'neue', 'neuen', 'neuer', 'neues', 'nicht', 'nichts', 'noch', 'nochmal', 'oder', 'ohne', 'schon', 'sehr', 'sein',
    'seine', 'seinem', 'seinen', 'seiner', 'selbst', 'sich', 'sind', 'soll', 'sollte', 'sondern', 'sonst', 'uber', 'ueber', 'unser', 'unsere', 'unter',
    'viel', 'viele', 'vielleicht', 'weil', 'weiter', 'wenn', 'werde', 'werden', 'wieder', 'will', 'wird', 'wohl', 'wollen', 'wollte', 'wurde', 'wurden',
    'zwar', 'zwischen', 'sagen', 'sagt', 'gesagt', 'sehen', 'gesehen', 'sieht', 'lesen', 'liest', 'gelesen', 'nutzen', 'nutzt', 'genutzt', 'benutzen',
    'benutzt', 'verwenden', 'verwendet', 'frau', 'mann', 'sohn', 'tochter', 'enkel', 'enkelin', 'kinder', 'familie', 'eltern', 'mutter', 'vater', 'freund',
    'freundin', 'kollege', 'kollegen', 'chef', 'arbeit', 'woche', 'wochen', 'monat', 'monate', 'monaten', 'jahr', 'jahre', 'jahren', 'tage', 'tagen', 'zeit',
    'mails', 'email', 'emails', 'nachricht', 'nachrichten', 'ordner', 'programm', 'programme', 'einstellung', 'einstellungen', 'passwort', 'signatur',
    'adresse', 'konto', 'konten', 'kunde', 'danke', 'hallo', 'frage', 'antwort', 'antworten', 'wissen', 'weiss', 'glaube', 'denke', 'meine', 'meinte',
    'kaufen', 'gekauft', 'neulich', 'letzte', 'letzten', 'letztes', 'erste', 'ersten', 'zweite', 'dritte', 'irgendwie', 'irgendwann', 'irgendwo', 'ziemlich',
    'wirklich', 'richtig', 'falsch', 'genau', 'vorher', 'nachher', 'spater', 'fruher', 'zuerst', 'zuletzt', 'endlich', 'trotzdem', 'ubrigens', 'wegen',
    'wohne', 'wohnen', 'haus', 'hause', 'zuhause', 'daheim', 'unterwegs', 'reise', 'urlaub', 'rente', 'zeitung', 'hund', 'katze', 'chat', 'support', 'hilfe',
    'helfen', 'geholfen', 'schauen', 'gucken', 'zeigen', 'zeig', 'erklaren', 'verstehe', 'verstanden', 'stimmt', 'klappt', 'passt', 'laufen', 'lauft',
    'gefunden', 'geschickt', 'bekommen', 'bekomme', 'kommen', 'komme', 'gehen', 'gehe', 'geht', 'ging', 'wollen', 'wurde', 'worden', 'gewesen', 'hatte',
    'darf', 'durfen', 'sollen', 'mochten', 'bestimmt', 'sicher', 'sicherlich', 'natürlich', 'naturlich', 'klar', 'super', 'prima', 'toll', 'schade',
    'leute', 'menschen', 'mensch', 'jemand', 'niemand', 'etwa', 'circa', 'ungefahr', 'dieses', 'jenes', 'welche', 'welcher', 'welches', 'welchen', 'warum',
    'wieso', 'weshalb', 'woher', 'wohin', 'womit', 'worum', 'darf', 'kaum', 'genug', 'wenig', 'wenige', 'weniger', 'mehrere', 'beide', 'beiden', 'beides',
    'eines', 'einzige', 'einzigen', 'dinge', 'sache', 'sachen', 'problem', 'probleme', 'fehler', 'seite', 'seiten', 'grund', 'gerät', 'gerat', 'gerate',
    'geraten', 'kaputt', 'ganze', 'ganzen', 'halbe', 'bleiben', 'liegen', 'liegt', 'stehen', 'steht', 'stand', 'sitze', 'kenne', 'kennen', 'kennt',
    'heisst', 'heissen', 'bedeutet', 'meinst', 'meinen', 'gemeint', 'rechnung', 'vertrag', 'tarif', 'paket', 'preis', 'euro', 'kosten', 'kostet',
    'geklaut', 'gestohlen', 'verloren', 'kaputtgegangen', 'deshalb', 'daher', 'darum', 'weil', 'obwohl', 'sowieso', 'ohnehin', 'jedenfalls', 'eher',
    'lieber', 'besten', 'wichtig', 'schneller', 'langsamer', 'schlechter', 'ofter', 'weniger', 'mehr', 'wichtiger', 'egal', 'ganz', 'gleich', 'gleichen', 'selben', 'derselbe', 'dieselbe', 'gleiche', 'weitere', 'weiteren',
  ],
  concepts: {
    yes: [
      'ja', 'jaa', 'jaaa', 'jaaaa', 'ja ja', 'jaja', 'jo', 'joa', 'jup', 'jep', 'jap', 'japp', 'jepp', 'jawohl', 'jawoll', 'klar', 'na klar', 'klaro', 'logo',
      'sicher', 'sicherlich', 'genau', 'richtig', 'stimmt', 'korrekt', 'naturlich', 'freilich', 'selbstverstandlich', 'auf jeden fall', 'ja klar', 'ja genau',
      'ja sicher', 'ja doch', 'ja naturlich', 'yes', 'ok ja', 'ja bitte', 'jo klar', 'ja stimmt', 'ja richtig', 'genau so', 'ganz genau', 'absolut',
      'ja kann es', 'kann es', 'ja tut es', 'tut es', 'ja hab ich', 'hab ich', 'habe ich', 'ja habe ich', 'ja nutze ich', 'nutze ich', 'ja mach ich',
      'ja funktioniert', 'ja geht', 'ja es geht', 'ja ist es', 'ja ist sie', 'ist sie', 'ja sie ist', 'ja leider', 'leider ja', 'ja schon', 'schon',
      'yep', 'yeah', 'jupp', 'jau', 'jawoi', 'jo mei', 'jein ja',
    ],
    no: [
      'nein', 'ne', 'nee', 'neee', 'neeee', 'no', 'noe', 'noo', 'nope', 'nein danke', 'auf keinen fall', 'keineswegs', 'gar nicht', 'leider nein',
      'leider nicht', 'nie', 'niemals', 'noch nie', 'nein nie', 'eher nicht', 'eher nein', 'nicht wirklich', 'eigentlich nicht', 'nicht mehr', 'nein nicht',
      'kann es nicht', 'kann es leider nicht', 'nein kann es nicht', 'tut es nicht', 'hab ich nicht', 'habe ich nicht', 'nein hab ich nicht', 'nutze ich nicht',
      'nein nutze ich nicht', 'nicht dass ich wusste', 'nein gar nicht', 'ne ne', 'nee nee', 'nein nein', 'nix', 'nee is neu', 'nee ist neu', 'nein ist neu',
      'nein neu', 'ist sie nicht', 'nein ist sie nicht', 'nein ist es nicht', 'ist es nicht', 'geht nicht', 'nein geht nicht', 'funktioniert nicht',
      'mitnichten', 'im gegenteil', 'nei', 'nei danke', 'nei nei', 'nei nie', 'no way', 'nah', 'nein leider nicht',
    ],
    yesHedged: [
      'glaube schon', 'ich glaube schon', 'glaub schon', 'ich glaub schon', 'denke schon', 'ich denke schon', 'ich glaube ja', 'ich denke ja', 'wahrscheinlich',
      'wahrscheinlich schon', 'vermutlich', 'vermutlich schon', 'wohl schon', 'eher ja', 'ich schatze schon', 'sollte es', 'mussste', 'musste eigentlich',
      'sollte eigentlich', 'mit ziemlicher sicherheit', 'ziemlich sicher', 'denk schon', 'ich denk schon',
    ],
    noHedged: [
      'glaube nicht', 'ich glaube nicht', 'glaub nicht', 'ich glaub nicht', 'denke nicht', 'ich denke nicht', 'wohl nicht', 'wahrscheinlich nicht',
      'vermutlich nicht', 'kann es wohl nicht', 'kann es vermutlich nicht', 'wohl eher nicht', 'eher weniger', 'ich glaube kaum', 'glaube kaum', 'nicht dass ich wusste', 'wusste nicht', 'denk nicht', 'ich denk nicht',
    ],
    unsure: [
      'weiss nicht', 'weiss ich nicht', 'weis nicht', 'weis ich nicht', 'weiss nich', 'weis nich', 'weiss ich nich', 'ich weiss nicht', 'ich weiss es nicht',
      'weiss es nicht', 'weiss nicht genau', 'weiss ich nicht genau', 'ich weiss es nicht genau', 'weiss ich nicht mehr', 'weis ich nicht mehr',
      'weiss nicht mehr', 'weis nicht mehr', 'keine ahnung', 'keine ahnung ehrlich gesagt', 'ka', 'k a', 'kp', 'kein plan', 'null ahnung', 'keinen schimmer',
      'keinen blassen schimmer', 'keinen plan', 'ahnungslos', 'nicht sicher', 'bin mir nicht sicher', 'bin nicht sicher', 'nicht ganz sicher',
      'bin mir nicht ganz sicher', 'nicht so sicher', 'unklar', 'kann ich nicht sagen', 'kann ich nicht genau sagen', 'schwer zu sagen', 'gute frage',
      'muss ich nachschauen', 'muss ich nachsehen', 'muss ich gucken', 'muss ich schauen', 'muss ich mal schauen', 'muss ich mal nachschauen',
      'muss ich erst nachschauen', 'muss ich erst schauen', 'muss ich prufen', 'nachschauen', 'nachsehen', 'nachgucken', 'in der rechnung schauen', 'muss ich in der rechnung schauen', 'muss ich in der rechnung nachschauen',
      'in der rechnung nachschauen', 'schau ich nach', 'guck ich nach', 'kann mich nicht erinnern', 'kann mich nicht mehr erinnern', 'nicht mehr erinnern',
      'erinnere mich nicht', 'weiss ich echt nicht', 'keine ahnung mehr', 'vergessen wann', 'hab vergessen wann', 'das weiss mein mann', 'das weiss meine frau',
      'weiss mein mann', 'weiss meine frau', 'weiss mein sohn', 'weiss meine tochter', 'woher soll ich das wissen', 'woher soll ich das wissen', 'wie soll ich das wissen',
      'uberspringen', 'ueberspringen', 'nachste frage', 'weiter', 'skip', 'keine ahnung was imap ist', 'keine ahnung was pop ist', 'keine ahnung was das ist',
      'weiss nicht was das ist', 'nie gehort', 'noch nie gehort', 'nie gehoert', 'noch nie gehoert', 'nie davon gehort', 'sagt mir nichts', 'sagt mir nix',
      'kenne ich nicht', 'kenn ich nicht', 'vielleicht', 'kann sein', 'mag sein', 'moglicherweise', 'eventuell', 'evtl', 'was auch immer', 'keine meinung',
      'weiss nich genau', 'weis nich genau', 'hab keine ahnung', 'ich hab keine ahnung', 'ich habe keine ahnung', 'hab nie nachgeguckt', 'hab nie nachgeschaut',
      'nie nachgeschaut', 'nie nachgeguckt', 'ka ehrlich', 'kA', 'weiss net', 'woas ned', 'i woas ned', 'weiss i ned', 'nid sicher', 'weiss nid', 'weiss nod', 'i weiss nod', 'weiss es nod', 'kei ahnig', 'kei ahnung', 'ka ahnung',
    ],
    negation: [
      // "Früher hatte ich Outlook, jetzt nur Webmail": what was is no more
      'fruher hatte ich', 'fruher hab ich', 'fruher habe ich', 'fruher nutzte ich', 'fruher mal', 'fruher war',
      'nicht', 'nich', 'net', 'ned', 'nid', 'nod', 'kei', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keins', 'keines', 'nie', 'niemals', 'nimmer', 'ohne', 'nichts',
      'nix', 'weder', 'noch nie', 'gar nicht', 'gar kein', 'gar keine', 'nicht mehr', 'kaum', 'selten',
    ],
    correction: [
      'eigentlich', 'doch', 'korrektur', 'moment', 'halt', 'stopp moment', 'sorry', 'entschuldigung', 'ich meinte', 'ich meine', 'meinte ich', 'hab mich vertan',
      'habe mich vertan', 'vertan', 'hab mich verklickt', 'verklickt', 'verschrieben', 'hab mich verschrieben', 'falsch', 'stimmt nicht', 'das stimmt nicht',
      'nochmal zur', 'noch mal zur', 'ich nehm das zuruck', 'ich nehme das zuruck', 'nehm das zuruck', 'nehme das zuruck', 'ach', 'ach ja', 'ach so', 'achso',
      'ach und', 'ubrigens', 'uebrigens', 'vergessen', 'hab vergessen', 'hab ich vergessen', 'andere bitte', 'andern', 'korrigieren', 'ich korrigiere',
      'nicht richtig', 'oh', 'ups', 'hoppla', 'wobei', 'hab grad gesehen', 'grad gesehen', 'gerade gesehen', 'hab nachgeschaut', 'hab extra nachgeschaut',
      'jetzt doch', 'doch nicht', 'ah doch', 'ach doch', 'oh doch', 'ach ja doch', 'ah ja', 'oh ja', 'ach nee', 'ach nein', 'ach ne', 'ah nee', 'oh nein', 'oh nee', 'nein warte', 'warte', 'warten sie', 'zur pop frage',
    ],
    also: ['auch', 'ausserdem', 'zusatzlich', 'ebenfalls', 'dazu', 'noch dazu', 'auch noch', 'und auch', 'sowie', 'ab und zu auch', 'manchmal auch'],
    only: [
      'nur', 'ausschliesslich', 'lediglich', 'allein', 'alleine', 'nur da', 'nur dort', 'nur hier', 'nur darauf', 'sonst nirgends', 'sonst nirgendwo',
      'sonst nichts', 'mehr nicht', 'nirgendwo sonst', 'nirgends sonst', 'nur noch', 'einzig', 'sonst keins', 'sonst keinen', 'und sonst nichts', 'das wars',
      'das ist alles', 'nix anderes', 'nichts anderes',
    ],
    notOnly: ['nicht nur', 'mehr als einem', 'mehr als einen', 'mehr als ein', 'nicht nur einem', 'nicht nur einen'],
    both: ['beide', 'beiden', 'beides', 'alle beide', 'auf beiden', 'an beiden', 'alle drei', 'auf allen'],
    neither: ['keins', 'keines', 'keiner', 'keiner von beiden', 'keins von beiden', 'weder noch', 'weder das eine noch das andere'],

    computer: [
      'computer', 'computern', 'pc', 'pcs', 'rechner', 'rechnern', 'laptop', 'laptops', 'notebook', 'notebooks', 'netbook', 'desktop', 'desktop pc',
      'desktop rechner', 'mac', 'macs', 'macbook', 'macbooks', 'imac', 'macbook pro', 'macbook air', 'mac mini', 'chromebook', 'thinkpad', 'surface',
      'arbeitsrechner', 'arbeitscomputer', 'arbeitslaptop', 'firmenrechner', 'firmenlaptop', 'firmen pc', 'dienstrechner', 'dienstlaptop', 'buerorechner',
      'burorechner', 'buro pc', 'buero pc', 'heimrechner', 'heim pc', 'familien pc', 'familienrechner', 'windows rechner', 'windows pc', 'windows laptop',
      'schlepptop', 'klapprechner', 'standrechner', 'tischrechner', 'desktop computer', 'kiste', 'lenovo', 'dell', 'asus', 'acer', 'hp', 'medion', 'labtop',
      'compi', 'kompjuter', 'kompi',
    ],
    phone: [
      'handy', 'handys', 'handi', 'smartphone', 'smartphones', 'telefon', 'mobiltelefon', 'iphone', 'iphones', 'android', 'android handy', 'samsung', 'galaxy',
      'pixel', 'xiaomi', 'huawei', 'oneplus', 'motorola', 'nokia', 'natel', 'mobile', 'mobil', 'phone', 'smartfon', 'diensthandy', 'firmenhandy',
      'handyspeicher', 'hendy', 'hady',
    ],
    tablet: ['tablet', 'tablets', 'tablett', 'ipad', 'ipads', 'tab', 'galaxy tab', 'kindle', 'ipad mini', 'ipad pro', 'ipad air', 'fire tablet'],
    webmail: [
      'webmail', 'web mail', 'webmailer', 'im webmail', 'per webmail', 'uber webmail', 'ueber webmail', 'browser', 'im browser', 'uber den browser',
      'ueber den browser', 'per browser', 'mit dem browser', 'webbrowser', 'weboberflache', 'web oberflache', 'auf der webseite von livebooks',
      'webseite von livebooks', 'website von livebooks', 'livebooks webseite', 'livebooks website', 'online im browser', 'webportal', 'kundenportal',
    ],
    webmailPlace: [
      'internet', 'im internet', 'online', 'web', 'im web', 'website', 'webseite', 'auf der webseite', 'auf der website', 'chrome', 'firefox', 'safari',
      'edge', 'google chrome', 'portal',
    ],
    readVerb: [
      'lese', 'les', 'lesen', 'liest', 'lase', 'lasen', 'rufe', 'abrufen', 'rufe ab', 'ab', 'schaue', 'schau', 'gucke', 'guck', 'checke', 'check', 'nutze', 'nutz', 'benutze',
      'benutz', 'mails', 'mail', 'emails', 'e mails', 'post', 'nachrichten', 'postfach', 'auch', 'manchmal', 'und',
    ],
    everywhere: ['uberall', 'ueberall', 'auf allen geraten', 'auf allen geraeten', 'auf allem', 'egal wo', 'an allen geraten', 'uberall wo ich bin', 'mal hier mal da'],
    partly: [
      'beides', 'beides irgendwie', 'irgendwie beides', 'kommt drauf an', 'kommt darauf an', 'kommt ganz drauf an', 'je nachdem', 'teils teils', 'teilweise',
      'manchmal', 'egal', 'ist mir egal', 'mir egal', 'mal so mal so', 'geht so', 'jein', 'jaein', 'halb halb', 'sowohl als auch', 'mittel', 'mittelmassig',
      'so lala', 'naja', 'na ja', 'wie mans nimmt', 'unterschiedlich', 'mal ja mal nein', 'was sie meinen', 'was du meinst', 'entscheide du', 'entscheiden sie',
      'beide irgendwie', 'irgendwas dazwischen', 'kommt auf den tag an', 'kommt auf die tageszeit an', 'kommt auf den ort an', 'je nach tag', 'konnte schneller sein', 'konnte besser sein', 'konnte schlimmer sein', 'es geht so',
    ],
    manyDevices: [
      'mehrere', 'mehreren', 'verschiedene', 'verschiedenen', 'viele', 'vielen geraten', 'vielen geraeten', 'diverse', 'diversen', 'ein paar', 'etliche', 'allen geraten', 'allen geraeten',
      'mehr als einem', 'mehr als ein', 'unterschiedliche', 'unterschiedlichen',
    ],
    // "Mein Sohn hat ein iPhone": a device of someone else's says nothing about where the person reads mail.
    someoneElses: [
      'mein sohn hat', 'meine tochter hat', 'mein mann hat', 'meine frau hat', 'mein enkel hat', 'meine enkelin hat', 'mein partner hat', 'meine partnerin hat',
      'meine kinder haben', 'mein freund hat', 'meine freundin hat', 'meine mutter hat', 'mein vater hat', 'nicht meins', 'nicht meiner', 'ist nicht meins',
    ],
    deviceWord: ['gerat', 'gerate', 'geraten', 'geraet', 'geraete', 'geraeten', 'endgerat', 'endgerate', 'computern', 'rechnern', 'rechner', 'computer', 'laptops', 'pcs', 'handys', 'tablets'],
    work: [
      'arbeit', 'bei der arbeit', 'in der arbeit', 'auf der arbeit', 'auf arbeit', 'buro', 'buero', 'im buro', 'im buero', 'firma', 'in der firma', 'geschaft',
      'im geschaft', 'dienstlich', 'job', 'praxis', 'kanzlei', 'arbeitsrechner', 'firmenrechner', 'dienstrechner', 'burorechner', 'buerorechner',
    ],
    home: ['zuhause', 'zu hause', 'daheim', 'dahoam', 'privat', 'heim', 'heimrechner', 'zu haus', 'zuhaus', 'home'],
    number2: ['zwei', 'zwo', '2', 'beide', 'beiden', 'paar'],
    number3plus: ['drei', '3', 'vier', '4', 'funf', 'fuenf', '5', 'sechs', '6', 'sieben', '7', 'acht', '8', 'zehn', '10'],
    one: ['nur ein', 'nur einem', 'nur einen', 'nur einer', 'ein einziger', 'ein einziges', 'einem einzigen', 'einen einzigen', 'einzigen', 'nur 1', '1', 'demselben', 'dem gleichen', 'dem selben'],

    programNoImap: [
      'kann kein imap', 'kann doch kein imap', 'kann leider kein imap', 'kann nur pop', 'kann nur pop3', 'kann nur pop 3', 'nur pop kann', 'kein imap kann',
      'das kein imap kann', 'imap nicht kann', 'imap kann es nicht', 'kann imap nicht', 'unterstutzt kein imap', 'unterstuetzt kein imap', 'unterstutzt imap nicht',
      'unterstutzt nur pop', 'funktioniert nicht mit imap', 'geht nicht mit imap', 'nicht mit imap', 'ohne imap', 'nur pop', 'nur pop3', 'nur pop 3', 'hat kein imap',
      'hat nur pop', 'bietet kein imap', 'bietet nur pop', 'kein imap moglich', 'imap geht nicht', 'imap funktioniert nicht', 'imap gibt es nicht',
      'kein imap unterstutzt', 'kann das nicht', 'kann es nicht', 'das kann es nicht',
    ],
    programImapOk: [
      'kann imap', 'kann doch imap', 'doch imap kann', 'imap kann', 'unterstutzt imap', 'unterstuetzt imap', 'funktioniert mit imap', 'geht mit imap',
      'hat imap', 'bietet imap', 'imap geht', 'imap funktioniert', 'mit imap kompatibel', 'imap fahig', 'imapfahig', 'kann auch imap', 'kann beides',
    ],
    imap: ['imap', 'imap4', 'i map', 'imaps'],
    pop: ['pop', 'pop3', 'pop 3', 'pop mail'],
    // The verb stands apart in German ("ich benutze gar kein POP"), so POP named in a statement is POP in use.
    popUse: [
      'pop', 'pop3', 'pop 3', 'nutze pop', 'nutz pop', 'benutze pop', 'benutz pop', 'hab pop', 'habe pop', 'mit pop', 'per pop', 'uber pop', 'ueber pop',
      'ja pop', 'bisher pop', 'pop konto', 'als pop', 'pop eingerichtet', 'auf pop', 'pop eingestellt', 'ist pop', 'pop ist eingestellt',
    ],
    happy: [
      'zufrieden', 'bin zufrieden', 'sehr zufrieden', 'ganz zufrieden', 'voll zufrieden', 'passt', 'passt soweit', 'passt so', 'passt schon', 'lauft super',
      'lauft gut', 'lauft', 'lauft prima', 'lauft problemlos', 'funktioniert', 'funktioniert gut', 'funktioniert super', 'klappt', 'klappt gut', 'klappt super',
      'alles gut', 'super', 'gut', 'prima', 'bestens', 'alles bestens', 'top', 'ok so', 'ist ok so', 'ist ok', 'in ordnung', 'ist in ordnung', 'keine probleme',
      'probleme hab ich keine', 'probleme habe ich keine', 'hab keine probleme', 'habe keine probleme', 'ohne probleme', 'problemlos', 'nie probleme',
      'nie probleme gehabt', 'keine beschwerden', 'kein grund zur klage', 'bin happy', 'happy', 'ganz gut', 'reicht mir', 'tut was es soll', 'geht gut',
      'geht prima', 'wunderbar', 'zufrieden damit', 'bin damit zufrieden', 'damit zufrieden',
    ],
    unhappy: [
      'nicht zufrieden', 'nicht so zufrieden', 'nicht ganz zufrieden', 'unzufrieden', 'nicht so toll', 'nervt', 'nervig', 'macht probleme', 'probleme',
      'hab probleme', 'habe probleme', 'gibt probleme', 'mies', 'schlecht', 'nicht gut', 'lauft nicht', 'klappt nicht', 'nicht so gut', 'geht so',
      'funktioniert nicht richtig', 'lauft nicht rund', 'arger', 'argert mich',
    ],
    leaveCopies: [
      'kopie auf dem server', 'kopien auf dem server', 'eine kopie auf dem server', 'kopie auf dem server belassen', 'kopie auf dem server lassen',
      'kopien auf dem server lassen', 'auf dem server lassen', 'auf dem server belassen', 'auf dem server liegen', 'aufm server lassen', 'auf dem server bleiben',
      'bleiben auf dem server', 'bleiben aufm server', 'bleiben auch auf dem server', 'liegen auf dem server', 'bleiben am server', 'am server lassen',
      'kopien bleiben', 'kopie bleibt', 'lass kopien', 'lasse kopien', 'lass eine kopie', 'lasse eine kopie', 'lasse immer eine kopie', 'lass immer eine kopie',
      'lass immer kopien', 'lasse immer kopien', 'mit kopie', 'mit kopie auf dem server', 'kopie belassen', 'kopie behalten', 'kopien behalten',
      'nicht vom server loschen', 'nicht vom server geloscht', 'nicht vom server entfernen', 'vom server loschen nach', 'nach 14 tagen loschen',
      'auf dem server fur', 'kopie auf dem srever', 'kopien aufm server', 'kopie aufm server', 'kopien am server', 'kopie am server', 'die mails bleiben auf dem server',
      'lasse die mails auf dem server', 'lass die mails auf dem server', 'lasse die e mails auf dem server', 'lasse meine mails auf dem server', 'lasse sie auf dem server',
      'lass sie auf dem server', 'lasse alles auf dem server', 'lass alles auf dem server', 'lasse alle mails auf dem server', 'lasse die nachrichten auf dem server',
      'belasse die mails auf dem server', 'belasse sie auf dem server', 'lasse die mails', 'lass die mails', 'lasse sie drauf', 'lass sie drauf', 'bleiben drauf',
      'lasse die mails aufm server', 'lass die mails aufm server', 'tagen vom server geloscht', 'tagen geloscht', 'tage auf dem server', 'tage aufm server',
      'tagen auf dem server', 'wochen auf dem server', 'wochen vom server geloscht', 'wochen geloscht', 'erst nach', 'nach ein paar tagen geloscht',
    ],
    deleteFromServer: ['vom server geloscht', 'vom server geloescht', 'vom server loschen', 'vom server entfernt', 'vom server geholt', 'vom server weg', 'werden geloscht'],

    backupSelf: [
      'mach ich selbst', 'mach ich selber', 'mache ich selbst', 'mache ich selber', 'sichere selbst', 'sichere ich selbst', 'ich sichere', 'sichere alles',
      'sichere ich', 'backups selbst', 'backup selbst', 'meine backups selbst', 'mache meine backups', 'mach meine backups', 'mache backups', 'mach backups',
      'mache ein backup', 'mach ein backup', 'macht die backups', 'macht bei uns die backups', 'macht das backup', 'mein mann macht', 'meine frau macht',
      'mein sohn macht', 'meine tochter macht', 'eigene backups', 'eigene sicherung', 'eigenen backups', 'selbst sichern', 'selber sichern', 'ich sichere selbst',
      'externe festplatte', 'externen festplatte', 'externe platte', 'ne externe festplatte', 'usb festplatte', 'time machine', 'nas', 'mein nas', 'usb stick',
      'usb sticks', 'usb sticks', 'acronis', 'backblaze', 'backup auf', 'sicherung auf', 'datensicherung', 'sichere ich regelmassig', 'jede woche ein backup',
      'jeden monat', 'backup jede woche', 'mit acronis', 'mit time machine', 'wird jede nacht gesichert', 'jede nacht gesichert',
      'wird regelmassig gesichert', 'regelmassig gesichert', 'rechner wird gesichert', 'computer wird gesichert', 'laptop wird gesichert', 'pc wird gesichert', 'selbst backups', 'selber backups', 'selbst ein backup', 'selbst eine sicherung',
      'backups mache ich', 'backups mach ich', 'mach des selber', 'mach i selber', 'des mach i selber', 'des mach i', 'i mach des', 'moch i selber', 'moch des selber', 'backup mache ich', 'backup mach ich', 'sicherung mache ich', 'sicherungen mache ich', 'ich mache backups', 'ich mach backups',
    ],
    backupServer: [
      'der server soll', 'soll der server', 'server soll das machen', 'soll der server machen', 'lieber server', 'lieber der server', 'lieber auf dem server',
      'lieber auf den server', 'auf dem server sicherer', 'livebooks ubernehmen', 'livebooks uebernehmen', 'soll livebooks', 'soll bitte livebooks', 'ihr naturlich',
      'keine lust auf backups', 'keine backups', 'mache keine backups', 'mach keine backups', 'mache keine sicherung', 'automatische sicherung', 'automatisch sichern',
      'server sichern', 'der server sichert', 'server das machen', 'auf dem server gesichert', 'vom server gesichert', 'macht der server', 'ubernimmt der server',
    ],
    serverWord: ['server', 'der server', 'mailserver', 'e mail server', 'livebooks', 'ihr', 'euch', 'euer', 'automatisch', 'anbieter', 'provider'],
    backupWord: ['backup', 'backups', 'sicherung', 'sicherungen', 'sichern', 'sichert', 'datensicherung', 'gesichert'],
    storageShort: [
      'ist voll', 'ist immer voll', 'immer voll', 'fast voll', 'is fast voll', 'ist fast voll', 'standig voll', 'dauernd voll', 'ist standig voll',
      'ist dauernd voll', 'ist eigentlich standig voll', 'voll ohne ende', 'speicher voll', 'speicher ist voll', 'handyspeicher voll', 'handyspeicher ist voll',
      'festplatte voll', 'festplatte ist voll', 'randvoll', 'sind voll', 'komplett voll', 'total voll', 'laptop ist voll', 'wenig platz', 'kaum platz',
      'kein platz', 'keinen platz', 'wenig speicher', 'kaum speicher', 'wenig speicherplatz', 'kaum speicherplatz', 'ist knapp', 'wird knapp', 'sehr knapp', 'is knapp', 'knapp bei kasse mit speicher', 'speicher knapp',
      'speicher ist knapp', 'platz knapp', 'platz ist knapp', 'speicherplatz knapp', 'wird eng', 'platz wird eng', 'wird der platz langsam eng', 'langsam eng',
      'am limit', 'dauernd am limit', 'meckert wegen speicherplatz', 'meckert wegen speicher', 'speicher warnung', 'speicherwarnung', 'diese warnung',
      'nur 16 gb', 'nur 32 gb', 'nur 64 gb', 'nur 128gb', 'nur 128 gb', 'nur 16gb', 'nur 32gb', 'nur 64gb', 'nur 256 gb', 'nur 256gb', 'platz sparen',
      'speicher sparen', 'platz freimachen', 'platz schaffen', 'speicher ist immer voll', 'kaum platz auf dem laptop', 'gb frei', 'mb frei', 'gb ubrig', 'gigabyte frei', 'kaum noch platz', 'kaum noch speicher', 'nur noch wenig platz', 'nur noch wenig speicher', 'speicher fast voll', 'fast kein platz', 'fast kein speicher', 'is knap', 'ist knap', 'speicher knap', 'platz knap',
    ],
    storageNoLimits: [
      'speichergrenze', 'speichergrenzen', 'postfachgrenze', 'postfachgrenzen', 'postfachlimit', 'speicherlimit', 'speicherlimits', 'postfachgrosse',
      'nicht aufpassen', 'aufpassen mussen', 'aufpassen muessen', 'nicht standig aufpassen', 'nicht drauf achten', 'nicht darauf achten', 'nicht achten',
      'postfach voll', 'postfach aufzuraumen', 'postfach aufraumen', 'postfach aufzuraeumen', 'mails loschen mussen', 'mails loeschen muessen',
      'mails loschen', 'volllaufen', 'vollaufen', 'voll laufen', 'volllauft', 'kummern', 'um speichergrenzen kummern', 'postfach lauft voll', 'postfach wird voll',
      'postfach ist voll', 'keine lust aufzuraumen', 'kontingent', 'auf das postfach achten', 'aufs postfach achten', 'auf das postfach aufpassen',
      'aufs postfach aufpassen', 'auf die grenze achten', 'auf grenzen achten', 'auf limits achten', 'auf eine grenze achten', 'postfach im blick', 'grenze im blick',
      'postfach im auge', 'auf die postfachgrosse achten', 'achten mussen', 'aufpassen mussen', 'nicht standig loschen', 'nicht dauernd loschen', 'nicht immer loschen', 'loschen muss', 'loschen mussen', 'loeschen muss',
    ],
    storageFine: [
      'genug platz', 'platz hab ich genug', 'platz habe ich genug', 'viel platz', 'platz genug', 'genug speicher', 'viel speicher', 'speicher genug',
      'kein speicherproblem', 'speicherplatz ist kein problem', 'platz ist kein problem', 'speicher ist kein problem', '1 tb', '2 tb', '1tb', '2tb',
    ],
    mailboxWord: ['postfach', 'postfachs', 'mailbox', 'posteingang', 'kontingent', 'postfachgrenze'],
    future: [
      'bald', 'demnachst', 'demnaechst', 'nachste woche', 'nachsten monat', 'will mir kaufen', 'kaufe mir', 'kauf mir', 'bekomme bald', 'krieg bald',
      'kriege bald', 'werde mir', 'will mir', 'plane', 'ich plane', 'in kurze', 'in zukunft', 'nachstes jahr',
    ],
    storageWord: ['speicher', 'speicherplatz', 'platz', 'festplatte', 'festplate', 'ssd', 'gb', 'gigabyte', 'handyspeicher'],
    spamShield: [
      'spamshield', 'spam shield', 'spamshield pro', 'spam shield pro', 'spamshieldpro', 'spamshild', 'spamsheild', 'spam schild', 'spamschild',
      'zusatzpaket', 'das zusatzpaket', 'spamschutz von livebooks', 'euren spamfilter', 'eurem spamfilter',
    ],
    slow: [
      'langsam', 'lahm', 'sehr langsam', 'total lahm', 'voll lahm', 'voll langsam', 'ziemlich langsam', 'recht langsam', 'extrem langsam', 'mega langsam',
      'super langsam', 'schneckenlangsam', 'oft langsam', 'schlecht', 'sauschlecht', 'sehr schlecht', 'mies', 'katastrophe', 'ne katastrophe', 'eine katastrophe',
      'katastrophal', 'grottig', 'grottenschlecht', 'unterirdisch', 'dsl 1000', 'dsl 2000', 'dsl light', 'adsl', 'hotspot', 'mobiles internet', 'uber hotspot',
      'aufm land', 'auf dem land', 'land', 'aufm dorf', 'auf dem dorf', 'dorf', 'alm', 'auf einer alm', 'satellit', 'lte', 'mobilfunk', '2 mbit', '1 mbit',
      '6 mbit', 'schnecke', 'schneckentempo', 'bricht ab', 'bricht oft ab', 'dauert ewig', 'ewig', 'dauert lange', 'lahmarschig', 'langsm', 'lahme',
      'nicht schnell', 'nicht so schnell', 'kriechend',
    ],
    fast: [
      'schnell', 'flott', 'sehr schnell', 'ziemlich schnell', 'schnell genug', 'superschnell', 'glasfaser', 'kabel', 'kabel internet', 'vdsl', 'dsl 16000',
      'dsl 50000', 'dsl 100000', '16000', '50000', '100000', '50 mbit', '100 mbit', '250 mbit', '500 mbit', '1000 mbit', 'gigabit', '1 gbit', 'lauft super',
      'super', 'gut', 'ok', 'okay', 'in ordnung', 'passt', 'reicht', 'reicht mir', 'reicht aus', 'normal', 'ganz normal', 'ausreichend', 'stabil', 'top',
      'prima', 'bestens', 'nicht langsam', 'alles gut', 'fix', 'zugig', 'rasend', 'lauft gut', 'kein problem', 'keine probleme', 'flink',
    ],
    connectionWord: [
      'internet', 'verbindung', 'internetverbindung', 'leitung', 'dsl', 'vdsl', 'adsl', 'wlan', 'wifi', 'netz', 'glasfaser', 'kabel', 'kabel internet',
      'mbit', 'bandbreite', 'mobiles internet', 'hotspot', 'anschluss', 'router', 'datenvolumen', 'lte', '5g',
    ],

    account: [
      'konto', 'mein konto', 'das konto', 'meinem konto', 'kundenkonto', 'account', 'mein account', 'adresse', 'meine adresse', 'die adresse', 'e mail adresse',
      'email adresse', 'mailadresse', 'emailadresse', 'mailkonto', 'emailkonto', 'e mail konto', 'mail konto', 'geschaftskonto', 'livebooks konto',
      'livebooks adresse', 'kunde', 'kundin', 'kunde seit', 'bei euch', 'bei ihnen', 'bei livebooks', 'angemeldet', 'registriert', 'postfach seit', 'mein postfach',
      'vertrag', 'mein vertrag', 'meine e mail adresse', 'die e mail adresse', 'acount', 'kontto',
    ],
    accountMade: [
      'angelegt', 'erstellt', 'gemacht', 'eroffnet', 'eroeffnet', 'registriert', 'angemeldet', 'eingerichtet', 'abgeschlossen', 'bekommen', 'geholt',
      'hab ich seit', 'habe ich seit', 'hab seit', 'habe seit', 'gibts seit', 'gibt es seit', 'konto seit', 'kunde seit', 'kundin seit', 'ist von', 'ist vom',
      'ist aus', 'hab ich schon seit', 'besteht seit', 'konto sit', 'han es konto', 'hani sit', 'han sit', 'sit',
    ],
    recently: [
      'neu', 'neues', 'ganz neu', 'is neu', 'ist neu', 'noch neu', 'relativ neu', 'ziemlich neu', 'recht neu', 'neues konto', 'neulich', 'vor kurzem',
      'kurzlich', 'kuerzlich', 'gerade erst', 'eben erst', 'erst seit', 'letzte woche', 'letzten monat', 'dieses jahr', 'vor ein paar wochen',
      'vor ein paar monaten', 'vor einigen monaten', 'nicht lange her', 'noch nicht lange', 'neuer', 'neueres',
    ],
    longAgo: [
      'alt', 'uralt', 'sehr alt', 'ziemlich alt', 'schon alt', 'ganz alt', 'steinalt', 'ewig', 'seit ewigkeiten', 'seit ewig', 'vor ewigen zeiten',
      'ewigen zeiten', 'vor ewigkeiten', 'schon ewig', 'ewig her', 'lange her', 'ist lange her', 'schon lange', 'seit langem', 'seit vielen jahren',
      'vor vielen jahren', 'viele jahre', 'jahrzehnte', 'seit jahrzehnten', 'seit jahren', 'schon seit jahren', 'vor jahren', 'altes konto', 'aus dm zeiten',
      'noch aus dm zeiten', 'dm zeiten', 'von anfang an', 'seit anfang an', 'seit dem anfang', 'deutlich fruher', 'viel fruher', 'viel alter', 'deutlich alter',
      'lange vorher', 'lange davor', 'weit davor', 'schon immer', 'seit immer',
    ],
    approx: ['ca', 'circa', 'zirka', 'etwa', 'ungefahr', 'ungefaehr', 'so um', 'um', 'rum', 'oder so', 'so ungefahr', 'schatzungsweise', 'rund', 'gegen', 'irgendwann', 'glaub ich', 'glaube ich', 'ich glaube', 'ich glaub', 'so', 'so etwa', 'plus minus'],
    before: ['vor', 'vorher', 'davor', 'fruher', 'frueher', 'bevor', 'vor dem', 'vor diesem datum', 'vor dem datum', 'alter', 'noch davor', 'lange davor', 'deutlich fruher'],
    after: ['nach', 'danach', 'spater', 'spaeter', 'nach dem', 'nach diesem datum', 'nach dem datum', 'neuer', 'erst danach', 'am tag oder spater'],

    questionWord: [
      'was', 'wie', 'welche', 'welcher', 'welches', 'welchen', 'welchem', 'wo', 'wann', 'warum', 'wieso', 'weshalb', 'wozu', 'wer', 'woher', 'wohin',
      'womit', 'wofur', 'wieviel', 'wieviele', 'ist', 'sind', 'kann', 'kannst', 'konnen', 'konnte', 'soll', 'sollte', 'gibt', 'gibts', 'geht',
      'funktioniert', 'lohnt', 'brauche', 'brauch', 'verliere', 'verlier', 'bist', 'darf', 'wird', 'werden', 'macht', 'muss',
    ],
    askPhrase: [
      'erklar mir', 'erklaer mir', 'erklaren sie mir', 'erklar mal', 'konnen sie mir sagen', 'kannst du mir sagen', 'sagen sie mir', 'ich wollte fragen',
      'wollte fragen', 'ich mochte wissen', 'mochte wissen', 'ich wusste gern', 'wusste gerne', 'bekomme keine mails', 'bekomme keine mails mehr',
      'keine mails mehr', 'kommen keine mails', 'funktioniert nicht mehr', 'geht nicht mehr', 'fehlermeldung', 'zeigt einen fehler', 'erinnere mich',
      'sag mal', 'sagen sie mal',
    ],
    setupVerb: [
      'einrichten', 'einstellen', 'einstelle', 'richte', 'richte ich', 'stell ich', 'stelle ich', 'stelle', 'umstellen', 'stell ich das um', 'anleitung',
      'konfigurieren', 'konfiguriere', 'einrichtung', 'eintragen', 'hinzufugen', 'hinzufuegen', 'wie geht das', 'wie mach ich das', 'wie mache ich das',
      'schritte', 'wie geht das da', 'wie geht das dort', 'wie geht das bei', 'wie gehts', 'einstellungen fur', 'einrichten?',
    ],
  },
  programs: {
    appleMail: [
      'apple mail', 'mail app vom mac', 'mail auf dem mac', 'mac mail', 'mail am mac', 'apple mail am mac', 'mail vom mac', 'mail programm vom mac',
      'mail auf dem macbook', 'mail am macbook', 'mail app am mac', 'die mail app vom mac', 'macos mail',
    ],
    outlook: ['outlook', 'outlook 2010', 'outlook 2013', 'outlook 2016', 'outlook 2019', 'outlook 2021', 'outlook 365', 'office 365', 'microsoft 365', 'microsoft outlook', 'ms outlook', 'outlook express', 'neues outlook'],
    thunderbird: ['thunderbird', 'mozilla thunderbird', 'betterbird', 'tbird', 'thunderbirt'],
    iphone: ['iphone', 'ipad', 'ios'],
    android: ['gmail', 'gmail app', 'android', 'samsung', 'galaxy', 'pixel', 'samsung mail', 'samsung e mail', 'k 9', 'k9', 'k 9 mail', 'fairemail', 'aqua mail', 'bluemail'],
    windowsMail: [
      'windows mail', 'windows 10 mail', 'windows 11 mail', 'mail app von windows', 'die mail app von windows', 'mail von windows', 'windows live mail',
      'live mail', 'mail und kalender', 'e mail app von windows', 'mail fur windows', 'windows e mail',
    ],
    other: [
      // The Mail app of an iPhone ("die Mail-App auf dem iPhone") is a program, where the phone alone is a device.
      'mail app', 'die mail app', 'mail app auf dem iphone', 'die mail app auf dem iphone', 'mail app vom iphone', 'mail auf dem iphone', 'e mail app',
      'email app', 'mailprogramm', 'e mail programm', 'email programm', 'mail programm', 'evolution', 'em client', 'emclient', 'the bat', 'eudora', 'spark',
      'mailbird', 'kmail', 'claws', 'postbox', 'pegasus', 'incredimail', 'mailspring', 'canary mail', 'airmail',
    ],
  },
  onScreen: {
    devices: {
      oneComputer: [
        'einer', 'einem', 'nur einer', 'nur einem', 'nur eins', 'eins', 'ein computer', 'ein rechner', 'ein pc', 'ein laptop', 'nur ein computer',
        'nur ein rechner', 'nur ein pc', 'nur ein laptop', 'nur hier', 'nur dieser', 'dieser hier', 'der hier', 'der eine', 'ein gerat', 'nur ein gerat',
        'auf einem', 'an einem', 'an einem computer', 'auf einem computer', 'an einem rechner', 'am selben', 'immer am selben', 'nur da', 'nur dort',
      ],
      severalDevices: ['mehrere', 'mehreren', 'viele', 'verschiedene', 'uberall', 'ueberall', 'auf mehreren', 'an mehreren', 'auf allen', 'unterwegs auch', 'mal hier mal da'],
      webmail: ['webmail', 'web mail', 'online', 'browser', 'im browser', 'im internet', 'im web'],
    },
    // The yes and no answer it: "kann" and "geht" sit inside "kann es nicht" and "geht nicht".
    program: {},
    popToday: {
      no: [
        'imap', 'nutze imap', 'ich nutze imap', 'schon imap', 'benutze imap', 'benutz imap', 'hab imap', 'habe imap', 'imap eingestellt', 'imap eingestelt',
        'hab imap eingestellt', 'ich hab imap', 'nutze schon imap', 'benutze schon imap', 'benutz schon imap', 'kein pop', 'nie', 'noch nie', 'nichts eingerichtet',
        'noch nichts eingerichtet', 'gar nichts eingerichtet', 'noch gar nichts eingerichtet', 'bin neu', 'erstes mal', 'zum ersten mal', 'nicht mehr',
      ],
      // Being happy with it is the concept "happy", which a "nicht" or "nicht so" in front of it turns round.
      satisfied: ['ja zufrieden', 'ja bin zufrieden', 'ja sehr zufrieden', 'ja passt', 'ja alles gut'],
      leaveOnServer: [
        'kopien', 'kopie', 'mit kopie', 'mit kopien', 'kopie auf dem server', 'kopien auf dem server', 'auf dem server', 'die mit den kopien', 'das dritte',
        'die dritte', 'die mit der kopie', 'lasse kopien', 'lass kopien',
      ],
    },
    backups: {
      self: [
        'ich', 'ich selbst', 'ich selber', 'selbst', 'selber', 'mach ich', 'mache ich', 'mach ich selbst', 'ich mach das', 'ich mache das', 'ich sichere',
        'selbst naturlich', 'ich naturlich', 'ich mach das selbst', 'mach ich lieber selbst', 'lieber selbst', 'das mach ich', 'das mache ich',
        'ich sichere selbst', 'eigene', 'meine eigenen',
      ],
      '?': ['cloud', 'die cloud', 'in der cloud', 'icloud', 'dropbox', 'onedrive', 'google drive', 'beides', 'beide', 'keiner', 'niemand', 'kommt drauf an'],
      server: [
        'server', 'der server', 'e mail server', 'der e mail server', 'mailserver', 'automatisch', 'der e mail server automatisch', 'livebooks', 'ihr', 'ihr naturlich',
        'sie', 'euer server', 'ihr server', 'lieber der server', 'auf dem server', 'lieber auf dem server', 'der server soll das machen', 'nicht ich', 'ihr macht das',
        'macht ihr', 'machen sie', 'sie machen das', 'der anbieter', 'der provider', 'der server bitte', 'server bitte',
        // "mach ich gar nicht": nobody backs up today, so the server should
        'sichere nichts', 'ich sichere nichts', 'nichts', 'sichere nie', 'ich sichere nie', 'sichere nicht', 'ich sichere nicht', 'mach ich nicht', 'mach ich gar nicht', 'mache ich nicht', 'mache ich gar nicht', 'mach ich nie', 'mache ich nie', 'gar nicht', 'mach keine', 'mache keine',
      ],
    },
    storage: {
      shortOfSpace: [
        'platz', 'speicher', 'speicherplatz', 'das erste', 'die erste', 'erstes', 'der erste', 'mein gerat', 'gerat', 'das gerat', 'voll', 'wenig platz',
        'festplatte', 'mein computer', 'mein handy', 'mein laptop', 'das mit dem platz', 'das mit dem speicher',
      ],
      '?': ['kein problem', 'ist kein problem', 'bei mir kein problem', 'beides', 'beides trifft zu', 'keins davon', 'keins von beidem', 'keins von beiden', 'weder noch', 'nichts davon'],
      noLimits: [
        'limit', 'limits', 'grenze', 'grenzen', 'postfachgrenze', 'speichergrenze', 'das zweite', 'die zweite', 'zweites', 'der zweite', 'postfach',
        'nicht aufpassen', 'das mit dem postfach', 'das mit der grenze', 'keine grenze', 'keine grenzen', 'ohne grenze',
      ],
    },
    spamShield: {
      yes: [
        'hab ich', 'habe ich', 'ja hab ich', 'hab ich gebucht', 'habe ich gebucht', 'gebucht', 'hab ich ja', 'nutze ich', 'ist aktiv', 'aktiviert',
        'eingeschaltet', 'bezahle ich', 'zahle ich', 'zahle dafur', 'zahle dafuer', 'zusatzpaket', 'das zusatzpaket', 'hab ich aktiviert', 'ist an', 'an',
        'hab ich an',
      ],
      no: [
        'hab ich nicht', 'habe ich nicht', 'nicht gebucht', 'brauch ich nicht', 'brauche ich nicht', 'gekundigt', 'gekuendigt', 'nutze ich nicht',
        'kein spamshield', 'hab ich nie gebucht', 'nie gebucht', 'ausgeschaltet', 'deaktiviert', 'nicht aktiv', 'ist aus', 'aus', 'nur den normalen spamfilter',
        'nur der normale spamfilter', 'normaler spamfilter',
      ],
      unsure: ['vielleicht', 'kann sein', 'moglich', 'moglicherweise', 'konnte sein', 'eventuell', 'mag sein'],
    },
    connection: {
      yes: ['langsam', 'lahm', 'ja langsam', 'schlecht', 'mies', 'katastrophe', 'total lahm', 'sehr langsam', 'ja lahm', 'ziemlich', 'leider ja', 'ja leider'],
      no: [
        'schnell', 'flott', 'ok', 'okay', 'gut', 'passt', 'in ordnung', 'geht', 'reicht', 'reicht mir', 'schnell genug', 'glasfaser', 'kabel', 'super',
        'alles gut', 'im gegenteil', 'lauft super', 'lauft', 'normal', 'ganz normal', 'prima', 'top', 'passt schon', 'is flott', 'ist flott',
      ],
    },
  },
  commands: {
    help: [
      'hilfe', 'hilfee', 'hilfeee', 'hilfe bitte', 'bitte hilfe', 'ich brauche hilfe', 'brauche hilfe', 'brauch hilfe', 'was kann ich sagen', 'was kann ich hier sagen',
      'was kann ich hier eingeben', 'was kann ich eingeben', 'was soll ich eingeben', 'was soll ich hier eingeben', 'wie geht das hier', 'wie funktioniert das',
      'wie funktioniert das hier', 'wie funktioniert das ganze', 'was soll ich tun', 'was muss ich tun', 'was soll ich machen', 'was muss ich machen',
      'ich verstehe nicht', 'versteh ich nicht', 'verstehe ich nicht', 'ich versteh das nicht', 'ich verstehe das nicht', 'verstehe die frage nicht',
      'ich verstehe die frage nicht', 'versteh die frage nicht', 'hae', 'ha', 'hah', 'haeh', 'hä', 'was', '?', 'menu', 'menue', 'optionen', 'befehle',
      'ich komm nicht weiter', 'ich komme nicht weiter', 'wie antworte ich', 'was willst du wissen', 'was wollen sie wissen', 'help', 'keine ahnung was ich machen soll',
    ],
    why: [
      'warum', 'wieso', 'weshalb', 'wozu', 'warum fragst du das', 'warum fragen sie das', 'warum fragst du', 'warum fragen sie', 'wieso fragst du das',
      'wieso fragen sie das', 'wieso wollen sie das wissen', 'wieso willst du das wissen', 'warum wollen sie das wissen', 'warum willst du das wissen',
      'warum wollt ihr das wissen', 'wozu brauchst du das', 'wozu brauchen sie das', 'wozu braucht ihr das', 'wozu ist das wichtig', 'warum ist das wichtig',
      'wieso ist das wichtig', 'warum spielt das eine rolle', 'was spielt das fur eine rolle', 'welche rolle spielt das', 'warum die frage', 'wieso die frage',
      'warum imap', 'warum pop', 'wieso imap', 'wieso pop', 'warum das', 'wieso das', 'wozu das', 'was hat das damit zu tun', 'warum ist das relevant',
      'warum empfiehlst du imap', 'warum empfehlen sie imap', 'warum empfiehlst du pop', 'warum empfehlen sie pop', 'warum denn', 'wieso denn', 'why', 'kannst du mir das nochmal erklaren', 'konnen sie mir das nochmal erklaren', 'erklar mir das nochmal', 'erklaren sie mir das nochmal', 'nochmal erklaren', 'kannst du das erklaren', 'konnen sie das erklaren', 'erklar das mal',
    ],
    back: [
      'zuruck', 'zurueck', 'zurck', 'eins zuruck', 'eins zurueck', 'einen zuruck', 'vorherige frage', 'die vorherige frage', 'zur vorherigen frage', 'vorige frage',
      'die vorige frage', 'zur vorigen frage', 'letzte frage', 'die letzte frage', 'zur letzten frage', 'einen schritt zuruck', 'ein schritt zuruck',
      'schritt zuruck', 'geh zuruck', 'gehe zuruck', 'zuruck gehen', 'zuruckgehen', 'zuruck bitte', 'ruckgangig', 'rueckgaengig', 'ups', 'hoppla',
      'falsch geklickt', 'verklickt', 'hab mich verklickt', 'falscher knopf', 'noch mal die letzte frage', 'nochmal die letzte frage', 'back',
      'konnen wir zuruck', 'kann ich zuruck', 'zuruck zur letzten frage',
    ],
    startOver: [
      'von vorne', 'von vorn', 'nochmal von vorne', 'nochmal von vorn', 'noch mal von vorne', 'noch mal von vorn', 'alles nochmal von vorne', 'alles von vorne',
      'von vorne anfangen', 'von vorn anfangen', 'von vorne beginnen', 'von vorn beginnen', 'neu anfangen', 'nochmal anfangen', 'noch mal anfangen',
      'neustart', 'neu starten', 'neu beginnen', 'nochmal', 'noch mal', 'nochmal neu', 'zurucksetzen', 'zuruecksetzen', 'reset', 'restart', 'alles loschen',
      'alles loeschen', 'neues gesprach', 'von anfang an', 'nochmal von anfang an', 'anderes konto', 'fur ein anderes konto', 'fur meine frau',
      'fur meinen mann', 'noch einmal', 'noch einmal von vorne', 'nochmal bitte', 'von vorne bitte', 'lass uns von vorne anfangen', 'starte neu',
    ],
    stop: [
      'stopp', 'stop', 'abbrechen', 'abbruch', 'beenden', 'ende', 'schluss', 'aufhoren', 'aufhoeren', 'hor auf', 'tschuss', 'tschuess', 'tschus', 'tschau',
      'tscho', 'ciao', 'ok ciao', 'auf wiedersehen', 'wiedersehen', 'bis dann', 'bis spater', 'bis bald', 'adieu', 'ade', 'baba', 'pfiat di', 'vergiss es',
      'lass gut sein', 'ich hab keine lust mehr', 'keine lust mehr', 'ich will nicht mehr', 'ich mag nicht mehr', 'das reicht', 'genug', 'bye', 'tschuss danke',
      'ich hab keine lust mehr ende', 'tschuss und danke', 'danke und tschuss', 'danke tschuss', 'ciao danke', 'danke ciao', 'danke und ciao', 'chat beenden', 'gesprach beenden', 'uf wiederluege', 'adele', 'servus und tschuss',
    ],
    summary: [
      'was habe ich gesagt', 'was hab ich gesagt', 'was hab ich bisher gesagt', 'was habe ich bisher gesagt', 'was hab ich nochmal gesagt', 'meine antworten',
      'zeig meine antworten', 'zeig mal meine antworten', 'zeige meine antworten', 'zeig mir meine antworten', 'zusammenfassung', 'eine zusammenfassung',
      'was hab ich nochmal alles angegeben', 'was habe ich angegeben', 'was hab ich angegeben', 'was hab ich alles angegeben', 'was weisst du bisher',
      'was wissen sie bisher', 'was hab ich geantwortet', 'was habe ich geantwortet', 'was hatte ich gesagt', 'was hab ich dir gesagt', 'was habe ich ihnen gesagt',
      'meine bisherigen antworten', 'bisherige antworten', 'was hab ich bis jetzt gesagt',
    ],
    change: [
      'antwort andern', 'antwort aendern', 'eine antwort andern', 'meine antwort andern', 'ich will eine antwort andern', 'ich mochte eine antwort andern',
      'ich will was andern', 'ich mochte was andern', 'andern', 'aendern', 'korrigieren', 'kann ich was korrigieren', 'kann ich etwas korrigieren',
      'antwort korrigieren', 'eine antwort korrigieren', 'was andern', 'etwas andern', 'antworten andern', 'ich hab mich vertan', 'falsche antwort',
      'kann ich eine antwort andern', 'kann ich was andern',
    ],
    setup: [
      'wie richte ich das ein', 'wie richte ich es ein', 'wie richte ich das jetzt ein', 'und wie richte ich das ein', 'einrichten', 'einrichtung', 'anleitung',
      'anleitung bitte', 'die anleitung', 'wie stell ich das ein', 'wie stelle ich das ein', 'und wie stell ich das jetzt ein', 'wie stell ich das jetzt ein',
      'und wie stelle ich das jetzt ein', 'einstellungen', 'die einstellungen', 'wie mache ich das', 'wie mach ich das', 'und jetzt', 'und nun', 'jetzt', 'nun', 'wie jetzt',
      'schritte', 'wie gehts weiter', 'wie geht es weiter', 'wie geht das jetzt', 'und wie geht das', 'wie richte ich imap ein', 'wie richte ich pop ein',
      'imap einrichten', 'pop einrichten', 'wie stelle ich um', 'wie stell ich um', 'wie stelle ich das um', 'wie stell ich das um', 'zeig mir wie',
      'serverdaten', 'die serverdaten', 'zugangsdaten', 'wie richte ich das ein bitte',
    ],
    request: [
      'anfrage senden', 'anfrage stellen', 'eine anfrage stellen', 'eine anfrage senden', 'ich mochte eine anfrage stellen', 'ich will eine anfrage stellen',
      'mitarbeiter', 'mitarbeiter bitte', 'ein mitarbeiter', 'einen mitarbeiter', 'mensch', 'ein mensch', 'einen menschen', 'mit einem menschen sprechen',
      'mit einem mitarbeiter sprechen', 'mit jemandem sprechen', 'support', 'kundendienst', 'kundenservice', 'kundensupport', 'hotline', 'ruckruf', 'rueckruf',
      'ticket', 'echter mensch', 'ein echter mensch', 'berater', 'techniker', 'mit einem menschen', 'mit einem menschen sprechen bitte', 'agent', 'mensch bitte',
    ],
    done: [
      'fertig', 'bin fertig', 'danke fertig', 'das wars', 'danke das wars', 'das war es', 'danke das war es', 'das wars danke', 'erledigt', 'passt erledigt',
      'alles erledigt', 'hat geklappt', 'hat funktioniert', 'geschafft', 'eingerichtet', 'hab es eingerichtet', 'habs eingerichtet', 'das war alles',
      'mehr brauche ich nicht', 'mehr brauch ich nicht', 'alles klar das wars', 'ok das wars', 'super das wars', 'fertig danke', 'danke fur die hilfe das wars',
      'klappt jetzt', 'wars das', 'war es das', 'das wars dann', 'dann wars das', 'funktioniert jetzt', 'lauft jetzt', 'alles erledigt danke', 'erledigt danke', 'ok fertig', 'gut das wars',
    ],
  },
  commandPhrases: {
    startOver: ['von vorne anfangen', 'von vorn anfangen', 'von vorne beginnen', 'nochmal von vorne', 'nochmal von vorn', 'neu anfangen', 'von anfang an', 'neustart'],
    back: ['vorherige frage', 'vorige frage', 'letzte frage zuruck', 'einen schritt zuruck', 'zur letzten frage'],
    request: [
      'mit einem menschen', 'mit einem mitarbeiter', 'mit einer mitarbeiterin', 'mit nem echten menschen', 'mit einem echten menschen', 'echten menschen',
      'echter mensch', 'einem menschen sprechen', 'menschen sprechen', 'menschen reden', 'mitarbeiter sprechen', 'mitarbeiter reden', 'zuruckrufen',
      'zurueckrufen', 'ruckruf', 'anfrage stellen', 'anfrage senden', 'ein mitarbeiter', 'einen mitarbeiter', 'mit dem support', 'mit jemandem vom support',
      'mit jemandem sprechen', 'mit jemandem reden', 'kundendienst', 'kundenservice', 'anrufen', 'ruft mich an', 'ruf mich an',
    ],
    summary: ['was habe ich gesagt', 'was hab ich gesagt', 'meine antworten', 'was hab ich angegeben', 'was habe ich angegeben', 'bisher gesagt'],
    change: [
      'antwort andern', 'antwort aendern', 'antwort korrigieren', 'antworten andern', 'was korrigieren', 'etwas korrigieren', 'was andern', 'etwas andern',
      'eine antwort andern',
    ],
    why: ['warum fragst du', 'warum fragen sie', 'wieso fragst du', 'wieso fragen sie', 'warum wollen sie das wissen', 'wieso wollen sie das wissen', 'warum empfiehlst du', 'warum empfehlen sie', 'warum ist das wichtig', 'wozu brauchst du', 'wozu brauchen sie'],
    help: ['verstehe die frage nicht', 'versteh die frage nicht', 'ich brauche hilfe', 'wie funktioniert das hier', 'was kann ich hier eingeben', 'was soll ich hier eingeben'],
    setup: ['wie richte ich das ein', 'wie stell ich das ein', 'wie stelle ich das ein', 'wie richte ich es ein', 'wie richte ich das jetzt ein'],
    stop: ['keine lust mehr', 'chat beenden', 'gesprach beenden'],
    done: ['das wars', 'hat geklappt', 'erledigt'],
  },
  questions: {
    whatIsImap: [
      'was ist imap', 'was ist das imap', 'was ist denn imap', 'was genau ist imap', 'was ist imap uberhaupt', 'was ist imap eigentlich', 'was heisst imap',
      'was bedeutet imap', 'imap was ist das', 'imap ist was', 'erklar mir imap', 'erklaren sie mir imap', 'was macht imap', 'was war imap', 'was is imap',
      'wofur steht imap', 'wofur ist imap',
    ],
    whatIsPop: [
      'was ist pop', 'was ist das pop', 'was ist denn pop', 'was genau ist pop', 'was ist pop uberhaupt', 'was ist pop eigentlich', 'was ist pop nochmal',
      'was heisst pop', 'was bedeutet pop', 'pop was ist das', 'erklar mir pop', 'was macht pop', 'was war pop', 'was is pop', 'was ist pop3', 'wofur steht pop',
    ],
    useBoth: [
      'beides nutzen', 'beide nutzen', 'beides gleichzeitig', 'beide gleichzeitig', 'pop und imap gleichzeitig', 'imap und pop gleichzeitig', 'pop und imap zusammen',
      'beides zusammen', 'mischen', 'pop und imap mischen', 'kombinieren', 'pop und imap kombinieren', 'pop auf dem einen', 'imap auf dem einen',
      'imap auf dem handy und pop', 'pop am pc und imap', 'pop auf dem rechner und imap', 'pop auf dem pc und imap', 'imap auf dem handy und pop am pc', 'beides haben', 'beides verwenden',
      'gleichzeitig nutzen', 'parallel nutzen', 'parallel',
    ],
    difference: [
      'unterschied', 'der unterschied', 'unterschiede', 'die unterschiede', 'was ist der unterschied', 'unterschied zwischen', 'worin unterscheiden',
      'was unterscheidet', 'vorteile', 'nachteile', 'vor und nachteile', 'vorteil', 'nachteil', 'pop vs imap', 'imap vs pop', 'pop oder imap unterschied',
      'unterschiedlich', 'vergleich', 'was ist anders',
    ],
    security: [
      'sicher', 'sicherer', 'unsicher', 'unsicherer', 'sicherheit', 'verschlusselt', 'verschlusselung', 'verschluesselt', 'verschluesselung', 'ssl', 'tls',
      'hacker', 'gehackt', 'datenschutz', 'abgefangen', 'mitlesen',
    ],
    serversPorts: [
      'port', 'ports', 'welche ports', 'welchen port', 'server und ports', 'smtp', 'smtp server', 'postausgangsserver', 'posteingangsserver', 'servername',
      'serveradresse', 'server adresse', 'welcher server', 'welche server', 'eingangsserver', 'ausgangsserver', 'hostname', 'host', '993', '995', '465', '587',
      'imap server', 'pop server', 'pop3 server', 'serverdaten', 'servereinstellungen', 'zugangsdaten', 'ausgangsserver', 'postausgang', 'posteingang server',
    ],
    switchSafely: [
      'verliere ich', 'verlier ich', 'verlieren', 'verloren', 'gehen verloren', 'geht verloren', 'meine alten mails', 'alten mails', 'alte mails',
      'was passiert mit meinen mails', 'was passiert mit den mails', 'was passiert mit meinen e mails', 'wenn ich umstelle', 'umstellen', 'umstelle', 'umsteigen',
      'umsteige', 'wechseln', 'wechsle', 'wenn ich wechsle', 'auf imap wechsle', 'von pop auf imap', 'von pop zu imap', 'umstellung', 'wechsel', 'weg sein',
      'sind dann weg', 'sind meine mails weg',
    ],
    changeLater: [
      'spater', 'spaeter', 'spater noch', 'spater andern', 'spater wechseln', 'spater wieder', 'spater noch andern', 'wieder zuruck', 'zuruck zu pop',
      'zuruck zu imap', 'ruckgangig machen', 'umentscheiden', 'anders entscheiden', 'endgultig', 'endgueltig', 'fur immer', 'wieder andern', 'wieder umstellen',
      'wieder wechseln',
    ],
    findAccountDate: [
      'wann wurde mein konto erstellt', 'wann wurde mein konto angelegt', 'wann wurde das konto erstellt', 'wann wurde das konto angelegt',
      'wann ich mein konto angelegt', 'wann ich mein konto erstellt', 'wann ich das konto erstellt', 'wann ich das konto angelegt', 'wo seh ich wann',
      'wo sehe ich wann', 'wann ich mich angemeldet', 'willkommensmail', 'willkommens mail', 'willkommens e mail', 'begrussungsmail', 'wie finde ich raus wann',
      'wie finde ich heraus wann', 'wann habe ich mein konto', 'wann hab ich mein konto', 'kontoerstellung', 'erstellungsdatum', 'anmeldedatum', 'seit wann habe ich',
      'seit wann hab ich', 'wo steht wann', 'wie alt ist mein konto', 'datum nachsehen', 'datum herausfinden', 'datum rausfinden',
    ],
    whatIsSpamShield: [
      'was ist spamshield', 'was ist das spamshield', 'was ist denn spamshield', 'was war spamshield', 'was war nochmal spamshield', 'was ist spam shield',
      'brauch ich spamshield', 'brauche ich spamshield', 'was bringt spamshield', 'spamshield was ist das', 'was macht spamshield', 'hab ich spamshield',
      'habe ich spamshield', 'was ist spamshield pro', 'was heisst spamshield', 'was soll spamshield sein',
    ],
  },
  tagQuestions: ['oder', 'stimmt das', 'stimmt es', 'ist das so', 'ist das richtig', 'richtig', 'gell', 'gelle', 'ne', 'nicht wahr', 'oder nicht', 'stimmt', 'wirklich', 'echt'],
  whatIsThat: [
    'was ist das', 'was ist das denn', 'was heisst das', 'was bedeutet das', 'was meinen sie', 'was meinst du', 'wie finde ich das heraus', 'wie finde ich das raus',
    'wie finde ich es heraus', 'wie finde ich es raus', 'wie finde ich das', 'wo sehe ich das', 'wo seh ich das', 'wie sehe ich das', 'wie seh ich das',
    'wie prufe ich das', 'wie pruefe ich das', 'wo finde ich das', 'woran erkenne ich das', 'wie erkenne ich das', 'wo steht das', 'was soll das sein', 'hä was',
  ],
  smallTalk: {
    greeting: [
      'hallo', 'hallo zusammen', 'halloo', 'hallochen', 'moin', 'moin moin', 'moinsen', 'servus', 'gruezi', 'gruezi mitenand', 'gruessech', 'grussech', 'gruss gott', 'gruess gott',
      'griass gott', 'griass di', 'gruss dich', 'gruezi wohl', 'guten morgen', 'guten tag', 'guten abend', 'gute nacht', 'tag', 'tach', 'hi', 'hey', 'huhu',
      'hello', 'salut', 'hoi zame', 'hallo bot', 'hallo nochmal', 'hi zusammen', 'morgen', 'mahlzeit', 'na', 'hallo erstmal', 'ich habe eine frage',
      'ich hab eine frage', 'ich hab ne frage', 'eine frage', 'kurze frage', 'ne frage', 'frage',
    ],
    thanks: [
      'danke', 'danke schon', 'dankeschon', 'danke sehr', 'vielen dank', 'vielen lieben dank', 'lieben dank', 'herzlichen dank', 'besten dank', 'tausend dank',
      'danke dir', 'danke ihnen', 'dank dir', 'ok danke', 'okay danke', 'super danke', 'prima danke', 'toll danke', 'danke fur die hilfe', 'danke fur ihre hilfe',
      'vielen dank fur die hilfe', 'merci', 'merci vielmals', 'thx', 'thanks', 'danke vielmals', 'merci vilmal', 'merci viumau', 'danke vilmal', 'alles klar danke', 'gut danke', 'danke nochmal', 'perfekt danke',
      'supi danke', 'ah ok danke', 'vergelts gott', 'danke euch', 'danke schoen', 'dankeschoen', 'sehr hilfreich', 'das hat geholfen', 'hat mir geholfen', 'hat mir sehr geholfen', 'das hat mir sehr geholfen', 'sehr geholfen', 'hat geholfen', 'super erklart', 'gut erklart',
    ],
    ok: [
      'ok', 'okay', 'okey', 'oki', 'okidoki', 'alles klar', 'gut', 'super', 'prima', 'toll', 'perfekt', 'verstanden', 'klar', 'passt', 'in ordnung', 'geht klar',
      'jo', 'ja', 'jap', 'jup', 'aha', 'ah ok', 'ah okay', 'ach so', 'achso', 'ahso', 'schon', 'gut zu wissen', 'top', 'cool', 'klingt gut', 'na gut', 'na dann',
      'interessant', 'verstehe', 'ich verstehe', 'ok verstanden', 'alles klar verstanden', 'sehr gut', 'spitze', 'gut gut', 'ok ok', 'supi', 'jawohl', 'ja gut',
      'ja ok', 'ok gut', 'ok super', 'ok prima', 'na schon', 'soso', 'aha ok',
      // "ich hab noch eine Frage": the preface to the next question, mid-conversation (no greeting)
      'ich hab noch eine frage', 'ich habe noch eine frage', 'ich hab noch ne frage', 'noch eine frage', 'eine frage noch', 'noch was',
    ],
    whichOne: [
      'pop oder imap', 'imap oder pop', 'was soll ich nehmen', 'welches soll ich nehmen', 'was nehme ich', 'was nehm ich', 'was ist besser', 'was is besser',
      'welches ist besser', 'was ware besser', 'was waere besser', 'was empfiehlst du', 'was empfehlen sie', 'was wurden sie empfehlen', 'was wurdest du empfehlen',
      'welches empfiehlst du', 'welches empfehlen sie', 'und welches jetzt', 'welches jetzt', 'welches denn', 'welches denn jetzt', 'was soll ich dann nehmen',
      'was soll ich denn nehmen', 'sag mir einfach was besser ist', 'was besser ist', 'lohnt sich imap', 'lohnt sich pop', 'soll ich imap nehmen',
      'soll ich pop nehmen', 'ich soll imap nehmen', 'ich soll pop nehmen', 'imap nehmen', 'pop nehmen', 'welche einstellung soll ich nehmen',
      'welches protokoll', 'welches protokoll soll ich nehmen', 'ob imap besser ware', 'ob imap besser waere', 'ist imap besser', 'ist pop besser',
      'imap besser', 'pop besser', 'was passt zu mir', 'was passt besser', 'was ist fur mich besser', 'was ist das richtige', 'welches ist das richtige',
      'ihre empfehlung', 'deine empfehlung', 'was raten sie', 'was rat ich', 'was ratst du', 'was ist die empfehlung', 'welche empfehlung', 'auf imap umsteigen soll',
      'umsteigen soll', 'welches von beiden', 'was von beiden', 'was denn nun', 'und jetzt was', 'und was jetzt', 'und was nun',
    ],
    other: [
      'bist du ein bot', 'bist du ein mensch', 'bist du echt', 'bist du ein roboter', 'sind sie ein bot', 'sind sie ein mensch', 'bist du eine ki', 'wer bist du',
      'wer sind sie', 'was bist du', 'haha', 'hahaha', 'hehe', 'lol', 'xd', 'schade', 'oh schade', 'sehr schade', 'na toll', 'test', 'testen', 'hallo jemand da',
      'ist da jemand', 'jemand da', 'wie gehts', 'wie geht es dir', 'wie gehts dir', 'wie geht es ihnen', 'bloder bot', 'doofer bot', 'dummer bot', 'toller bot',
      'guter bot', 'oh mann', 'ach mann', 'mist', 'mist aber auch', 'oje', 'ojemine', 'menno', 'hm ok schade', 'na super', 'echt jetzt', 'krass', 'wow',
      'oha', 'ups', 'egal dann', 'schon', 'schade eigentlich', 'das ist schade', 'ach schade', 'wie schade',
    ],
  },
  languageNames: {
    en: [
      'englisch', 'auf englisch', 'auf englisch bitte', 'englisch bitte', 'in englisch', 'lieber englisch', 'lieber auf englisch', 'auf englisch weitermachen',
      'auf englisch weiter', 'sprechen sie englisch', 'sprichst du englisch', 'konnen wir englisch sprechen', 'english', 'in english', 'english please',
      'in english please', 'speak english', 'en anglais', 'en ingles',
    ],
    de: [
      'deutsch', 'auf deutsch', 'auf deutsch bitte', 'deutsch bitte', 'in deutsch', 'lieber deutsch', 'lieber auf deutsch', 'auf deutsch weiter',
      'sprechen sie deutsch', 'sprichst du deutsch', 'kannst du deutsch', 'konnen sie deutsch', 'konnen wir deutsch sprechen', 'german', 'in german',
      'german please', 'en allemand', 'en aleman',
    ],
    fr: [
      'franzosisch', 'franzoesisch', 'auf franzosisch', 'auf franzoesisch', 'auf franzosisch bitte', 'french', 'in french', 'francais', 'en francais',
      'en francais svp', 'en francais sil vous plait', 'parlez vous francais', 'en frances',
    ],
    es: [
      'spanisch', 'auf spanisch', 'auf spanisch bitte', 'spanish', 'in spanish', 'espanol', 'en espanol', 'espanol por favor', 'en espanol por favor',
      'castellano', 'hablas espanol', 'en espagnol',
    ],
  },
  numbers: {
    ein: 1, eins: 1, einem: 1, einer: 1, einen: 1, zwei: 2, zwo: 2, drei: 3, vier: 4, funf: 5, fuenf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10,
    elf: 11, zwolf: 12, zwoelf: 12, dreizehn: 13, vierzehn: 14, funfzehn: 15, fuenfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19,
    zwanzig: 20, funfundzwanzig: 25, dreissig: 30, dutzend: 12,
  },
  ordinals: {
    erste: 1, ersten: 1, erstes: 1, erster: 1, '1.': 1, zweite: 2, zweiten: 2, zweites: 2, zweiter: 2, dritte: 3, dritten: 3, drittes: 3, dritter: 3,
    vierte: 4, vierten: 4, viertes: 4, funfte: 5, fuenfte: 5, letzte: -1, letzten: -1, letztes: -1, eins: 1, zwei: 2, drei: 3, vier: 4, funf: 5,
    oben: 1, unten: -1, mitte: 2, mittlere: 2, obere: 1, untere: -1,
  },
  pickWords: ['option', 'antwort', 'nummer', 'nr', 'die', 'das', 'der', 'den', 'bitte', 'punkt', 'knopf', 'taste', 'wahl', 'ich', 'nehme', 'nehm', 'von', 'moglichkeit'],
  dates: {
    agoAfter: ['her', 'alt'],
    agoBefore: ['vor', 'seit', 'sit', 'alter'],
    years: ['jahr', 'jahre', 'jahren', 'jahres', 'jaren', 'jahrn', 'jhr', 'j'],
    months: ['monat', 'monate', 'monaten', 'mon'],
    decades: ['jahrzehnt', 'jahrzehnte', 'jahrzehnten'],
    parts: {
      anfang: [1, 4], anfangs: [1, 4], beginn: [1, 4], fruhjahr: [3, 5], fruehjahr: [3, 5], fruhling: [3, 5], fruehling: [3, 5],
      mitte: [5, 8], sommer: [6, 8], herbst: [9, 11], ende: [9, 12], winter: [1, 12], weihnachten: [12, 12], ostern: [3, 4],
      januar: [1, 1], janner: [1, 1], jaenner: [1, 1], februar: [2, 2], feber: [2, 2], marz: [3, 3], maerz: [3, 3], april: [4, 4], mai: [5, 5],
      juni: [6, 6], juli: [7, 7], august: [8, 8], september: [9, 9], oktober: [10, 10], november: [11, 11], dezember: [12, 12],
      jan: [1, 1], feb: [2, 2], mar: [3, 3], apr: [4, 4], jun: [6, 6], jul: [7, 7], aug: [8, 8], sep: [9, 9], sept: [9, 9], okt: [10, 10], nov: [11, 11], dez: [12, 12],
    },
    lastYear: [
      'letztes jahr', 'letzten jahr', 'im letzten jahr', 'vergangenes jahr', 'vergangenen jahr', 'im vergangenen jahr', 'vor einem jahr', 'letzten sommer',
      'letztem sommer', 'letzten herbst', 'letzten winter', 'letzten fruhling', 'letztes fruhjahr', 'voriges jahr', 'vorigen jahr', 'im vorigen jahr',
      'letzten fruhjahr', 'vorletztes jahr',
    ],
    thisYear: [
      'dieses jahr', 'diesen monat', 'letzten monat', 'letzte woche', 'gestern', 'heute', 'neulich', 'vor kurzem', 'kurzlich', 'vor ein paar wochen',
      'vor ein paar monaten', 'vor einigen monaten', 'vor einigen wochen', 'gerade erst', 'eben erst', 'vorgestern', 'diese woche', 'im fruhjahr', 'heuer',
    ],
    moreThan: ['uber', 'ueber', 'mehr', 'mindestens', 'gut', 'gute', 'guten', 'alter', 'weit uber', 'locker', 'bestimmt', 'schon uber'],
    lessThan: ['unter', 'weniger', 'keine', 'kaum', 'nicht mal', 'noch keine', 'fast', 'knapp'],
    between: ['oder', 'bis', 'zu', 'und'],
    dateHints: ['neulich', 'neu', 'neue', 'neuen', 'neuer', 'neues', 'kurzlich', 'seit', 'vor', 'jahren', 'letztes', 'letzten', 'gestern', 'gekauft'],
  },
};

// Command words are words of the language too: never "corrected" into another one ("abbrechen", "tschüss").
de.commonWords.push(...Object.values(de.commands).flat());
