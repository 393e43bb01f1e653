/**
 * The understanding corpus, German: messages as German-speaking customers (Germany, Austria,
 * Switzerland) type them in a chat, each labelled with what the bot must take from it.
 * Today is 1 December 2026; the account cutoff is 6 August 2015 (see ./types).
 * A trailing `// Tippfehler` marks a message with deliberate typos or dialect spelling.
 */
import type { CorpusCase } from './types';

export const cases: CorpusCase[] = [
  // ───────────────────────── first messages ─────────────────────────
  { say: "Hallo", at: 'first', expect: { smallTalk: 'greeting' } },
  { say: "Moin moin", at: 'first', expect: { smallTalk: 'greeting' } },
  { say: "Grüezi mitenand", at: 'first', expect: { smallTalk: 'greeting' } },
  { say: "Servus", at: 'first', expect: { smallTalk: 'greeting' } },
  { say: "Guten Morgen!", at: 'first', expect: { smallTalk: 'greeting' } },
  {
    say: "Ja", at: 'first', expect: { smallTalk: 'ok' },
    note: "A bare 'Ja' before any question answers nothing; taken as an acknowledgement (the bot simply starts). Judgement call: askBack would also be defensible.",
  },
  {
    say: "Hallo, mein Konto hab ich seit 2009, ich lese meine Mails am PC und auf dem Handy",
    at: 'first', expect: { record: { age: 'before', devices: 'severalDevices' } },
  },
  {
    say: "hi, hab mein livebooks konto 2019 gemacht, welche einstellung soll ich nehmen pop oder imap",
    at: 'first', expect: { record: { age: 'after' } },
    note: "The 'which one' is the reason for the whole chat; the fact to take is the account date (after the cutoff).",
  },
  {
    say: "Ich benutze seit Jahren Thunderbird auf meinem Laptop, nur da. Das Konto ist von 2006.",
    at: 'first', expect: { record: { age: 'before', devices: 'oneComputer', program: 'yes' } },
    note: "'seit Jahren' is about Thunderbird, not the account; the account date is 2006.",
  },
  {
    say: "Meine Frau und ich teilen uns eine Adresse, wir lesen auf zwei Rechnern und dem iPad",
    at: 'first', expect: { record: { devices: 'severalDevices' } },
  },
  {
    say: "Hab mir neulich einen neuen Laptop gekauft und will jetzt meine Mails da einrichten. Was soll ich nehmen?",
    at: 'first', expect: { smallTalk: 'whichOne' },
    note: "The laptop purchase is not an account date, and a new laptop does not say it is the only device.",
  },
  {
    say: "Guten Abend. Ich habe meine E-Mail-Adresse bei liveBooks seit dem 12.03.2013. Ich rufe meine E-Mails ausschließlich an meinem Desktop-PC mit Outlook 2016 ab. Ich nutze POP3 und bin damit eigentlich zufrieden, wollte aber fragen, ob IMAP besser wäre.",
    at: 'first', expect: { record: { age: 'before', devices: 'oneComputer', program: 'yes', popToday: 'satisfied' } },
  },
  { say: "imap oder pop??", at: 'first', expect: { smallTalk: 'whichOne' } },
  { say: "was ist der unterschied zwischen pop und imap", at: 'first', expect: { question: 'difference' } },
  { say: "kann ich auch beides nutzen, pop und imap?", at: 'first', expect: { question: 'useBoth' } },
  { say: "geht imap auf dem handy und pop auf dem rechner?", at: 'advised', expect: { question: 'useBoth' } },
  {
    say: "Hallo zusammen, Konto seit ca. 2015, ich lese auf Handy und Tablet",
    at: 'first', expect: { record: { devices: 'severalDevices' }, askBack: true },
    note: "'ca. 2015' straddles the cutoff: ask back about the date, but the devices are clear.",
  },
  {
    say: "Mein Enkel hat mir vor 3 Jahren alles auf dem neuen Tablet eingerichtet, die E-Mail-Adresse hab ich aber schon seit 2010",
    at: 'first', expect: { record: { age: 'before' } },
    note: "'vor 3 Jahren' is when the tablet was set up, not when the account was created; the tablet alone does not say it is the only device.",
  },
  {
    say: "Moin, hab seit 2011 ne Adresse bei euch. Lese Mails im Büro am PC, zuhause am Laptop und unterwegs aufm Handy. Speicher aufm Handy ist immer voll.",
    at: 'first', expect: { record: { age: 'before', devices: 'severalDevices', storage: 'shortOfSpace' } },
  },
  {
    say: "Servus! Mein Internet daheim ist sauschlecht (Land, DSL 1000), Konto hab ich seit 2008, lese nur am alten Laptop",
    at: 'first', expect: { record: { connection: 'yes', age: 'before', devices: 'oneComputer' } },
  },
  {
    say: "Ich habe SpamShield Pro gebucht und frage mich, ob ich auf IMAP umsteigen soll.",
    at: 'first', expect: { record: { spamShield: 'yes' } },
    note: "'umsteigen' hints at POP today but says neither 'happy' nor 'copies on the server': nothing recorded for popToday.",
  },
  {
    say: "Hallo, ich mache meine Backups selbst auf eine externe Festplatte, deshalb hab ich bisher POP. Reicht das?",
    at: 'first', expect: { record: { backups: 'self' } },
    note: "POP today without 'happy' or 'copies on the server' cannot be recorded as one of the two yes values.",
  },
  { say: "Mein Mailkonto ist von 2017, lohnt sich IMAP für mich?", at: 'first', expect: { record: { age: 'after' } } },
  {
    say: "Guten Tag, ich wurde vom Support hierher geschickt. Ich nutze Apple Mail auf dem Mac und auf dem iPhone.",
    at: 'first', expect: { record: { devices: 'severalDevices', program: 'yes' } },
  },
  {
    say: "hallo ich les meine mails meistens im browser über webmail und manchmal am laptop in outlook",
    at: 'first', expect: { record: { devices: 'webmail', program: 'yes' } },
  },
  { say: "Hilfe", at: 'first', expect: { command: 'help' } },
  {
    say: "Ich bekomme seit gestern keine Mails mehr!!",
    at: 'first', expect: { question: 'unknown' },
    note: "A fault report the bot has no answer for: it says so and offers the request link.",
  },
  {
    say: "hallo, ich hab 2 pcs und ein handy, thunderbird auf beiden pcs, konto ist uralt (2004 oder so)",
    at: 'first', expect: { record: { devices: 'severalDevices', program: 'yes', age: 'before' } },
  },
  {
    say: "Griaß Gott, mei Internet is recht langsam und i les mei Post nur am Computer mit Outlook",
    at: 'first', expect: { record: { connection: 'yes', devices: 'oneComputer', program: 'yes' } },
  }, // Tippfehler (Bairisch)
  {
    say: "Mein Konto ist älter als 10 Jahre",
    at: 'first', expect: { askBack: true },
    note: "Older than 10 years = created before December 2016, which straddles 6 August 2015.",
  },
  {
    say: "Mein Konto ist über 12 Jahre alt, reicht das?",
    at: 'first', expect: { record: { age: 'before' } },
    note: "More than 12 years = before December 2014.",
  },
  { say: "Ich hab das Konto im Juli 2015 angelegt, kurz vor dem Urlaub", at: 'first', expect: { record: { age: 'before' } } },
  { say: "account ist vom 20.08.2015", at: 'first', expect: { record: { age: 'after' } } },
  { say: "Konto seit 2015", at: 'first', expect: { askBack: true }, note: "The year 2015 straddles the cutoff." },
  {
    say: "ich nutze pop und lasse immer eine kopie auf dem server, weil ich auch aufm handy lesen will. pc und handy. konto seit 2010",
    at: 'first', expect: { record: { popToday: 'leaveOnServer', devices: 'severalDevices', age: 'before' } },
  },
  { say: "Ich hab gelesen, IMAP ist sicherer. Stimmt das?", at: 'first', expect: { question: 'security' } },
  { say: "Wie richte ich mein iPhone ein?", at: 'first', expect: { question: 'setupIphone' } },
  {
    say: "Hallo! Ich möchte nicht ständig aufpassen müssen, dass mein Postfach voll wird. Außerdem hab ich kein SpamShield.",
    at: 'first', expect: { record: { storage: 'noLimits', spamShield: 'no' } },
  },
  {
    say: "Guten Tag, meine Internetverbindung ist schnell (Glasfaser), ich nutze Windows Mail am Surface und auf dem Handy die Gmail-App",
    at: 'first', expect: { record: { connection: 'no', program: 'yes', devices: 'severalDevices' } },
  },
  {
    say: "Ich lese nur am PC und verwende ein sehr altes Programm, das kein IMAP kann.",
    at: 'first', expect: { record: { devices: 'oneComputer', program: 'no' } },
  },
  {
    say: "hey, weiss nicht mehr wann ich mich angemeldet hab, aber ich lese überall: handy, tablet, laptop",
    at: 'first', expect: { record: { age: 'unsure', devices: 'severalDevices' } },
    note: "Not knowing the sign-up date is stated outright, so age is unsure.",
  }, // Tippfehler
  { say: "Ich bin Kunde seit 2001, noch aus DM-Zeiten", at: 'first', expect: { record: { age: 'before' } } },
  {
    say: "Meine Adresse hab ich schon seit vor Corona",
    at: 'first', expect: { askBack: true },
    note: "'Before Corona' = before 2020, which straddles the cutoff.",
  },
  {
    say: "Hallo, hab mir letztes Jahr einen neuen Laptop gekauft und lese nur darauf, mit Thunderbird. Die Adresse hab ich aber schon seit 2007.",
    at: 'first', expect: { record: { devices: 'oneComputer', program: 'yes', age: 'before' } },
    note: "'letztes Jahr' is the laptop, not the account.",
  },
  {
    say: "Hallo, ich hab den Chat im Internet gefunden. Ich lese meine Mails nur an einem Rechner.",
    at: 'first', expect: { record: { devices: 'oneComputer' } },
    note: "'im Internet' is where the chat was found, not Web Mail.",
  },
  { say: "Mein Sohn sagt, ich soll IMAP nehmen. Stimmt das?", at: 'first', expect: { smallTalk: 'whichOne' } },
  { say: "Wann wurde mein Konto erstellt? Wie finde ich das raus?", at: 'first', expect: { question: 'findAccountDate' } },
  { say: "Ich lese am Arbeitsrechner und am Rechner zu Hause", at: 'first', expect: { record: { devices: 'severalDevices' } } },
  { say: "mein konto hab ich vor 2 jahren gemacht", at: 'first', expect: { record: { age: 'after' } } },
  {
    say: "Konto von 2014, ich lese am Laptop und im Webmail",
    at: 'first', expect: { record: { age: 'before', devices: 'webmail' } },
  },
  {
    say: "Grüezi, mis Konto isch vo 2012 und ich läse d'Mails uf em Händy und em Laptop",
    at: 'first', expect: { record: { age: 'before', devices: 'severalDevices' } },
  }, // Tippfehler (Schweizerdeutsch)
  { say: "Was ist SpamShield Pro und brauch ich das?", at: 'first', expect: { question: 'whatIsSpamShield' } },
  { say: "kann ich mit einem Menschen sprechen?", at: 'first', expect: { command: 'request' } },
  {
    say: "bist du ein bot?",
    at: 'first', expect: { smallTalk: 'other' },
  },
  {
    say: "Hallo, ich habe kein SpamShield, mein Internet ist ok und Backups mach ich mit Time Machine selbst. Konto: 03/2012",
    at: 'first', expect: { record: { spamShield: 'no', connection: 'no', backups: 'self', age: 'before' } },
    note: "'Internet ist ok' = not slow.",
  },
  {
    say: "Ich wohne in Österreich auf einer Alm, das Internet ist extrem langsam. Konto seit 12 Jahren.",
    at: 'first', expect: { record: { connection: 'yes', age: 'before' } },
    note: "12 years ago = December 2014.",
  },
  { say: "auf Deutsch bitte", at: 'first', expect: { switchTo: 'de' } },
  {
    say: "Hallo ich hab ein ganz normales Handy und einen Computer, mehr nicht. Die Adresse hab ich seit letztem Sommer.",
    at: 'first', expect: { record: { devices: 'severalDevices', age: 'after' } },
    note: "Phone + computer = several devices; 'letzten Sommer' = summer 2026.",
  },
  {
    say: "Guten Tag, die Festplatte von meinem Laptop ist ständig voll, Windows meckert dauernd wegen Speicherplatz. Ich verwende Outlook.",
    at: 'first', expect: { record: { storage: 'shortOfSpace', program: 'yes' } },
    note: "The device is short of space. The laptop alone does not say it is the only device.",
  },

  // ───────────────────────── eligibility ─────────────────────────
  { say: "ja", at: 'eligibility', expect: { record: { age: 'before' } } },
  { say: "Ja, deutlich früher", at: 'eligibility', expect: { record: { age: 'before' } } },
  { say: "nein", at: 'eligibility', expect: { record: { age: 'after' } } },
  { say: "nö, erst seit 2020", at: 'eligibility', expect: { record: { age: 'after' } } },
  { say: "jo", at: 'eligibility', expect: { record: { age: 'before' } } },
  { say: "seit 2009", at: 'eligibility', expect: { record: { age: 'before' } } },
  { say: "2015", at: 'eligibility', expect: { askBack: true }, note: "The year 2015 straddles the cutoff." },
  { say: "so um 2015 rum", at: 'eligibility', expect: { askBack: true } },
  { say: "vor 2 Jahren", at: 'eligibility', expect: { record: { age: 'after' } } },
  { say: "letztes Jahr", at: 'eligibility', expect: { record: { age: 'after' } } },
  { say: "2018", at: 'eligibility', expect: { record: { age: 'after' } } },
  { say: "im März 2014", at: 'eligibility', expect: { record: { age: 'before' } } },
  { say: "September 2015", at: 'eligibility', expect: { record: { age: 'after' } } },
  { say: "Juli 2015", at: 'eligibility', expect: { record: { age: 'before' } } },
  {
    say: "08.06.2015", at: 'eligibility', expect: { record: { age: 'before' } },
    note: "German dd.mm.yyyy: 8 June 2015.",
  },
  {
    say: "am 6.8.2015", at: 'eligibility', expect: { record: { age: 'after' } },
    note: "Exactly on the cutoff day is not 'before 6 August 2015'.",
  },
  { say: "05.08.15", at: 'eligibility', expect: { record: { age: 'before' } }, note: "5 August 2015, one day before the cutoff." },
  { say: "vor etwa 10 Jahren", at: 'eligibility', expect: { askBack: true }, note: "About 2016, give or take: straddles the cutoff." },
  {
    say: "vor 11 jahren", at: 'eligibility', expect: { askBack: true },
    note: "Eleven years ago is late 2015, but people round to the year: a careful agent would ask before or after August 2015.",
  },
  { say: "vor gut 13 Jahren", at: 'eligibility', expect: { record: { age: 'before' } } },
  { say: "Sommer 2015", at: 'eligibility', expect: { askBack: true } },
  { say: "Anfang 2015", at: 'eligibility', expect: { record: { age: 'before' } } },
  { say: "Ende 2015", at: 'eligibility', expect: { record: { age: 'after' } } },
  { say: "Mitte 2015 irgendwann", at: 'eligibility', expect: { askBack: true } },
  { say: "August 2015", at: 'eligibility', expect: { askBack: true }, note: "August 2015 contains the cutoff day." },
  { say: "Herbst 2016", at: 'eligibility', expect: { record: { age: 'after' } } },
  { say: "Frühjahr 2015", at: 'eligibility', expect: { record: { age: 'before' } } },
  { say: "31.12.2014", at: 'eligibility', expect: { record: { age: 'before' } } },
  { say: "15/09/2015", at: 'eligibility', expect: { record: { age: 'after' } } },
  { say: "10/2015", at: 'eligibility', expect: { record: { age: 'after' } } },
  { say: "2015-03-01", at: 'eligibility', expect: { record: { age: 'before' } } },
  { say: "keine Ahnung", at: 'eligibility', expect: { record: { age: 'unsure' } } },
  { say: "weiß nich", at: 'eligibility', expect: { record: { age: 'unsure' } } },
  { say: "muss ich nachschauen", at: 'eligibility', expect: { record: { age: 'unsure' } } },
  { say: "kann mich echt nicht mehr erinnern", at: 'eligibility', expect: { record: { age: 'unsure' } } },
  { say: "das weiß mein Mann, der ist grad nicht da", at: 'eligibility', expect: { record: { age: 'unsure' } } },
  { say: "wie finde ich das heraus?", at: 'eligibility', expect: { question: 'findAccountDate' } },
  { say: "vor 2020", at: 'eligibility', expect: { askBack: true } },
  { say: "vor 2015", at: 'eligibility', expect: { record: { age: 'before' } } },
  { say: "hab ich schon 2009 angelegt", at: 'eligibility', expect: { record: { age: 'before' } } },
  { say: "vor ewigen Zeiten, bestimmt 15 Jahre her", at: 'eligibility', expect: { record: { age: 'before' } } },
  {
    say: "hab mir neulich einen neuen Laptop gekauft",
    at: 'eligibility', expect: { askBack: true },
    note: "About the laptop, not the account: no date, no devices.",
  },
  { say: "2012 glaub ich", at: 'eligibility', expect: { record: { age: 'before' } }, note: "Hedged, but 2012 is far from the cutoff." },
  { say: "meine Adresse gibts seit 1999", at: 'eligibility', expect: { record: { age: 'before' } } },
  { say: "Seit der WM 2006", at: 'eligibility', expect: { record: { age: 'before' } } },
  { say: "nach 2015", at: 'eligibility', expect: { record: { age: 'after' } } },
  { say: "vor 3 jahren", at: 'eligibility', expect: { record: { age: 'after' } } },
  { say: "seit 8 jahren ungefähr", at: 'eligibility', expect: { record: { age: 'after' } }, note: "About 2018." },
  { say: "seit gut 20 Jahren", at: 'eligibility', expect: { record: { age: 'before' } } },
  { say: "ja, das Konto ist alt", at: 'eligibility', expect: { record: { age: 'before' } } },
  { say: "nee, is neu", at: 'eligibility', expect: { record: { age: 'after' } } },
  { say: "Das ist ein Geschäftskonto von 2013", at: 'eligibility', expect: { record: { age: 'before' } } },
  { say: "Warum wollt ihr das wissen?", at: 'eligibility', expect: { command: 'why' } },
  {
    say: "ja, 2010, und ich lese auf handy und pc",
    at: 'eligibility', expect: { record: { age: 'before', devices: 'severalDevices' } },
  },
  {
    say: "Ja seit 2013, und ich nutze Thunderbird",
    at: 'eligibility', expect: { record: { age: 'before', program: 'yes' } },
  },
  { say: "jaa klaaar", at: 'eligibility', expect: { record: { age: 'before' } } }, // Tippfehler
  { say: "kein plan ehrlich gesagt", at: 'eligibility', expect: { record: { age: 'unsure' } } },
  { say: "kurz nach der WM 2014", at: 'eligibility', expect: { record: { age: 'before' } }, note: "The 2014 World Cup ended in July 2014." },
  { say: "als ich 2017 in Rente gegangen bin", at: 'eligibility', expect: { record: { age: 'after' } } },
  { say: "weis ich nciht mehr", at: 'eligibility', expect: { record: { age: 'unsure' } } }, // Tippfehler
  { say: "ich glaube 2019", at: 'eligibility', expect: { record: { age: 'after' } } },

  // ───────────────────────── devices ─────────────────────────
  { say: "nur am PC", at: 'devices', expect: { record: { devices: 'oneComputer' } } },
  { say: "handy und laptop", at: 'devices', expect: { record: { devices: 'severalDevices' } } },
  {
    say: "am Laptop mit Outlook und aufm Handy",
    at: 'devices', expect: { record: { devices: 'severalDevices', program: 'yes' } },
  },
  { say: "Laptop und Webmail", at: 'devices', expect: { record: { devices: 'webmail' } } },
  { say: "überall", at: 'devices', expect: { record: { devices: 'severalDevices' } } },
  { say: "3 Geräte", at: 'devices', expect: { record: { devices: 'severalDevices' } } },
  { say: "im Büro und daheim", at: 'devices', expect: { record: { devices: 'severalDevices' } }, note: "A work and a home computer." },
  { say: "kein Webmail, nur mein Laptop", at: 'devices', expect: { record: { devices: 'oneComputer' } } },
  { say: "weiß nicht genau", at: 'devices', expect: { record: { devices: 'unsure' } } },
  { say: "iPad und iPhone", at: 'devices', expect: { record: { devices: 'severalDevices' } } },
  {
    say: "nur auf meinem Mac mit Apple Mail",
    at: 'devices', expect: { record: { devices: 'oneComputer', program: 'yes' } },
  },
  { say: "am Rechner, manchmal auch im Browser", at: 'devices', expect: { record: { devices: 'webmail' } } },
  {
    say: "Hab den Chat im Internet gefunden, lesen tu ich nur am Computer",
    at: 'devices', expect: { record: { devices: 'oneComputer' } },
    note: "'im Internet' is not Web Mail here.",
  },
  { say: "meistens am PC, manchmal am Handy", at: 'devices', expect: { record: { devices: 'severalDevices' } } },
  { say: "zwei Rechner", at: 'devices', expect: { record: { devices: 'severalDevices' } } },
  { say: "am Desktop-PC", at: 'devices', expect: { record: { devices: 'oneComputer' } } },
  { say: "ich les auf dem labtop und auf dem handi", at: 'devices', expect: { record: { devices: 'severalDevices' } } }, // Tippfehler
  {
    say: "Familien-PC, den benutzen alle",
    at: 'devices', expect: { record: { devices: 'oneComputer' } },
    note: "One computer shared by several people is still one computer.",
  },
  {
    say: "PC und Tablet, Thunderbird und K-9",
    at: 'devices', expect: { record: { devices: 'severalDevices', program: 'yes' } },
  },
  {
    say: "bei der Arbeit im Webmail und zuhause am Rechner",
    at: 'devices', expect: { askBack: true },
    note: "Web Mail on a work computer plus a home computer: either 'a computer and Web Mail' or 'several computers'. A careful agent would ask.",
  },
  { say: "Auf meinem Computer und im Webmail von liveBooks", at: 'devices', expect: { record: { devices: 'webmail' } } },
  {
    say: "Zuhause aufm Laptop, unterwegs am Handy, und im Büro per Webmail",
    at: 'devices', expect: { record: { devices: 'severalDevices' } },
  },
  { say: "Was ist denn der Unterschied zwischen POP und IMAP?", at: 'devices', expect: { question: 'difference' } },
  { say: "warum fragst du das", at: 'devices', expect: { command: 'why' } },
  {
    say: "nur Laptop, Thunderbird, POP mit Kopie auf dem Server",
    at: 'devices', expect: { record: { devices: 'oneComputer', program: 'yes', popToday: 'leaveOnServer' } },
  },
  { say: "in English please", at: 'devices', expect: { switchTo: 'en' } },
  { say: "abbrechen", at: 'devices', expect: { command: 'stop' } },
  { say: "danke", at: 'devices', expect: { smallTalk: 'thanks' } },
  { say: "wie setze ich mein Passwort zurück?", at: 'devices', expect: { question: 'unknown' } },
  { say: "Smartphone, Tablet und nen alten Windows-Rechner", at: 'devices', expect: { record: { devices: 'severalDevices' } } },
  { say: "Nur ein Computer", at: 'devices', expect: { record: { devices: 'oneComputer' } } },
  { say: "laptop + webmail wenn ich unterwegs bin", at: 'devices', expect: { record: { devices: 'webmail' } } },
  { say: "neustart", at: 'devices', expect: { command: 'startOver' } },
  { say: "mein Hund hat grad die Zeitung gefressen", at: 'devices', expect: { askBack: true }, note: "Off topic: ask the question again." },

  // ───────────────────────── program ─────────────────────────
  { say: "ja", at: 'program', expect: { record: { program: 'yes' } } },
  { say: "nein", at: 'program', expect: { record: { program: 'no' } } },
  { say: "Outlook", at: 'program', expect: { record: { program: 'yes' } } },
  { say: "ich nutz thunderbird", at: 'program', expect: { record: { program: 'yes' } } },
  { say: "Apple Mail", at: 'program', expect: { record: { program: 'yes' } } },
  { say: "die Mail-App auf dem iPhone", at: 'program', expect: { record: { program: 'yes' } } },
  { say: "keine Ahnung was IMAP ist", at: 'program', expect: { record: { program: 'unsure' } } },
  { say: "was ist IMAP überhaupt?", at: 'program', expect: { question: 'whatIsImap' } },
  { say: "weiß nicht", at: 'program', expect: { record: { program: 'unsure' } } },
  { say: "nö, mein Programm ist uralt und kann nur POP", at: 'program', expect: { record: { program: 'no' } } },
  { say: "klar", at: 'program', expect: { record: { program: 'yes' } } },
  { say: "jep", at: 'program', expect: { record: { program: 'yes' } } },
  { say: "ich benutz die gmail app auf android", at: 'program', expect: { record: { program: 'yes' } } },
  { say: "Windows Mail", at: 'program', expect: { record: { program: 'yes' } } },
  { say: "muss ich nachschauen", at: 'program', expect: { record: { program: 'unsure' } } },
  {
    say: "Outlook 2019, aber keine Ahnung ob das IMAP kann",
    at: 'program', expect: { record: { program: 'yes' } },
    note: "Outlook 2019 works with IMAP; the person's doubt is about a fact, not a statement that it doesn't.",
  },
  { say: "eher nicht", at: 'program', expect: { record: { program: 'no' } } },
  {
    say: "Ich hab so ein Programm, das beim Computer dabei war, kp wie das heißt",
    at: 'program', expect: { record: { program: 'unsure' } },
  },
  { say: "ja kann es, hab extra nachgeschaut", at: 'program', expect: { record: { program: 'yes' } } },
  { say: "nee", at: 'program', expect: { record: { program: 'no' } } },
  {
    say: "wie richte ich IMAP in Thunderbird ein?",
    at: 'program', expect: { question: 'setupThunderbird' },
    note: "A question is never an answer, even though it names Thunderbird.",
  },
  {
    say: "Outlook in der Arbeit, zuhause Thunderbird",
    at: 'program', expect: { record: { program: 'yes', devices: 'severalDevices' } },
  },
  { say: "Thunderbrid", at: 'program', expect: { record: { program: 'yes' } } }, // Tippfehler
  { say: "jaa", at: 'program', expect: { record: { program: 'yes' } } }, // Tippfehler
  { say: "outlok auf dem laptop", at: 'program', expect: { record: { program: 'yes' } } }, // Tippfehler
  { say: "wie geht das hier?", at: 'program', expect: { command: 'help' } },
  { say: "zurück", at: 'program', expect: { command: 'back' } },
  { say: "Mitarbeiter bitte", at: 'program', expect: { command: 'request' } },
  { say: "en français svp", at: 'program', expect: { switchTo: 'fr' } },
  {
    say: "Verliere ich meine Mails, wenn ich auf IMAP wechsle?",
    at: 'program', expect: { question: 'switchSafely' },
  },
  {
    say: "ach ja, ich les auch aufm Handy",
    at: 'program', given: { devices: 'oneComputer' }, expect: { record: { devices: 'severalDevices' } },
  },
  {
    say: "nee, nicht Webmail, ich les nur in Outlook am PC",
    at: 'program', given: { devices: 'webmail' }, expect: { record: { devices: 'oneComputer', program: 'yes' } },
    note: "Corrects devices and, by naming Outlook, answers the question on screen.",
  },
  { say: "Nein, kann es leider nicht", at: 'program', expect: { record: { program: 'no' } } },
  { say: "k.a.", at: 'program', expect: { record: { program: 'unsure' } } },

  // ───────────────────────── popToday ─────────────────────────
  { say: "nein", at: 'popToday', expect: { record: { popToday: 'no' } } },
  { say: "nö, IMAP", at: 'popToday', expect: { record: { popToday: 'no' } } },
  { say: "ja, und bin zufrieden", at: 'popToday', expect: { record: { popToday: 'satisfied' } } },
  {
    say: "ja", at: 'popToday', expect: { askBack: true },
    note: "A bare yes does not say whether copies stay on the server.",
  },
  { say: "ja, ich lass Kopien auf dem Server", at: 'popToday', expect: { record: { popToday: 'leaveOnServer' } } },
  { say: "kA", at: 'popToday', expect: { record: { popToday: 'unsure' } } },
  { say: "keine ahnung was pop ist", at: 'popToday', expect: { record: { popToday: 'unsure' } } },
  { say: "was ist POP?", at: 'popToday', expect: { question: 'whatIsPop' } },
  { say: "ja läuft super", at: 'popToday', expect: { record: { popToday: 'satisfied' } } },
  {
    say: "jo, die Mails bleiben auf dem Server, damit ich sie am Handy auch seh",
    at: 'popToday', given: { devices: 'severalDevices' }, expect: { record: { popToday: 'leaveOnServer' } },
  },
  {
    say: "Ja, aber ich hab das Häkchen bei 'Kopie auf dem Server belassen' gesetzt",
    at: 'popToday', expect: { record: { popToday: 'leaveOnServer' } },
  },
  { say: "Ja, nutze ich, Probleme hab ich keine", at: 'popToday', expect: { record: { popToday: 'satisfied' } } },
  { say: "Nein, ich hab noch gar nichts eingerichtet", at: 'popToday', expect: { record: { popToday: 'no' } } },
  {
    say: "ja, bin aber nicht so zufrieden",
    at: 'popToday', expect: { askBack: true },
    note: "POP today but not happy, and nothing about copies on the server: neither yes value fits.",
  },
  { say: "Keine Ahnung, das hat mein Sohn eingerichtet", at: 'popToday', expect: { record: { popToday: 'unsure' } } },
  { say: "POP3, passt soweit", at: 'popToday', expect: { record: { popToday: 'satisfied' } } },
  { say: "ja, mit Kopie auf dem Server für 14 Tage", at: 'popToday', expect: { record: { popToday: 'leaveOnServer' } } },
  { say: "Nee, kein POP", at: 'popToday', expect: { record: { popToday: 'no' } } },
  { say: "jaein", at: 'popToday', expect: { askBack: true } },
  {
    say: "Was passiert mit meinen Mails, wenn ich von POP auf IMAP umstelle?",
    at: 'popToday', expect: { question: 'switchSafely' },
  },
  {
    say: "ja pop, und die mails werden vom server gelöscht, ist ok so",
    at: 'popToday', expect: { record: { popToday: 'satisfied' } },
  },
  { say: "sag mir einfach was besser ist", at: 'popToday', expect: { smallTalk: 'whichOne' } },
  { say: "zurueck", at: 'popToday', expect: { command: 'back' } }, // Tippfehler
  { say: "ich will mit nem echten menschen reden", at: 'popToday', expect: { command: 'request' } },
  { say: "ich hab keine Lust mehr, Ende", at: 'popToday', expect: { command: 'stop' } },
  { say: "jup pop, kopien bleiben aufm srever", at: 'popToday', expect: { record: { popToday: 'leaveOnServer' } } }, // Tippfehler
  { say: "nein ich benutz schon imap", at: 'popToday', expect: { record: { popToday: 'no' } } },
  {
    say: "ja, bin zufrieden. Übrigens ist mein Handy-Speicher dauernd voll",
    at: 'popToday', expect: { record: { popToday: 'satisfied', storage: 'shortOfSpace' } },
  },

  // ───────────────────────── backups ─────────────────────────
  { say: "selbst", at: 'backups', expect: { record: { backups: 'self' } } },
  { say: "der Server", at: 'backups', expect: { record: { backups: 'server' } } },
  { say: "mach ich selber", at: 'backups', expect: { record: { backups: 'self' } } },
  { say: "ich sichere alles auf ne externe Festplatte", at: 'backups', expect: { record: { backups: 'self' } } },
  { say: "der Server soll das machen", at: 'backups', expect: { record: { backups: 'server' } } },
  { say: "kA", at: 'backups', expect: { record: { backups: 'unsure' } } },
  { say: "Time Machine läuft bei mir", at: 'backups', expect: { record: { backups: 'self' } } },
  { say: "Ich hab keine Lust auf Backups, soll der Server machen", at: 'backups', expect: { record: { backups: 'server' } } },
  { say: "beides", at: 'backups', expect: { askBack: true } },
  { say: "weiss nicht", at: 'backups', expect: { record: { backups: 'unsure' } } },
  { say: "Ich mache jede Woche ein Backup auf mein NAS", at: 'backups', expect: { record: { backups: 'self' } } },
  { say: "Das soll bitte liveBooks übernehmen", at: 'backups', expect: { record: { backups: 'server' } } },
  { say: "Ihr natürlich", at: 'backups', expect: { record: { backups: 'server' } }, note: "'Ihr' = liveBooks, i.e. the server." },
  { say: "ich", at: 'backups', expect: { record: { backups: 'self' } } },
  { say: "warum ist das wichtig?", at: 'backups', expect: { command: 'why' } },
  { say: "Backups? mach ich mit Acronis jeden Monat", at: 'backups', expect: { record: { backups: 'self' } } },
  { say: "Lieber auf dem Server, da ist es sicherer", at: 'backups', expect: { record: { backups: 'server' } } },
  {
    say: "Mir ist letztes Jahr der Laptop geklaut worden und alles war weg, deshalb lieber Server",
    at: 'backups', expect: { record: { backups: 'server' } },
  },
  { say: "egal", at: 'backups', expect: { askBack: true } },
  {
    say: "mein Mann macht bei uns die Backups, auf USB-Sticks",
    at: 'backups', expect: { record: { backups: 'self' } },
    note: "Backups made in the household, not by the server.",
  },
  { say: "was ist POP nochmal genau?", at: 'backups', expect: { question: 'whatIsPop' } },
  { say: "kann ich das später noch ändern?", at: 'backups', expect: { question: 'changeLater' } },
  { say: "alles nochmal von vorne", at: 'backups', expect: { command: 'startOver' } },
  { say: "kann ich was korrigieren?", at: 'backups', expect: { command: 'change' } },
  {
    say: "mach ich selbst, hab aber eh kaum Platz auf dem Laptop",
    at: 'backups', expect: { record: { backups: 'self', storage: 'shortOfSpace' } },
  },
  { say: "selbst natürlcih", at: 'backups', expect: { record: { backups: 'self' } } }, // Tippfehler
  { say: "serwer", at: 'backups', expect: { record: { backups: 'server' } } }, // Tippfehler
  {
    say: "Korrektur: mein Programm kann doch kein IMAP, hab nachgeschaut",
    at: 'backups', given: { program: 'yes' }, expect: { record: { program: 'no' } },
  },
  {
    say: "wobei, das Handy zählt nicht, da les ich nie Mails. Nur der Rechner und ab und zu Webmail",
    at: 'backups', given: { devices: 'severalDevices' }, expect: { record: { devices: 'webmail' } },
  },

  // ───────────────────────── storage ─────────────────────────
  { say: "mein Laptop ist voll", at: 'storage', expect: { record: { storage: 'shortOfSpace' } } },
  { say: "Speicher aufm Handy ist knapp", at: 'storage', expect: { record: { storage: 'shortOfSpace' } } },
  { say: "will mich nicht um Speichergrenzen kümmern", at: 'storage', expect: { record: { storage: 'noLimits' } } },
  {
    say: "das zweite", at: 'storage', expect: { record: { storage: 'noLimits' } },
    note: "The second option on screen.",
  },
  { say: "keine Ahnung", at: 'storage', expect: { record: { storage: 'unsure' } } },
  { say: "Festplatte ist fast voll, ständig diese Warnung", at: 'storage', expect: { record: { storage: 'shortOfSpace' } } },
  { say: "Ich hab keinen Bock, ständig mein Postfach aufzuräumen", at: 'storage', expect: { record: { storage: 'noLimits' } } },
  { say: "beides irgendwie", at: 'storage', expect: { askBack: true } },
  { say: "mein iPhone hat nur 16 GB und ist immer voll", at: 'storage', expect: { record: { storage: 'shortOfSpace' } } },
  { say: "Platz hab ich genug, aber das Postfach soll nicht volllaufen", at: 'storage', expect: { record: { storage: 'noLimits' } } },
  { say: "weiß nicht", at: 'storage', expect: { record: { storage: 'unsure' } } },
  {
    say: "Speicherplatz ist bei mir kein Problem",
    at: 'storage', expect: { askBack: true },
    note: "Could mean the device has room, or that a mailbox limit does not bother them: ask back.",
  },
  { say: "Auf dem Rechner wird der Platz langsam eng", at: 'storage', expect: { record: { storage: 'shortOfSpace' } } },
  {
    say: "Ich will nicht dauernd Mails löschen müssen, weil das Postfach voll ist",
    at: 'storage', expect: { record: { storage: 'noLimits' } },
  },
  { say: "egal", at: 'storage', expect: { askBack: true } },
  {
    say: "meine SSD hat nur 128GB, die ist dauernd am Limit",
    at: 'storage', expect: { record: { storage: 'shortOfSpace' } },
    note: "'am Limit' is about the device's disk, not a mailbox limit.",
  },
  { say: "Limits nerven mich, also das zweite", at: 'storage', expect: { record: { storage: 'noLimits' } } },
  { say: "wie groß ist das Postfach bei euch eigentlich?", at: 'storage', expect: { question: 'unknown' } },
  { say: "Handyspeicher voll ohne Ende", at: 'storage', expect: { record: { storage: 'shortOfSpace' } } },
  { say: "ist IMAP sicherer als POP?", at: 'storage', expect: { question: 'security' } },
  { say: "hilfeee", at: 'storage', expect: { command: 'help' } }, // Tippfehler
  { say: "eins zurück bitte", at: 'storage', expect: { command: 'back' } },
  { say: "stopp", at: 'storage', expect: { command: 'stop' } },
  { say: "zeig mal meine antworten", at: 'storage', expect: { command: 'summary' } },
  { say: "speicher is knap aufm tablet", at: 'storage', expect: { record: { storage: 'shortOfSpace' } } }, // Tippfehler
  {
    say: "sorry, ich lass doch immer Kopien auf dem Server",
    at: 'storage', given: { popToday: 'satisfied' }, expect: { record: { popToday: 'leaveOnServer' } },
  },
  {
    say: "nochmal zur POP-Frage: nein, ich benutz gar kein POP",
    at: 'storage', given: { popToday: 'satisfied' }, expect: { record: { popToday: 'no' } },
  },

  // ───────────────────────── spamShield ─────────────────────────
  { say: "ja", at: 'spamShield', expect: { record: { spamShield: 'yes' } } },
  { say: "nein", at: 'spamShield', expect: { record: { spamShield: 'no' } } },
  { say: "was ist SpamShield Pro?", at: 'spamShield', expect: { question: 'whatIsSpamShield' } },
  {
    say: "nie gehört", at: 'spamShield', expect: { record: { spamShield: 'unsure' } },
    note: "Never heard of it: they don't know what it is, like 'keine Ahnung was das ist'.",
  },
  { say: "keine Ahnung", at: 'spamShield', expect: { record: { spamShield: 'unsure' } } },
  { say: "ja, hab ich gebucht", at: 'spamShield', expect: { record: { spamShield: 'yes' } } },
  { say: "nö", at: 'spamShield', expect: { record: { spamShield: 'no' } } },
  { say: "auf keinen Fall", at: 'spamShield', expect: { record: { spamShield: 'no' } } },
  { say: "ja, das Zusatzpaket für 2 Euro im Monat", at: 'spamShield', expect: { record: { spamShield: 'yes' } } },
  { say: "nee, ich nutze nur den normalen Spamfilter", at: 'spamShield', expect: { record: { spamShield: 'no' } } },
  { say: "muss ich in der Rechnung schauen", at: 'spamShield', expect: { record: { spamShield: 'unsure' } } },
  { say: "klar", at: 'spamShield', expect: { record: { spamShield: 'yes' } } },
  { say: "jup", at: 'spamShield', expect: { record: { spamShield: 'yes' } } },
  { say: "ne", at: 'spamShield', expect: { record: { spamShield: 'no' } } },
  { say: "SpamShild? nee", at: 'spamShield', expect: { record: { spamShield: 'no' } } }, // Tippfehler
  {
    say: "Ja, seit 2 Jahren",
    at: 'spamShield', expect: { record: { spamShield: 'yes' } },
    note: "'seit 2 Jahren' is how long they have had SpamShield Pro, not the account age.",
  },
  { say: "Nein, brauch ich nicht, ich bekomm kaum Spam", at: 'spamShield', expect: { record: { spamShield: 'no' } } },
  { say: "wozu brauchst du das?", at: 'spamShield', expect: { command: 'why' } },
  { say: "tschüss", at: 'spamShield', expect: { command: 'stop' } },
  { say: "ich will eine Antwort ändern", at: 'spamShield', expect: { command: 'change' } },
  {
    say: "ja, und mein Internet ist übrigens ziemlich langsam",
    at: 'spamShield', expect: { record: { spamShield: 'yes', connection: 'yes' } },
  },
  { say: "jaa hab ich", at: 'spamShield', expect: { record: { spamShield: 'yes' } } }, // Tippfehler
  { say: "kp", at: 'spamShield', expect: { record: { spamShield: 'unsure' } } },
  {
    say: "ich nehm das mit den Backups zurück, das soll lieber der Server machen",
    at: 'spamShield', given: { backups: 'self' }, expect: { record: { backups: 'server' } },
  },

  // ───────────────────────── connection ─────────────────────────
  { say: "ja", at: 'connection', expect: { record: { connection: 'yes' } } },
  { say: "nein", at: 'connection', expect: { record: { connection: 'no' } } },
  { say: "ja, total lahm", at: 'connection', expect: { record: { connection: 'yes' } } },
  { say: "nein, Glasfaser", at: 'connection', expect: { record: { connection: 'no' } } },
  { say: "geht so", at: 'connection', expect: { askBack: true } },
  { say: "keine Ahnung", at: 'connection', expect: { record: { connection: 'unsure' } } },
  { say: "DSL 16000, reicht mir", at: 'connection', expect: { record: { connection: 'no' } } },
  { say: "wohne aufm Dorf, Internet is ne Katastrophe", at: 'connection', expect: { record: { connection: 'yes' } } },
  { say: "nur mobiles Internet über Hotspot, oft langsam", at: 'connection', expect: { record: { connection: 'yes' } } },
  { say: "manchmal", at: 'connection', expect: { askBack: true } },
  { say: "schnell genug", at: 'connection', expect: { record: { connection: 'no' } } },
  { say: "nö, 250 Mbit", at: 'connection', expect: { record: { connection: 'no' } } },
  { say: "schneckenlangsam", at: 'connection', expect: { record: { connection: 'yes' } } },
  {
    say: "kommt drauf an, zuhause schnell, unterwegs langsam",
    at: 'connection', expect: { askBack: true },
  },
  { say: "weiß nicht, wie ich das messen soll", at: 'connection', expect: { record: { connection: 'unsure' } } },
  { say: "Warum spielt das eine Rolle?", at: 'connection', expect: { command: 'why' } },
  { say: "ja leider, ADSL mit 2 Mbit", at: 'connection', expect: { record: { connection: 'yes' } } },
  { say: "Nein, Kabel-Internet, läuft super", at: 'connection', expect: { record: { connection: 'no' } } },
  { say: "eher nicht", at: 'connection', expect: { record: { connection: 'no' } } },
  { say: "im Gegenteil, sehr schnell", at: 'connection', expect: { record: { connection: 'no' } } },
  { say: "jaaa mega langsam", at: 'connection', expect: { record: { connection: 'yes' } } }, // Tippfehler
  { say: "welchen Port brauch ich für SMTP?", at: 'connection', expect: { question: 'serversPorts' } },
  { say: "vorherige Frage", at: 'connection', expect: { command: 'back' } },
  { say: "was hab ich bisher gesagt?", at: 'connection', expect: { command: 'summary' } },
  { say: "haha", at: 'connection', expect: { smallTalk: 'other' } },
  { say: "nein, aber mein Handy ist immer voll", at: 'connection', expect: { record: { connection: 'no', storage: 'shortOfSpace' } } },
  { say: "langsm", at: 'connection', expect: { record: { connection: 'yes' } } }, // Tippfehler
  { say: "nee passt, is flott", at: 'connection', expect: { record: { connection: 'no' } } },
  {
    say: "ah doch, ich hab SpamShield Pro, hab's grad in der Rechnung gesehen",
    at: 'connection', given: { spamShield: 'no' }, expect: { record: { spamShield: 'yes' } },
  },
  {
    say: "Ach, und das Tablet hab ich vergessen, da les ich auch",
    at: 'connection', given: { devices: 'oneComputer' }, expect: { record: { devices: 'severalDevices' } },
  },
  {
    say: "Halt, das Konto ist doch erst von 2017",
    at: 'connection', given: { age: 'before' }, expect: { record: { age: 'after' } },
  },

  // ───────────────────────── advised ─────────────────────────
  { say: "wie richte ich das ein?", at: 'advised', expect: { command: 'setup' } },
  { say: "und wie stell ich das jetzt ein?", at: 'advised', expect: { command: 'setup' } },
  { say: "Anleitung bitte", at: 'advised', expect: { command: 'setup' } },
  { say: "Wie mach ich das in Outlook?", at: 'advised', expect: { question: 'setupOutlook' } },
  { say: "Anleitung für Thunderbird bitte", at: 'advised', expect: { question: 'setupThunderbird' } },
  { say: "wie geht das auf dem iPhone", at: 'advised', expect: { question: 'setupIphone' } },
  { say: "Und in der Gmail-App auf meinem Samsung?", at: 'advised', expect: { question: 'setupAndroidGmail' } },
  { say: "Windows 11 Mail, wie geht das da?", at: 'advised', expect: { question: 'setupWindowsMail' } },
  { say: "Apple Mail am Mac einrichten?", at: 'advised', expect: { question: 'setupAppleMail' } },
  { say: "wie stell ich das bei outlok um", at: 'advised', expect: { question: 'setupOutlook' } }, // Tippfehler
  { say: "und auf meinem andorid handy mit gmail?", at: 'advised', expect: { question: 'setupAndroidGmail' } }, // Tippfehler
  { say: "danke, das war's", at: 'advised', expect: { command: 'done' } },
  { say: "fertig", at: 'advised', expect: { command: 'done' } },
  { say: "passt, erledigt", at: 'advised', expect: { command: 'done' } },
  { say: "ich möchte eine Anfrage stellen", at: 'advised', expect: { command: 'request' } },
  {
    say: "kann mir das jemand einrichten? Am liebsten ein Mitarbeiter",
    at: 'advised', expect: { command: 'request' },
  },
  { say: "Antwort ändern", at: 'advised', expect: { command: 'change' } },
  { say: "nochmal von vorne", at: 'advised', expect: { command: 'startOver' } },
  { say: "Verliere ich meine alten Mails, wenn ich umstelle?", at: 'advised', expect: { question: 'switchSafely' } },
  { say: "Kann ich später wieder zurück zu POP?", at: 'advised', expect: { question: 'changeLater' } },
  { say: "Welche Server und Ports brauch ich?", at: 'advised', expect: { question: 'serversPorts' } },
  { say: "wie heißt der Posteingangsserver für IMAP?", at: 'advised', expect: { question: 'serversPorts' } },
  { say: "was war nochmal SpamShield Pro?", at: 'advised', expect: { question: 'whatIsSpamShield' } },
  { say: "und was ist jetzt sicherer?", at: 'advised', expect: { question: 'security' } },
  { say: "wie ändere ich meine Signatur?", at: 'advised', expect: { question: 'unknown' } },
  { say: "was hab ich nochmal alles angegeben?", at: 'advised', expect: { command: 'summary' } },
  { say: "danke!", at: 'advised', expect: { smallTalk: 'thanks' } },
  { say: "vielen lieben Dank!", at: 'advised', expect: { smallTalk: 'thanks' } },
  { say: "ok", at: 'advised', expect: { smallTalk: 'ok' } },
  { say: "alles klar", at: 'advised', expect: { smallTalk: 'ok' } },
  { say: "super", at: 'advised', expect: { smallTalk: 'ok' } },
  { say: "und welches jetzt?", at: 'advised', expect: { smallTalk: 'whichOne' } },
  {
    say: "eigentlich ist mein Internet doch ziemlich langsam",
    at: 'advised', given: { connection: 'no' }, expect: { record: { connection: 'yes' } },
  },
  {
    say: "ändere bitte das mit dem Speicher: mein Handy ist eigentlich ständig voll",
    at: 'advised', given: { storage: 'noLimits' }, expect: { record: { storage: 'shortOfSpace' } },
  },
  {
    say: "Hab grad gesehen, dass mein Programm doch IMAP kann",
    at: 'advised', given: { program: 'no' }, expect: { record: { program: 'yes' } },
  },
  {
    say: "moment, eigentlich nur am Laptop, das Handy nutz ich gar nicht für Mails",
    at: 'advised', given: { devices: 'severalDevices', program: 'yes' }, expect: { record: { devices: 'oneComputer' } },
  },
  { say: "Können wir auf Englisch weitermachen?", at: 'advised', expect: { switchTo: 'en' } },

  // ───────────────────────── ineligible ─────────────────────────
  { say: "schade", at: 'ineligible', expect: { smallTalk: 'other' } },
  {
    say: "Moment, das Konto ist doch von 2012",
    at: 'ineligible', given: { age: 'after' }, expect: { record: { age: 'before' } },
  },
  {
    say: "oh sorry, hab mich verklickt, ich hab die Adresse seit 2011",
    at: 'ineligible', given: { age: 'after' }, expect: { record: { age: 'before' } },
  },
  {
    say: "Ich hab mich vertan, ich meinte vor 2015",
    at: 'ineligible', given: { age: 'after' }, expect: { record: { age: 'before' } },
  },
  { say: "nochmal von vorne", at: 'ineligible', expect: { command: 'startOver' } },
  { say: "kann ich trotzdem mit einem Mitarbeiter sprechen?", at: 'ineligible', expect: { command: 'request' } },
  { say: "ok danke", at: 'ineligible', expect: { smallTalk: 'thanks' } },
  { say: "und was soll ich dann nehmen?", at: 'ineligible', expect: { smallTalk: 'whichOne' } },
  { say: "tschö", at: 'ineligible', expect: { command: 'stop' } },
  { say: "was ist der Unterschied überhaupt?", at: 'ineligible', expect: { question: 'difference' } },
  {
    say: "wie finde ich raus wann ich das konto erstellt hab, vielleicht war es ja doch früher",
    at: 'ineligible', expect: { question: 'findAccountDate' },
  },
  { say: "wie richte ich trotzdem Thunderbird ein?", at: 'ineligible', expect: { question: 'setupThunderbird' } },

  // ───────────────── more commands, questions and small talk, various places ─────────────────
  { say: "was kann ich hier eingeben?", at: 'backups', expect: { command: 'help' } },
  { say: "wieso wollen Sie das wissen", at: 'storage', expect: { command: 'why' } },
  { say: "von vorne anfangen bitte", at: 'spamShield', expect: { command: 'startOver' } },
  { say: "ok ciao", at: 'program', expect: { command: 'stop' } },
  { say: "was hab ich gesagt?", at: 'popToday', expect: { command: 'summary' } },
  { say: "Antwort ändern", at: 'connection', expect: { command: 'change' } },
  { say: "mitarbieter bitte", at: 'storage', expect: { command: 'request' } }, // Tippfehler
  { say: "Kann mich bitte jemand zurückrufen?", at: 'devices', expect: { command: 'request' } },
  { say: "was heißt IMAP eigentlich", at: 'first', expect: { question: 'whatIsImap' } },
  { say: "was bedeutet imap", at: 'devices', expect: { question: 'whatIsImap' } },
  { say: "pop vs imap unterschied?", at: 'program', expect: { question: 'difference' } },
  { say: "Welche Ports nimmt man für IMAP?", at: 'program', expect: { question: 'serversPorts' } },
  { say: "Kann ich mich später nochmal umentscheiden?", at: 'connection', expect: { question: 'changeLater' } },
  { say: "Ist POP unsicher?", at: 'eligibility', expect: { question: 'security' } },
  { say: "Wo seh ich, wann ich mein Konto angelegt habe?", at: 'eligibility', expect: { question: 'findAccountDate' } },
  { say: "was ist spamshield", at: 'connection', expect: { question: 'whatIsSpamShield' } },
  { say: "wie richte ich das in Apple Mail ein?", at: 'devices', expect: { question: 'setupAppleMail' } },
  { say: "gibts ne Anleitung für Windows Mail?", at: 'backups', expect: { question: 'setupWindowsMail' } },
  { say: "kann ich bei euch auch ne Website hosten?", at: 'backups', expect: { question: 'unknown' } },
  { say: "Kann ich meine E-Mail-Adresse ändern?", at: 'spamShield', expect: { question: 'unknown' } },
  { say: "Moin", at: 'devices', expect: { smallTalk: 'greeting' } },
  { say: "POP oder IMAP?", at: 'storage', expect: { smallTalk: 'whichOne' } },

  // ───────────────────────── other languages ─────────────────────────
  { say: "español por favor", at: 'eligibility', expect: { switchTo: 'es' } },
  {
    say: "Ciao, il mio account è del 2010, leggo la posta sul telefono e sul PC",
    at: 'first', expect: { unsupportedLanguage: true },
    note: "Italian: nothing recorded.",
  },
  {
    say: "Hoi, ik lees mijn e-mail op mijn laptop en telefoon, wat is beter?",
    at: 'first', expect: { unsupportedLanguage: true },
  },
  { say: "Dzień dobry, nie wiem co wybrać", at: 'devices', expect: { unsupportedLanguage: true } },
  { say: "Merhaba, hesabımı 2012'de açtım", at: 'eligibility', expect: { unsupportedLanguage: true } },
  { say: "Olá, qual é melhor para mim, POP ou IMAP?", at: 'first', expect: { unsupportedLanguage: true } },

  // ───────────────────────── more typos, everywhere ─────────────────────────
  { say: "hady und pc", at: 'devices', expect: { record: { devices: 'severalDevices' } } }, // Tippfehler
  { say: "nur aufm rechnr", at: 'devices', expect: { record: { devices: 'oneComputer' } } }, // Tippfehler
  { say: "ja thunderbrid", at: 'program', expect: { record: { program: 'yes' } } }, // Tippfehler
  { say: "nee kein pop, hab imap eingestelt", at: 'popToday', expect: { record: { popToday: 'no' } } }, // Tippfehler
  { say: "mach ich slebst", at: 'backups', expect: { record: { backups: 'self' } } }, // Tippfehler
  { say: "festplate is fast voll", at: 'storage', expect: { record: { storage: 'shortOfSpace' } } }, // Tippfehler
  { say: "nein hab ich nciht", at: 'spamShield', expect: { record: { spamShield: 'no' } } }, // Tippfehler
  { say: "ja is voll lahm hir", at: 'connection', expect: { record: { connection: 'yes' } } }, // Tippfehler
  { say: "seit 2010 ungefaer", at: 'eligibility', expect: { record: { age: 'before' } } }, // Tippfehler
  { say: "vor 2 jaren", at: 'eligibility', expect: { record: { age: 'after' } } }, // Tippfehler
  {
    say: "hallo ich les meine mails aufm handy und am laptob, konto hab ich seit 2013 oder so",
    at: 'first', expect: { record: { devices: 'severalDevices', age: 'before' } },
    note: "'2013 oder so' is approximate but well before the cutoff.",
  }, // Tippfehler
  { say: "wie richte ich dass im iphone ein", at: 'advised', expect: { question: 'setupIphone' } }, // Tippfehler
  { say: "was is besser imap oder pop", at: 'first', expect: { smallTalk: 'whichOne' } }, // Tippfehler
  { say: "hilfee", at: 'eligibility', expect: { command: 'help' } }, // Tippfehler
  { say: "zuruck", at: 'backups', expect: { command: 'back' } }, // Tippfehler
  { say: "nochmal von vorn", at: 'popToday', expect: { command: 'startOver' } },
  { say: "SpamSheild Pro hab ich ja", at: 'spamShield', expect: { record: { spamShield: 'yes' } } }, // Tippfehler
  { say: "weis nich, hab nie nachgeguckt", at: 'connection', expect: { record: { connection: 'unsure' } } }, // Tippfehler
  { say: "was ist das?", at: 'advised', expect: { question: 'whatIsImap' } },
  { say: "was meinen Sie?", at: 'backups', expect: { question: 'thisQuestion' } },
  { say: "kein Handy, nur ein Laptop", at: 'first', expect: { record: { devices: 'oneComputer' } }, note: "'kein Handy' verneint ein Gerät, kein Nein zur Datumsfrage." },
  { say: "meine Mails gehen seit gestern nicht mehr", at: 'eligibility', expect: { askBack: true }, note: "'seit gestern' datiert das Problem, nicht das Konto: höchstens nachgefragt." },
];
