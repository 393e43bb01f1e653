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
  { say: "ich glaube so 2016", at: 'eligibility', expect: { record: { age: 'after' } } },

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
];
