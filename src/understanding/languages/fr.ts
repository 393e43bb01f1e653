/**
 * French (France, Belgium, Switzerland, Québec): the words people type, by concept. Phrases are
 * matched on folded words (lower case, no accents: "ça" matches "ca", "sûr" matches "sur"),
 * whole words only, with small typos tolerated. An elided word is a word of its own ("l'ordi"
 * is "l ordi", "j'ai" is "j ai"), and chat French often drops the apostrophe ("jai", "jutilise",
 * "cest"), so both forms are listed where it matters. Chat spellings ("jsp", "chai pas", "c koi",
 * "g pas", "tel", "ordi") and the Québec words ("cell", "courriel", "pis", "pantoute") are here too.
 * "portable" alone may be a laptop or a mobile phone: it is a phone here, and a computer only in
 * "ordi portable", "pc portable" or as the one device named ("juste mon portable"); alone at the
 * devices question it asks back. Folding makes "sûr" the word "sur" (on) and "où" the word "ou"
 * (or): not knowing is always said with its verb ("je suis pas sûr"), never a bare "pas sûr" that
 * would hide inside "je lis pas sur le webmail".
 */
import type { Lexicon } from '../lexicon';

/** Making the account, said with the account's name: it is about the account and says when it began ("j'ai ouvert mon adresse"). */
const MADE_NAMED = [
  'compte cree', 'compte creee', 'compte ouvert', 'adresse creee', 'adresse ouverte', 'boite creee', 'boite ouverte', 'cree mon compte', 'cree le compte',
  'cree ce compte', 'cree ma boite', 'cree mon adresse', 'cree cette adresse', 'cree l adresse', 'creer mon compte', 'ouvert mon compte', 'ouvert le compte',
  'ouvert ce compte', 'ouvert ma boite', 'ouvert mon adresse', 'ouvert cette adresse', 'ouvert l adresse', 'creation du compte', 'creation de mon compte',
  'compte de', 'un compte de',
];

/** "compte a 2 ans", "adresse a au moins", "boite a une dizaine": the account's age, said of it. */
function ageOfThe(nouns: string[]): string[] {
  const counts = [...Array.from({ length: 40 }, (_, k) => String(k + 1)), 'un', 'une', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix',
    'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'vingt', 'trente', 'au moins', 'plus de', 'presque', 'environ', 'bientot', 'genre', 'pres de',
    'une dizaine', 'une quinzaine', 'une vingtaine', 'facile', 'bien'];
  return nouns.flatMap((n) => counts.map((c) => `${n} a ${c}`));
}

export const fr: Lexicon = {
  language: 'fr',
  dateLocale: 'fr',
  dayFirst: true,
  // "est-ce que", "qu'est-ce que", "où est", "peut-on": a question only before one of `subjects`.
  auxiliaries: ['est', 'qu', 'ou', 'peut', 'peux', 'pouvez', 'puis', 'dois', 'doit', 'faut', 'quoi', 'qui'],
  subjects: [
    'ce', 'on', 'je', 'j', 'il', 'elle', 'vous', 'tu', 'imap', 'pop', 'pop3', 'spamshield', 'le', 'la', 'les', 'mon', 'ma', 'mes', 'c', 'cest', 'ca',
    'trouver', 'voir', 'regarder', 'verifier', 'savoir', 'changer', 'mettre', 'parler', 'choisir', 'configurer', 'perdre', 'revenir',
    'qu est', 'ou est', 'ou trouver', 'ou voir', 'ou je', 'ou on', 'ou est ce', 'qui peut', 'qui doit', 'quoi faire', 'peut on', 'peut il', 'peux je',
    'peux tu', 'puis je', 'pouvez vous', 'dois je', 'faut il',
  ],
  statementStarts: ['quand'],
  elisions: ['l', 'd', 'j', 'c', 's', 'n', 'm', 't', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'quelqu', 'aujourd', 'presqu'],
  // "pc portable" is a computer, not the phone "portable"; "en fait non" corrects, it doesn't answer no.
  hides: { computer: ['phone'], correction: ['no'] },
  // "... depuis le même ordi", "je n'ai que cet ordinateur": the computer already named.
  sameDevice: ['meme', 'cet', 'ce', 'cette', 'celui'],
  // Not "a", "en", "de", "la", "le", "les", "mes", "tu", "y", "on", "car", "bien", "tres", "que", "me", "se": English or Spanish words too;
  // nor "ma", "non", "ce", "mille", words of Italian ("Grazie mille, ma come si configura?").
  ownWords: [
    'je', 'j', 'il', 'elle', 'nous', 'vous', 'ils', 'elles', 'l', 'du', 'des', 'd', 'au', 'aux', 'mon', 'ton', 'ta', 'tes', 'sa', 'ses', 'notre', 'votre',
    'nos', 'vos', 'leur', 'leurs', 'cet', 'cette', 'ces', 'et', 'ou', 'mais', 'donc', 'ni', 'qui', 'quoi', 'qu', 'dans', 'sur', 'avec', 'pour', 'chez',
    'est', 'sont', 'suis', 'ai', 'avons', 'avez', 'ont', 'etait', 'etais', 'ete', 'ca', 'cela', 'ceci', 'pas', 'ne', 'n', 'aussi', 's', 'm', 't', 'lui',
    'eux', 'moi', 'toi', 'tout', 'tous', 'toute', 'toutes', 'rien', 'jamais', 'toujours', 'deja', 'encore', 'peut', 'peux', 'fait', 'fais', 'faire', 'dit',
    'avoir', 'etre', 'habite', 'habitons', 'fille', 'fils', 'mari', 'femme', 'enfants', 'neveu', 'niece', 'petit', 'petite', 'ecoutez', 'attendez', 'voila',
    'alors', 'bah', 'ben', 'hein', 'euh', 'oui', 'ouais', 'merci', 'beaucoup', 'peu', 'trop', 'assez', 'vraiment', 'maintenant', 'aujourd', 'hier',
    'demain', 'quand', 'comment', 'pourquoi', 'parce', 'puisque', 'depuis', 'pendant', 'avant', 'apres', 'ans', 'annee', 'annees', 'mois', 'semaine',
    'jours', 'deux', 'trois', 'quatre', 'cinq', 'dix', 'vingt', 'cent', 'septante', 'huitante', 'octante', 'nonante', 'vingts',
  ],
  // "le webmail, je l'utilise pas", "le tel non": a negation closing the clause reaches what came before it.
  trailingNegations: ['pas', 'non', 'jamais'],
  contrastWords: ['mais', 'sauf', 'cependant', 'pourtant', 'toutefois', 'tandis', 'alors que', 'sinon', 'bien que', 'quoique'],
  // "... et je lis aussi sur mon tel", "... pis j'ai la fibre": a new statement after "and".
  and: ['et', 'pis', 'puis'],
  statementStarters: [
    'je', 'j', 'jai', 'jutilise', 'jlis', 'c', 'cest', 'ca', 'il', 'elle', 'on', 'nous', 'moi', 'mon', 'ma', 'mes', 'mais', 'aussi', 'sinon',
    'en', 'par', 'parfois', 'des', 'depuis', 'pour', 'g', 'chui', 'jsuis', 'j ai', 'non', 'oui', 'jamais', 'toujours', 'ya', 'y', 'tout', 'le', 'la', 'les',
  ],
  conjunctions: ['ou', 'avec', 'plus', 'aussi', 'ni', 'pis', 'puis', 'ainsi'],
  negationEnds: ['seulement', 'uniquement', 'juste', 'que', 'plutot', 'mais', 'moi', 'je', 'j', 'jai'],
  // "le téléphone, je ne l'utilise pas", "le webmail j'utilise pas pour les mails": the negation reaches back to what was named first.
  resumptiveNegations: [
    'ne l', 'ne les', 'n en', 'utilise pas', 'utilise plus', 'sers pas', 'sert pas', 'lis pas', 'consulte pas', 'regarde pas', 'ouvre pas', 'ai pas', 'ai plus',
  ],
  fillers: [
    'euh', 'euhh', 'euuh', 'heu', 'hum', 'hmm', 'hmmm', 'mmm', 'bah', 'ben', 'bon', 'bon ben', 'ben voila', 'alors', 'donc', 'bref', 'en gros', 'voila',
    'ok', 'okay', 'oki', 'ah', 'ahh', 'oh', 'ouh', 'hein', 'bonjour', 'bonsoir', 'salut', 'coucou', 'bjr', 'slt', 'cc', 'hello', 'allo', 'yo', 'et', 'eh bien',
    'eh ben', 'dites', 'dis', 'dis moi', 'dites moi', 'ecoutez', 'ecoute', 'franchement', 'honnetement', 'sincerement', 'perso', 'personnellement',
    'svp', 'stp', 's il vous plait', 's il te plait', 'sil vous plait', 'lol', 'mdr', 'pardon', 'desole', 'desolee', 'excusez moi', 'excuse moi',
    'madame', 'monsieur', 'bonjour madame', 'bonjour monsieur', 'madame monsieur', 'bonjour madame monsieur', 'du coup', 'enfin', 
  ],
  commonWords: [
    'avoir', 'avez', 'avons', 'avais', 'avait', 'etre', 'suis', 'sommes', 'etes', 'sont', 'etait', 'etais', 'faire', 'fais', 'fait', 'faites', 'font',
    'peux', 'peut', 'pouvez', 'pourrai', 'pourrais', 'pourrait', 'veux', 'veut', 'voulez', 'voudrais', 'voudrait', 'aimerais', 'dois', 'doit', 'devez',
    'faut', 'falloir', 'sais', 'savez', 'savoir', 'connais', 'crois', 'pense', 'pensez', 'trouve', 'trouver', 'mais', 'pour', 'avec', 'sans', 'dans',
    'chez', 'entre', 'depuis', 'avant', 'apres', 'pendant', 'comme', 'comment', 'quand', 'quoi', 'quel', 'quelle', 'quels', 'quelles', 'parce', 'puisque',
    'alors', 'donc', 'aussi', 'encore', 'deja', 'toujours', 'jamais', 'souvent', 'parfois', 'rien', 'tout', 'tous', 'toute', 'toutes', 'autre', 'autres',
    'meme', 'memes', 'chose', 'choses', 'truc', 'trucs', 'votre', 'notre', 'leur', 'leurs', 'cette', 'celui', 'celle', 'ceux', 'cela', 'ceci', 'voila',
    'merci', 'bonjour', 'bonsoir', 'salut', 'question', 'questions', 'reponse', 'reponses', 'compte', 'comptes', 'adresse', 'adresses', 'message',
    'messages', 'mail', 'mails', 'email', 'emails', 'courriel', 'courriels', 'courrier', 'boite', 'boites', 'temps', 'fois', 'annee', 'annees', 'mois',
    'semaine', 'semaines', 'jours', 'heure', 'heures', 'maison', 'bureau', 'travail', 'boulot', 'famille', 'enfant', 'enfants', 'fille', 'fils', 'mari',
    'femme', 'epoux', 'epouse', 'copain', 'copine', 'neveu', 'niece', 'petit', 'petite', 'grand', 'grande', 'nouveau', 'nouvelle', 'nouvel', 'vieux',
    'vieille', 'premier', 'premiere', 'dernier', 'derniere', 'beaucoup', 'peu', 'trop', 'assez', 'tres', 'plus', 'moins', 'bien', 'mieux', 'mal', 'vraiment',
    'probleme', 'problemes', 'souci', 'soucis', 'marche', 'marcher', 'fonctionne', 'fonctionner', 'utilise', 'utiliser', 'utilisez', 'lire', 'lis', 'lit',
    'regarde', 'regarder', 'consulte', 'consulter', 'ouvre', 'ouvrir', 'ouvert', 'ouverte', 'mettre', 'mets', 'met', 'prendre', 'prends', 'pris', 'dire',
    'dis', 'dit', 'dites', 'demande', 'demander', 'demandez', 'change', 'changer', 'changement', 'choisir', 'choisis', 'choix', 'besoin', 'envie', 'ordinateur',
    'telephone', 'tablette', 'portable', 'logiciel', 'programme', 'application', 'appli', 'serveur', 'internet', 'connexion', 'personne', 'quelqu',
    'quelque', 'quelques', 'chaque', 'plusieurs', 'certain', 'certaine', 'possible', 'maintenant', 'aujourd', 'hier', 'demain', 'ensuite', 'puis', 'enfin',
    'attendez', 'attends', 'oublie', 'oublier', 'oubli', 'trompe', 'tromper', 'recu', 'recois', 'envoie', 'envoyer', 'aide', 'aider', 'aidez', 'voudrais',
    'svp', 'stp', 'cordialement', 'madame', 'monsieur', 'retraite', 'habite', 'campagne', 'ville', 'photos', 'videos', 'fichiers', 'documents',
    'parametres', 'reglages', 'configuration', 'options', 'option', 'payante', 'payantes', 'gratuit', 'gratuite', 'installe', 'installer', 'installation',
    'vacances', 'salon', 'chambre', 'soir', 'matin', 'nuit', 'semaine', 'trouve', 'trouvé', 'chat', 'site', 'exactement', 'environ', 'genre', 'pourriels',
  ],
  concepts: {
    yes: [
      'oui', 'ouais', 'ouai', 'oue', 'ouep', 'ouaip', 'ouii', 'ouiii', 'oui oui', 'yes', 'yep', 'ui', 'wi', 'bien sur', 'bien sur que oui', 'evidemment',
      'evidement', 'absolument', 'tout a fait', 'exactement', 'exact', 'exacte', 'effectivement', 'en effet', 'certainement', 'carrement', 'clairement',
      'affirmatif', 'c est ca', 'c est exact', 'c est bien ca', 'c est vrai', 'tout juste', 'bah oui', 'ben oui', 'bien oui', 'mais oui', 'oui bien sur',
      'oui oui oui', 'oui tout a fait', 'oui absolument', 'oui effectivement', 'oui exactement', 'oui c est ca', 'si si', 'ok oui', 'oui ok',
      'volontiers', 'oui c est le cas', 'c est le cas', 'oui il fonctionne', 'oui ca marche', 'oui il marche', 'oui il le fait', 'oui il gere',
      'oui il le gere', 'oui je l ai', 'oui je l utilise', 'yep yep', 'sans doute', 'sans aucun doute', 'forcement', 'oui forcement', 'oui evidemment',
    ],
    no: [
      'non', 'nan', 'nn', 'non non', 'nope', 'no', 'nenni', 'pas vraiment', 'pas du tout', 'absolument pas', 'certainement pas', 'pas trop', 'jamais',
      'non jamais', 'non merci', 'non pas du tout', 'pantoute', 'non pantoute', 'aucunement', 'du tout', 'pas encore', 'pas pour l instant', 'pas pour le moment',
      'plus maintenant', 'non plus maintenant', 'plus du tout', 'pas non plus', 'que non', 'mais non', 'ben non', 'bah non', 'non pas vraiment', 'non non non',
      'nan nan', 'nop', 'negatif', 'pas actuellement', 'pas en ce moment', 'non c est pas le cas', 'ce n est pas le cas', 'non il ne fonctionne pas',
      'pas specialement', 'pas particulierement', 'pas tellement', 'pas vraiment non', 'non pas specialement', 'non pas vraiment', 'pas specialement non',
      'non il fonctionne pas', 'non ca marche pas', 'non il marche pas', 'il marche pas', 'il fonctionne pas', 'il ne fonctionne pas', 'non je l ai pas',
      'je l ai pas', 'je ne l ai pas', 'non je ne l ai pas', 'non je l utilise pas', 'je l utilise pas', 'je ne l utilise pas', 'jamais de la vie',
      'non c est tout neuf', 'non c est tout nouveau', 'non c est recent', 'non il est recent', 'non il est tout neuf', 'non c est un nouveau compte',
    ],
    yesHedged: [
      'je crois', 'je crois que oui', 'je pense', 'je pense que oui', 'il me semble', 'il me semble que oui', 'probablement', 'probablement oui',
      'sans doute que oui', 'surement', 'surement oui', 'je suppose', 'je suppose que oui', 'j imagine', 'j imagine que oui', 'normalement', 'normalement oui',
      'en principe', 'en principe oui', 'a priori', 'a priori oui', 'apparemment', 'je dirais que oui', 'je dirais oui', 'oui je crois', 'oui je pense',
      'oui il me semble', 'oui normalement', 'oui a priori', 'je crois bien', 'je pense bien', 'ca doit', 'ca devrait', 'sans doute',
    ],
    noHedged: [
      'je crois pas', 'je ne crois pas', 'je crois que non', 'je pense pas', 'je ne pense pas', 'je pense que non', 'il me semble que non', 'je suppose que non',
      'probablement pas', 'surement pas', 'normalement non', 'normalement pas', 'a priori non', 'a priori pas', 'j imagine que non', 'je dirais que non',
      'je dirais non', 'pas que je sache', 'non je crois pas', 'non je pense pas', 'non je ne crois pas', 'non je ne pense pas', 'j en doute', 'ca m etonnerait',
      'non a priori', 'non normalement', 'je crois pas l avoir', 'je ne crois pas l avoir', 'je pense pas l avoir', 'je ne pense pas l avoir', 'je crois pas l utiliser', 'je ne crois pas l utiliser',
    ],
    unsure: [
      'je sais pas', 'je ne sais pas', 'sais pas', 'chais pas', 'chai pas', 'ché pas', 'che pas', 'jsp', 'jsais pas', 'j sais pas', 'je c pas', 'jcp', 'je sait pas',
      'chu pas sur', 'chus pas sur', 'chu pas sure', 'pas sur si', 'pas sure si', 'pas certain si', 'pas certaine si', 'je sais pas si', 'je ne sais pas si', 'sais pas si',
      'je sais plus', 'je ne sais plus', 'sais plus', 'je sais pas trop', 'je sais pas vraiment', 'je ne sais pas trop', 'je ne sais pas vraiment',
      'aucune idee', 'aucune idee de ce que c est', 'pas d idee', 'pas la moindre idee', 'aucune espece d idee', 'j en sais rien', 'j en ai aucune idee',
      'j en sais trop rien', 'j en ai pas la moindre idee', 'je n en sais rien', 'je n en ai aucune idee', 'aucune foutue idee', 'mystere', 'bonne question',
      'je suis pas sur', 'je ne suis pas sur', 'je suis pas sure', 'je ne suis pas sure', 'suis pas sur', 'suis pas sure', 'chui pas sur', 'chui pas sure',
      'jsuis pas sur', 'pas sur du tout', 'pas trop sur', 'pas tres sur', 'pas vraiment sur', 'pas certain', 'pas certaine', 'je suis pas certain',
      'je ne suis pas certain', 'incertain', 'j hesite', 'je doute', 'je me souviens plus', 'je me souviens pas', 'je ne me souviens pas',
      'je ne me souviens plus', 'je me rappelle plus', 'je me rappelle pas', 'je ne me rappelle pas', 'je ne me rappelle plus', 'je m en souviens plus',
      'je m en rappelle plus', 'aucun souvenir', 'je me souviens plus du tout', 'j ai oublie', 'je sais plus du tout', 'me souviens plus', 'souviens plus',
      'faut que je verifie', 'il faut que je verifie', 'je dois verifier', 'je vais verifier', 'je vais regarder', 'faut que je regarde', 'je dois regarder',
      'je verifierai', 'je vais voir', 'faut que je demande', 'je vais demander', 'a verifier', 'je regarderai', 'je demanderai',
      'je ne sais pas ce que c est', 'je sais pas ce que c est', 'je sais pas c est quoi', 'je ne connais pas', 'je connais pas', 'connais pas', 'jamais entendu parler',
      'jamais entendu', 'j en ai jamais entendu parler', 'je n en ai jamais entendu parler', 'ca me dit rien', 'ca ne me dit rien', 'aucune idee de ce que c est',
      'je sais pas trop', 'peut etre', 'p e', 'peut etre bien', 'possible', 'c est possible', 'peut etre que oui', 'je ne saurais pas dire', 'je saurais pas dire',
      'je saurais pas', 'difficile a dire', 'dur a dire', 'qui sait', 'allez savoir', 'comment je saurais', 'comment je pourrais savoir', 
      'question suivante', 'suivant', 'suivante', 'peu importe', 'n importe', 'n importe lequel', 'celui qui est installe', 'celui par defaut',
      'ce qui est installe', 'aucun avis', 'pas d avis', 'je m y connais pas', 'je n y connais rien', 'j y connais rien', 'je ne m y connais pas',
    ],
    negation: [
      'pas', 'jamais', 'rien', 'aucun', 'aucune', 'sans', 'ni', 'pas de', 'plus de', 'personne', 'nulle part', 'guere', 'pas d', 'point',
    ],
    correction: [
      'en fait', 'enfait', 'en realite', 'pardon', 'oups', 'oops', 'zut', 'attendez', 'attends', 'attend', 'je me suis trompe', 'je me suis trompee',
      'je me suis trompe de', 'je me trompe', 'erreur', 'mon erreur', 'c est une erreur', 'je voulais dire', 'je veux dire', 'plutot', 'finalement',
      'tout compte fait', 'reflexion faite', 'a la reflexion', 'je corrige', 'correction', 'rectification', 'je rectifie', 'je reviens sur', 'au fait',
      'j ai oublie', 'j oubliais', 'j ai oublie de dire', 'j ai oublie de preciser', 'j avais oublie', 'ah et', 'ah pis', 'et aussi', 'maintenant',
      'desormais', 'ce que j ai dit', 'autant pour moi', 'au temps pour moi', 'je viens de verifier', 'j ai verifie', 'apres verification', 'je me suis gourre',
      'non attendez', 'non attends', 'en fait non', 'ah non', 'ah non pardon', 'je reprends', 'j ai change d avis',
    ],
    also: ['aussi', 'egalement', 'en plus', 'de plus', 'et aussi', 'aussi parfois', 'parfois aussi', 'ainsi que', 'en outre', 'pis aussi', 'itou', 'autre'],
    only: [
      'seulement', 'seulemnt', 'slmt', 'uniquement', 'juste', 'que sur', 'qu sur', 'que mon', 'que ma', 'que le', 'que l', 'que celui', 'n ai que', 'n a que',
      'ne lis que', 'lis que', 'rien d autre', 'nulle part ailleurs', 'c est tout', 'point final', 'exclusivement', 'un seul', 'une seule', 'seul', 'seule',
      'rien que', 'pas ailleurs', 'nulle part d autre', 'aucun autre', 'aucune autre', 'que ca', 'que cet', 'que cette', 'ne consulte que', 'consulte que',
    ],
    notOnly: [
      'pas seulement', 'pas uniquement', 'pas juste', 'plus d un', 'plus d une', 'pas que sur', 'pas qu sur', 'pas que mon', 'pas que ma', 'pas que l', 'pas que le',
      // "ah et aussi sur mon ordi au bureau": another place besides one already said, even when that one wasn't an answer yet
      'aussi sur mon ordi', 'aussi sur mon ordinateur', 'aussi sur mon pc', 'aussi sur mon mac', 'aussi sur mon portable', 'aussi sur mon tel',
      'aussi sur mon telephone', 'aussi sur mon smartphone', 'aussi sur mon iphone', 'aussi sur mon android', 'aussi sur mon cell', 'aussi sur ma tablette',
      'aussi sur mon ipad', 'aussi sur l ordi', 'aussi sur l ordinateur', 'aussi sur le pc', 'aussi sur le mac', 'aussi sur le portable', 'aussi sur le tel',
      'aussi sur le telephone', 'aussi sur l iphone', 'aussi sur la tablette', 'aussi sur l ipad', 'aussi sur celui du bureau', 'aussi sur celui du boulot',
      'aussi sur celui de la maison', 'aussi un ipad', 'aussi une tablette', 'aussi un iphone', 'aussi un portable', 'aussi un telephone', 'aussi un smartphone',
      'aussi un ordi', 'aussi un pc', 'aussi un mac', 'aussi un laptop', 'aussi un android',
    ],
    both: ['les deux', 'tous les deux', 'toutes les deux', 'les 2', 'l un et l autre', 'tous', 'toutes', 'les trois', 'les 3'],
    neither: ['ni l un ni l autre', 'ni l une ni l autre', 'aucun des deux', 'aucune des deux', 'aucun', 'aucune', 'ni un ni l autre'],

    computer: [
      'ordinateur', 'ordinateurs', 'ordi', 'ordis', 'ordinnateur', 'ordinateure', 'pc', 'pcs', 'pc portable', 'pc fixe', 'pc de bureau', 'ordi portable',
      'ordinateur portable', 'ordi fixe', 'ordinateur fixe', 'ordi de bureau', 'ordinateur de bureau', 'laptop', 'laptops', 'notebook', 'macbook', 'macbooks',
      'mac', 'macs', 'imac', 'macbook pro', 'macbook air', 'mac mini', 'chromebook', 'thinkpad', 'surface', 'fixe',
      'mon fixe', 'le fixe', 'tour', 'unite centrale', 'ordi du boulot', 'ordi du bureau', 'ordi de la maison', 'pc du boulot', 'pc du bureau', 'pc de la maison',
      'ordinateur du bureau', 'ordinateur de la maison', 'ordinateur familial', 'ordi familial', 'pc familial', 'ordi du salon', 'pc windows',
      'ordinateur windows', 'poste de travail', 'ordinateur professionnel', 'ordi pro', 'pc pro',
      'ordinateur perso', 'ordi perso', 'pc perso', 'portable pc',
      // "ma femme les lit aussi sur le sien": the same mailbox on a second computer
      'le sien', 'la sienne', 'sur le sien', 'sur la sienne',
    ],
    phone: [
      'telephone', 'telephones', 'tel', 'tél', 'telephonne', 'telefone', 'telephone portable', 'telephone mobile', 'portable', 'portables', 'mobile', 'mobiles',
      'smartphone', 'smartphones', 'smartfone', 'cell', 'cellulaire', 'cellulaires', 'iphone', 'iphones', 'android', 'samsung', 'galaxy', 'xiaomi', 'redmi',
      'huawei', 'motorola', 'pixel', 'oppo', 'oneplus', 'nokia', 'honor', 'fairphone', 'natel', 'gsm', 'phone', 'mon tel', 'le tel', 'tph', 'tphone',
    ],
    tablet: ['tablette', 'tablettes', 'tablete', 'tab', 'ipad', 'ipads', 'ipad mini', 'ipad pro', 'ipad air', 'galaxy tab', 'kindle', 'tablet', 'tablettte'],
    webmail: [
      'webmail', 'web mail', 'le webmail', 'webmial', 'wemail', 'webmaill', 'messagerie en ligne', 'messagerie web', 'version web', 'la version web',
      'interface web', 'l interface web', 'dans le navigateur', 'sur le navigateur', 'depuis le navigateur', 'par le navigateur', 'via le navigateur',
      'avec le navigateur', 'navigateur', 'le navigateur', 'mon navigateur', 'site de livebooks', 'le site de livebooks', 'sur le site de livebooks',
      'site livebooks', 'le site livebooks', 'site web de livebooks', 'en ligne sur le site', 'webmail de livebooks',
    ],
    // Places that are Web Mail only when the clause is about reading mail ("je regarde sur internet").
    webmailPlace: [
      'site', 'le site', 'sur le site', 'site web', 'le site web', 'sur le site web', 'internet', 'sur internet', 'par internet', 'en ligne', 'web', 'le web',
      'sur le web', 'chrome', 'firefox', 'safari', 'edge', 'google chrome',
    ],
    readVerb: [
      'lis', 'lit', 'lire', 'je lis', 'j lis', 'jlis', 'les lis', 'le lis', 'la lis', 'je les lis', 'je la lis', 'consulte', 'consulter', 'je consulte',
      'les consulte', 'la consulte', 'regarde', 'regarder', 'je regarde', 'je les regarde', 'relever', 'releve', 'je releve', 'ouvre', 'j ouvre', 'utilise',
      'j utilise', 'jutilise', 'vais', 'je vais', 'va', 'vois', 'voir', 'mail', 'mails', 'e mail', 'e mails', 'email', 'emails', 'mel', 'mels', 'courriel',
      'courriels', 'courrier', 'messages', 'mes mails', 'mes e mails', 'mes emails', 'mes messages', 'mes courriels', 
      'aussi', 'et', 'parfois', 'des fois', 'de temps en temps', 
    ],
    everywhere: [
      'partout', 'un peu partout', 'sur tous mes appareils', 'sur tous les appareils', 'tous mes appareils', 'tous les appareils', 'n importe ou',
      'ou que je sois', 'sur tout', 'sur tous', 'en deplacement', 'de partout',
    ],
    partly: [
      'les deux', 'tous les deux', 'ca depend', 'ça depend', 'depend', 'selon', 'ni l un ni l autre', 'un peu des deux', 'un peu', 'moyen', 'moyennement',
      'bof', 'plus ou moins', 'couci couca', 'entre les deux', 'a moitie', 'en partie', 'oui et non', 'je m en fiche', 'peu importe', 'comme vous voulez',
      'ce que vous voulez', 'ce que vous conseillez', 'ca m est egal', 'egal', 'mouais', 'des fois oui des fois non', 'ca varie', 'personne',
      'aucune des deux', 'aucun des deux', 'ca depend des jours', 'ca depend du jour', 'ca depend des moments', 'selon les jours', 'ca depend ou je suis', 'c est vous qui voyez', 'a vous de voir', 'c est vous qui decidez', 'vous decidez', 'c est comme vous voulez',
    ],
    manyDevices: [
      'plusieurs', 'divers', 'differents', 'differentes', 'beaucoup d', 'beaucoup de', 'plein de', 'pleins de', 'tous mes', 'toutes mes', 'plus d un',
      'plus d une', 'quelques', 'multiples', 'partout', 'tous mes appareils', 'sur tous mes appareils', 'plusieurs appareils', 'plusieurs endroits',
    ],
    someoneElses: [
      'celui de ma femme', 'celui de mon mari', 'celui de ma fille', 'celui de mon fils', 'celle de ma femme', 'celle de mon mari', 'celle de ma fille',
      'celle de mon fils', 'celui de ma copine', 'celui de mon copain', 'c est celui de', 'c est celle de', 'appartient a', 'est a ma femme', 'est a mon mari',
      'pas le mien', 'pas la mienne', 'c est pas le mien', 'ce n est pas le mien',
      'mon mari a', 'ma femme a', 'mon fils a', 'ma fille a', 'mon conjoint a', 'ma conjointe a', 'mes enfants ont', 'mon copain a', 'ma copine a',
    ],
    deviceWord: ['appareil', 'appareils', 'appareille', 'machine', 'machines', 'ecrans', 'endroits', 'ordis', 'ordinateurs', 'engins', 'bidules', 'postes'],
    work: ['travail', 'au travail', 'boulot', 'au boulot', 'du boulot', 'taf', 'au taf', 'du taf', 'bureau', 'au bureau', 'du bureau', 'job', 'a la job', 'entreprise'],
    home: ['maison', 'a la maison', 'de la maison', 'chez moi', 'domicile', 'perso', 'personnel', 'celui de la maison', 'salon', 'familial'],
    number2: ['deux', '2', 'une paire', 'deux ou trois', 'couple'],
    number3plus: ['trois', '3', 'quatre', '4', 'cinq', '5', 'six', '6', 'sept', '7', 'huit', '8', 'dix', '10'],
    one: ['un seul', 'une seule', 'seul', '1', 'le meme', 'la meme', 'un unique', 'une unique', 'qu un', 'qu une', 'rien qu un'],

    programNoImap: [
      'gere pas l imap', 'gere pas imap', 'ne gere pas l imap', 'ne gere pas imap', 'gere pas le imap', 'supporte pas l imap', 'supporte pas imap',
      'ne supporte pas l imap', 'ne supporte pas imap', 'prend pas en charge imap', 'ne prend pas en charge imap', 'prend pas l imap', 'accepte pas l imap',
      'n accepte pas l imap', 'fonctionne pas avec imap', 'ne fonctionne pas avec imap', 'fonctionne pas avec l imap', 'marche pas avec imap',
      'marche pas avec l imap', 'ne marche pas avec imap', 'compatible pas imap', 'pas compatible imap', 'pas compatible avec imap', 'pas compatible avec l imap',
      'n est pas compatible imap', 'pas d imap', 'sans imap', 'fait pas l imap', 'fait pas imap', 'fait pas d imap', 'ne fait pas d imap', 'propose pas imap',
      'propose pas l imap', 'fait que du pop', 'ne fait que du pop', 'fait que pop', 'gere que le pop', 'gere que pop', 'ne gere que le pop', 'ne gere que pop',
      'supporte que le pop', 'supporte que pop', 'accepte que le pop', 'propose que le pop', 'propose que pop', 'marche qu en pop', 'fonctionne qu en pop',
      'ne connait que pop', 'ne connait que le pop', 'connait que le pop', 'connait que pop', 'que du pop3', 'uniquement pop3', 'pop3 uniquement',
      'pas l option imap', 'pas d option imap', 'l imap n est pas', 'imap n est pas propose', 'imap n apparait pas', 'imap apparait pas', 'pas de choix imap',
      'ne le gere pas', 'le gere pas', 'le supporte pas', 'ne le supporte pas',
    ],
    programImapOk: [
      'gere l imap', 'gere imap', 'supporte l imap', 'supporte imap', 'prend en charge imap', 'prend en charge l imap', 'accepte l imap', 'accepte imap',
      'fonctionne avec imap', 'fonctionne avec l imap', 'marche avec imap', 'marche avec l imap', 'compatible imap', 'compatible avec imap',
      'compatible avec l imap', 'propose imap', 'propose l imap', 'l option imap', 'option imap', 'fait l imap', 'fait imap', 'le gere', 'le supporte',
      'il le gere', 'il le supporte', 'imap est propose', 'on peut choisir imap', 'je peux choisir imap',
    ],
    imap: ['imap', 'imap4', 'i map', 'l imap', 'le imap', 'imaps', 'limap'],
    pop: ['pop', 'pop3', 'pop 3', 'le pop', 'du pop', 'pop mail'],
    popUse: [
      'j utilise pop', 'j utilise le pop', 'jutilise pop', 'jutilise le pop', 'j utilise du pop', 'utilise pop', 'utilise le pop', 'en pop', 'en pop3',
      'je suis en pop', 'suis en pop', 'configure en pop', 'configuree en pop', 'parametre en pop', 'parametree en pop', 'regle en pop', 'reglee en pop',
      'c est du pop', 'c est en pop', 'compte pop', 'un compte pop', 'en mode pop', 'avec pop', 'avec le pop', 'je releve en pop', 'releve en pop',
      'j ai pop', 'j ai le pop', 'toujours utilise pop', 'toujours eu pop', 'depuis toujours en pop', 'pop depuis toujours', 'pop oui', 'oui pop',
      'je l utilise depuis toujours', 'je l utilise',
    ],
    happy: [
      'content', 'contente', 'satisfait', 'satisfaite', 'ravi', 'ravie', 'ca me va', 'ca me va tres bien', 'ca me va bien', 'ca me convient', 'me convient',
      'ca me convient tres bien', 'ca marche bien', 'ca marche tres bien', 'ca marche nickel', 'ca fonctionne bien', 'ca fonctionne tres bien', 'marche bien',
      'fonctionne bien', 'nickel', 'impeccable', 'parfait', 'parfaitement', 'tres bien', 'bien', 'tout va bien', 'ca va bien', 'aucun probleme',
      'aucun souci', 'pas de souci', 'pas de soucis', 'pas de probleme', 'pas de problemes', 'sans probleme', 'sans souci', 'jamais eu de probleme',
      'jamais eu de souci', 'jamais de probleme', 'jamais de souci', 'rien a redire', 'rien a signaler', 'je m en sors', 'ca roule', 'top', 'super', 'genial',
      'j en suis content', 'j en suis contente', 'j en suis satisfait', 'j en suis satisfaite', 'ca me plait', 'ca me suffit', 'ca fait le job', 'ca fait le travail',
      'pas a me plaindre', 'je ne me plains pas', 'je me plains pas', 'heureux', 'heureuse',
    ],
    unhappy: [
      'pas content', 'pas contente', 'pas satisfait', 'pas satisfaite', 'mecontent', 'mecontente', 'insatisfait', 'j en ai marre', 'marre', 'ras le bol',
      'des problemes', 'des soucis', 'problemes avec', 'soucis avec', 'ca bug', 'ca beugue', 'ca plante', 'ca marche mal', 'marche mal', 'fonctionne mal',
      'pas terrible', 'nul', 'nulle', 'galere', 'c est la galere', 'penible', 'ca m enerve', 'ca m agace', 'j aime pas', 'je n aime pas', 'bof',
    ],
    leaveCopies: [
      'laisse une copie', 'laisser une copie', 'laisse des copies', 'laisser des copies', 'laisse copie', 'je laisse une copie', 'je laisse des copies',
      'une copie sur le serveur', 'des copies sur le serveur', 'copie sur le serveur', 'copies sur le serveur', 'copie des messages sur le serveur',
      'conserver une copie', 'conserve une copie', 'je conserve une copie', 'garder une copie', 'garde une copie', 'je garde une copie',
      'laisser les messages sur le serveur', 'laisse les messages sur le serveur', 'laisse les mails sur le serveur', 'laisser les mails sur le serveur',
      'je les laisse sur le serveur', 'les laisse sur le serveur', 'laisser sur le serveur', 'laisse sur le serveur', 'restent sur le serveur',
      'restent aussi sur le serveur', 'reste sur le serveur', 'reste aussi sur le serveur', 'restent sur le serveur aussi', 'garde les mails sur le serveur',
      'je garde les mails sur le serveur', 'garde les messages sur le serveur', 'je garde les messages sur le serveur', 'garder les mails sur le serveur',
      'conserve les mails sur le serveur', 'conserver les messages sur le serveur', 'conserve sur le serveur', 'garde sur le serveur', 'gardes sur le serveur',
      'laisser un exemplaire', 'ne pas supprimer du serveur', 'pas supprimer du serveur', 'sans supprimer du serveur', 'supprimer du serveur apres',
      'supprimes du serveur apres', 'jours sur le serveur', 'semaines sur le serveur', 'sur le serveur pendant', 'copie sur le serveur', 'laisser sur serveur',
      'copie serveur', 'copies serveur',
    ],
    deleteFromServer: ['supprime du serveur', 'supprimes du serveur', 'supprimer du serveur', 'efface du serveur', 'effaces du serveur', 'retire du serveur', 'telecharge et supprime'],

    backupSelf: [
      'mes propres sauvegardes', 'mes sauvegardes', 'je fais mes sauvegardes', 'je fais mes propres sauvegardes', 'je sauvegarde', 'je sauvegarde moi meme',
      'je les sauvegarde', 'je sauvegarde tout', 'sauvegarde moi meme', 'je fais des sauvegardes', 'je fais une sauvegarde', 'je fais les sauvegardes',
      'je fais moi meme', 'je m en occupe', 'je m en charge', 'je gere les sauvegardes', 'je gere mes sauvegardes', 'moi meme', 'par moi meme',
      'time machine', 'disque externe', 'disque dur externe', 'un disque externe', 'un disque dur externe', 'cle usb', 'clef usb', 'cles usb', 'nas', 'un nas',
      'j exporte', 'j exporte mes mails', 'exporte mes mails', 'en pst', 'fichier pst', 'j archive', 'j archive mes mails', 'archive mes mails',
      'sauvegarde de l ordi', 'sauvegardes de l ordi', 'sauvegarde de mon ordi', 'sauvegarde du pc', 'sauvegarde de mon pc', 'backup de l ordi',
      'mon fils fait les sauvegardes', 'ma fille fait les sauvegardes', 'mon mari fait les sauvegardes', 'ma femme fait les sauvegardes', 'mon fils s en occupe',
      'mon mari s en occupe', 'ma fille s en occupe', 'ma femme s en occupe', 'mon fils fait', 'mon gendre fait', 'je fais mes backups', 'mes backups',
      'mon mari qui s en occupe', 'ma femme qui s en occupe', 'mon fils qui s en occupe', 'ma fille qui s en occupe', 'mon mari qui les fait', 'mon fils qui les fait',
      'je fais des backups', 'je backup', 'copie sur un disque', 'sauvegarde sur un disque', 'sauvegarde toutes les semaines', 'sauvegarde chaque semaine',
      'sauvegarde reguliere', 'sauvegardes regulieres', 'acronis', 'backblaze', 'je sauvgarde', 'je sauvegarde sur',
      'moi qui fais les sauvegardes', 'moi qui les fais', 'moi qui sauvegarde', 'je prefere m en occuper', 'je prefere le faire moi meme', 'je prefere les faire moi meme',
      'je prefere faire mes sauvegardes', 'je prefere faire mes propres sauvegardes',
      'sauvegarde de l ordinateur', 'sauvegardes de l ordinateur', 'une sauvegarde de l ordi', 
      'sauvegarde sur un disque', 'sauvegardes sur un disque', 'petit fils fait', 'mon petit fils s en occupe', 'mon gendre s en occupe',
    ],
    backupServer: [
      'le serveur garde', 'que le serveur garde', 'le serveur garde tout', 'le serveur s en charge', 'que le serveur s en charge', 'le serveur s en occupe',
      'que le serveur s en occupe', 'le serveur les garde', 'le serveur sauvegarde', 'que le serveur sauvegarde', 'sauvegarde automatique',
      'sauvegardes automatiques', 'sauvegarde auto', 'sur vos serveurs', 'que ce soit sur vos serveurs',
      'c est a livebooks', 'a livebooks de', 'livebooks s en charge', 'que livebooks s en charge', 'que vous vous en chargiez', 'que vous le fassiez',
      'vous vous en chargez', 'pas envie de m en occuper', 'je veux pas m en occuper', 'je ne veux pas m en occuper', 'pas m en occuper',
      'je veux pas m occuper des sauvegardes', 'je ne veux pas m occuper des sauvegardes', 'pas m occuper des sauvegardes', 'pas envie de gerer les sauvegardes',
      'pas le temps de sauvegarder', 'je sauvegarde jamais rien', 'je n ai pas envie de m en occuper',
      'j ai pas envie de m en occuper', 'je perds toujours mes cles usb', 'je perds toujours mes cles',
      'le serveur c est plus simple', 'le serveur c est mieux', 'plutot le serveur', 'le serveur plutot', 'le serveur de preference', 'le serveur fait', 'que le serveur fasse', 'le serveur les fait', 'le serveur fait les sauvegardes',
    ],
    // Who keeps the backups, when the clause is about backups ("les sauvegardes, le serveur").
    serverWord: [
      'serveur', 'le serveur', 'serveurs', 'vos serveurs', 'serveur de messagerie', 'le serveur de messagerie', 'serveur mail', 'livebooks', 'vous',
      'automatique', 'automatiquement', 'fournisseur', 'le fournisseur', 'hebergeur', 'serveu', 'serveure',
    ],
    backupWord: ['sauvegarde', 'sauvegardes', 'sauvegarder', 'backup', 'backups', 'copie de securite', 'copies de securite', 'archivage', 'sauvgarde'],
    storageShort: [
      'peu de place', 'pas beaucoup de place', 'plus de place', 'pas de place', 'manque de place', 'je manque de place', 'manque d espace', 'peu d espace',
      'pas beaucoup d espace', 'plus d espace', 'pas assez de place', 'pas assez d espace', 'presque plein', 'presque pleine', 
      'est plein', 'est pleine', 'est plien', 'est plain', 'dur plein', 'dur plien', 'disque plien', 'tout plein', 'completement plein', 'deja plein',
      'toujours plein', 'toujours pleine', 'sature', 'saturee', 'ca sature', 'est sature', 'est saturee', 'stockage plein', 'stockage sature',
      'disque plein', 'memoire pleine', 'memoire saturee', 'petit disque', 'petit ssd', 'disque trop petit', 'stockage limite', 'espace limite', 'c est limite',
      'place limitee', 'peu de stockage', 'peu de memoire', 'pas beaucoup de memoire', 'pas beaucoup de stockage', 'a plus de place', 'n a plus de place',
      'a plus de memoire', 'n a plus de memoire', 'liberer de la place', 'faire de la place', 'gagner de la place', 'economiser de la place', 'alertes de stockage',
      'alerte stockage', 'stockage presque plein', '16 go', '32 go', '64 go', '16go', '32go', '64go', '128 go', 'c est limite niveau place', 'a ras bord',
      'bourre', 'blinde', 'rempli', 'remplie', 'la place c est limite', 'la place sur l ordi c est limite',
    ],
    storageNoLimits: [
      'surveiller le quota', 'surveiller la limite', 'surveiller la taille', 'surveiller l espace', 'surveiller ma boite', 'surveiller la boite',
      'le quota', 'quota', 'quotas', 'les quotas', 'limite de la boite', 'la limite de la boite', 'limite de taille', 'limite de stockage', 'limites de stockage',
      'boite pleine', 'boite mail pleine', 'boite est pleine', 'boite est toujours pleine', 'boite saturee', 'la boite est saturee',
      'faire le menage', 'faire du menage', 'faire le tri', 'supprimer des mails', 'supprimer mes mails', 'effacer des mails', 'vider ma boite', 'vider la boite',
      'gerer l espace de la boite', 'gerer l espace', 'gerer la place', 'espace de la boite', 'taille de la boite', 'place sur le serveur', 'espace sur le serveur',
      'pas envie de surveiller', 'veux pas surveiller', 'ne veux pas surveiller', 'je veux pas surveiller', 'pas surveiller', 'sans limite', 'sans limites',
      'pas de limite', 'pas de limites', 'alertes boite pleine', 'alerte boite pleine', 'boite qui deborde', 'les limites', 'la limite',
    ],
    storageFine: [
      'plein de place', 'beaucoup de place', 'assez de place', 'largement de la place', 'de la place', 'pas de probleme de place', 'aucun probleme de place',
      'pas de souci de place', 'aucun souci de place', 'place suffisante', 'assez d espace', 'beaucoup d espace', 'disque vide', 'est vide', 'largement assez',
      '1 to', '2 to', '1to', '2to', 'pas de probleme d espace',
    ],
    mailboxWord: ['boite', 'boite mail', 'boite aux lettres', 'ma boite', 'la boite', 'boite de reception', 'quota', 'serveur', 'boite livebooks'],
    future: [
      'je vais acheter', 'vais acheter', 'je vais avoir', 'vais avoir', 'bientot', 'la semaine prochaine', 'le mois prochain', 'l annee prochaine',
      'je compte acheter', 'je pense acheter', 'je vais prendre', 'on va m offrir', 'je vais m acheter', 'prochainement', 'sous peu',
    ],
    storageWord: ['place', 'espace', 'stockage', 'memoire', 'disque', 'disque dur', 'capacite', 'go', 'ssd'],
    spamShield: [
      'spamshield', 'spam shield', 'spamshield pro', 'spam shield pro', 'spamshieldpro', 'spamshild', 'spamshiled', 'spamschield', 'l option anti spam de livebooks',
      'option anti spam de livebooks', 'anti spam de livebooks', 'antispam de livebooks', 'filtre anti spam de livebooks', 'filtre antispam de livebooks',
      'filtre anti pourriel de livebooks', 'anti pourriel de livebooks', 'le filtre de livebooks', 'votre filtre', 'votre anti spam', 'votre antispam',
      'l option anti spam', 'option anti spam', 'anti spam payant', 'filtre payant',
    ],
    slow: [
      'lent', 'lente', 'tres lent', 'tres lente', 'trop lent', 'trop lente', 'super lent', 'super lente', 'hyper lent', 'hyper lente', 'assez lent', 'assez lente',
      'un peu lent', 'un peu lente', 'plutot lent', 'plutot lente', 'lent le soir', 'lente le soir', 'c est lent', 'ca rame', 'rame', 'ca rame souvent', 'ca rame pas mal',
      'pourri', 'pourrie', 'pourave', 'nulle', 'nul', 'mauvais', 'mauvaise', 'tres mauvaise', 'merdique', 'catastrophique', 'une catastrophe', 'a la ramasse',
      'escargot', 'limace', 'ca coupe', 'coupe souvent', 'instable', 'ca charge pas', 'met du temps', 'met des plombes', 'ca met des plombes', 'des plombes',
      'satellite', 'en satellite', 'par satellite', 'adsl', 'adsl pourri', 'campagne', 'a la campagne', 'zone blanche', 'en 3g', '3g', '4g pourrie', 'edge',
      'partage de connexion', 'pas rapide', 'pas tres rapide', 'pas terrible', 'lenteur', 'lentement', 'debit faible', 'faible debit', 'petit debit', 'bas debit',
      'mauvais debit', 'reseau faible', 'capte mal', 'ca capte mal', 'lend', 'lente comme tout',
    ],
    fast: [
      'rapide', 'tres rapide', 'super rapide', 'hyper rapide', 'assez rapide', 'plutot rapide', 'fibre', 'la fibre', 'fibre optique', 'j ai la fibre',
      'ca va', 'ca va bien', 'bien', 'tres bien', 'bonne', 'tres bonne', 'correcte', 'correct', 'normal', 'normale', 'ok', 'ca marche bien', 'nickel', 'impeccable',
      'parfait', 'parfaite', 'top', 'au top', 'excellente', 'excellent', 'pas lente', 'pas lent', 'jamais lente', 'aucun probleme', 'pas de probleme', 'pas de souci',
      'stable', 'ca fuse', 'haut debit', 'tres haut debit', 'bon debit', 'gros debit', '1 gb', '1gb', '1 gb s', '1 gbit', 'gigabit', '5g', 'la 5g', '4g', 'la 4g',
      'cable', 'ca va j ai la fibre', 'super', 'genial',
    ],
    connectionWord: [
      'connexion', 'connection', 'connextion', 'connexion internet', 'internet', 'reseau', 'wifi', 'wi fi', 'debit', 'ligne', 'box', 'adsl', 'fibre', '4g', '5g',
      'la co', 'ma co', 'la connexion', 'ma connexion',
    ],

    // The account's age, not anything else about it: a date beside "mon compte" alone ("j'ai changé le mot de passe de
    // mon compte hier") or "ma boîte" ("ma boîte est pleine depuis le mois dernier") is no account date.
    account: [
      'compte date', 'adresse date', 'boite date', 'boite mail date', 'messagerie date', 'compte est de', 'compte est du', 'adresse est de', 'boite est de',
      'compte existe', 'adresse existe', 'boite existe', 'boite mail existe', 'messagerie existe', 'le compte etait', 'mon compte etait', 'ce compte etait',
      'client depuis', 'cliente depuis', 'abonne depuis', 'abonnee depuis', 'inscrit depuis', 'inscrite depuis', 'chez vous depuis', 'chez livebooks depuis',
      'avec vous depuis', 'j ai ce compte', 'j ai cette adresse', 'j ai un compte', 'j ai mon compte', 'j ai ma boite', 'j ai cette boite', 'j ai mon adresse',
      'j ai l adresse', 'jai ce compte', 'jai cette adresse', 'jai un compte', 'jai mon compte', 'jai ma boite', 'compte de', 'un compte de', 'une adresse de',
      'vieux compte', 'ancien compte', 'nouveau compte', 'compte recent', 'nouvelle adresse', 'vieille adresse', 'ancienne adresse', 'compte neuf',
      ...MADE_NAMED,
      ...ageOfThe(['compte', 'adresse', 'boite', 'boite mail', 'adresse mail', 'messagerie', 'compte livebooks', 'adresse livebooks', 'boite livebooks']),
    ],
    accountMade: [
      'l ai cree', 'l ai creee', 'l ai creer', 'l ai ouvert', 'l ai ouverte', 'l a cree', 'l a creee', 'l a ouvert', 'l a ouverte', 'l avons cree',
      'l avons ouvert', 'a ete cree', 'a ete creee', 'a ete ouvert', 'a ete ouverte', 'j ai cree mon', 'j ai cree ma', 'j ai creer mon', 'j ai creer ma',
      'jai cree mon', 'jai cree ma', 'jai creer mon', 'jai creer ma', 'j ai ouvert mon', 'j ai ouvert ma', 'jai ouvert mon', 'jai ouvert ma', 'date de creation',
      'je me suis inscrit', 'je me suis inscrite', 'je suis client', 'je suis cliente', 'a au moins', 'a plus de',
      ...MADE_NAMED,
    ],
    recently: [
      'recent', 'recente', 'recemment', 'tout recemment', 'il y a peu', 'y a peu', 'tout neuf', 'tout neuve', 'nouveau', 'nouvelle', 'compte neuf', 'tout neuf', 'toute neuve', 'est neuf', 'est neuve',
      'nouveau compte', 'nouvelle adresse', 'la semaine derniere', 'le mois dernier', 'cette annee', 'il y a quelques semaines', 'il y a quelques mois',
      'depuis peu', 'pas longtemps', 'il n y a pas longtemps', 'y a pas longtemps', 'hier', 'avant hier', 'tout juste', 'fraichement',
    ],
    longAgo: [
      'longtemps', 'ca fait longtemps', 'il y a longtemps', 'y a longtemps', 'depuis longtemps', 'tres longtemps', 'depuis tres longtemps', 'des annees',
      'depuis des annees', 'il y a des annees', 'une eternite', 'il y a une eternite', 'depuis une eternite', 'des lustres', 'depuis des lustres',
      'il y a des lustres', 'une meche', 'ca fait une meche', 'depuis toujours', 'toujours eu', 'vieux compte', 'tres vieux', 'tres vieux compte', 'ancien',
      'ancienne', 'ancien compte', 'tres ancien', 'les annees 90', 'annees 90', 'annees 2000', 'des annees 2000', 'une decennie', 'plus de dix ans',
      'bien avant', 'bien plus tot', 'vieille adresse', 'au debut d internet', 'debut d internet',
    ],
    approx: [
      'environ', 'une dizaine', 'dizaine', 'une quinzaine', 'quinzaine', 'une vingtaine', 'vingtaine', 'vers', 'a peu pres', 'approximativement', 'approx', 'env', 'genre', 'dans les', 'autour de', 'aux alentours de', 'je crois', 'je pense',
      'il me semble', 'peut etre', 'ou par la', 'a peu pres', 'plus ou moins', 'quelque chose comme', 'facon', 'grosso modo', 'dans ces eaux la', 'presque',
      'pres de', 'pas loin de', 'si je me souviens bien', 'si je me rappelle bien', 'si je me trompe pas', 'sauf erreur', 'en gros',
    ],
    before: [
      'avant', 'avan', 'avant le', 'avant la', 'avant l', 'avant cette date', 'avant ca', 'bien avant', 'bien avant ca', 'plus tot', 'plus ancien',
      'plus ancienne', 'anterieur', 'anterieure', 'jusqu en', 'avant ce', 'longtemps avant', 'oui avant',
    ],
    after: [
      'apres', 'apres le', 'apres la', 'apres cette date', 'apres ca', 'plus tard', 'plus recent', 'plus recente', 'posterieur', 'posterieure',
      'a partir de', 'a partir du', 'a partir d',
    ],

    questionWord: [
      'comment', 'pourquoi', 'pk', 'pq', 'quel', 'quelle', 'quels', 'quelles', 'quand', 'ou', 'combien', 'qui', 'quoi', 'koi', 'lequel', 'laquelle',
      'lesquels', 'est', 'qu', 'peut', 'peux', 'pouvez', 'puis', 'dois', 'doit', 'faut', 'kel', 'kelle', 'cmt', 'comen',
    ],
    askPhrase: [
      'c est quoi', 'c quoi', 'c koi', 'cest quoi', 'cest koi', 'c est koi', 'ca veut dire quoi', 'veut dire quoi', 'ca sert a quoi', 'sert a quoi',
      'je voudrais savoir', 'j aimerais savoir', 'je souhaiterais savoir', 'je me demande', 'je me demandais', 'pouvez vous me dire', 'pourriez vous me dire',
      'vous pouvez me dire', 'tu peux me dire', 'dites moi', 'dis moi', 'expliquez moi', 'explique moi', 'pouvez vous m expliquer', 'vous pouvez m expliquer',
      'pourriez vous m expliquer', 'une question', 'j ai une question', 'petite question', 'savez vous', 'vous savez', 'rappelez moi', 'rappelle moi',
      'je voulais savoir', 'je voulais demander', 'est ce que', 'est ce qu', 'qu est ce que', 'qu est ce qu', 'vous en pensez quoi', 'tu en penses quoi',
      'je risque', 'est il', 'est elle', 'y a t il', 'faut il', 'je ne comprends pas', 'je comprends pas', 'j arrive pas', 'je n arrive pas', 'j arrive plus',
      'je n arrive plus', 'ca ne marche pas', 'ca marche pas', 'vous pouvez', 'vous pourriez', 'pourriez vous', 'pouvez vous',
      'les reglages svp', 'les reglages stp', 'reglages svp', 'les parametres svp', 'parametres svp', 'les etapes svp', 'la config svp', 'la procedure svp',
    ],
    setupVerb: [
      'configurer', 'configure', 'configue', 'je configure', 'configuration', 'parametrer', 'parametre', 'je parametre', 'parametrage', 'parametres', 'reglages',
      'regler', 'installer', 'installe', 'mettre en place', 'ajouter', 'ajouter le compte', 'ajouter mon compte', 'les etapes', 'etapes', 'marche a suivre',
      'tuto', 'tutoriel', 'guide', 'procedure', 'je mets quoi',
      'mettre quoi', 'quoi mettre', 'c est ou les reglages', 'ou sont les reglages', 'les reglages', 'les parametres', 'pas a pas', 'mettre mon compte',
      'je le configure', 'le configurer', 'le parametrer', 'le mettre en place', 'comment configurer', 'comment parametrer',
    ],
  },
  programs: {
    appleMail: [
      'apple mail', 'mail d apple', 'mail de apple', 'mail du mac', 'mail sur le mac', 'mail sur mac', 'mail sur mon mac', 'l app mail du mac', 'appli mail du mac',
      'application mail du mac', 'mail de mac', 'mail sur mon macbook', 'mail sur le macbook', 'mail du macbook', 'mail sur l imac', 'mail de macos', 'mac mail',
      'mail d apple sur le mac',
    ],
    outlook: [
      'outlook', 'microsoft outlook', 'ms outlook', 'outlook 365', 'office 365', 'microsoft 365', 'outlook express', 'nouvel outlook', 'nouveau outlook',
      'outlook 2010', 'outlook 2013', 'outlook 2016', 'outlook 2019', 'outlook 2021', 'outlook 2007', 'outlok', 'outloock', 'outllok',
    ],
    thunderbird: ['thunderbird', 'mozilla thunderbird', 'thunderbrid', 'thunderbir', 'tunderbird', 'thunderbirds', 'betterbird', 'tbird'],
    iphone: ['iphone', 'ipad', 'ios', 'l iphone'],
    android: ['gmail', 'android', 'samsung email', 'samsung mail', 'k 9', 'k9', 'aqua mail', 'bluemail', 'samsung', 'galaxy', 'pixel'],
    windowsMail: [
      'windows mail', 'courrier de windows', 'courrier windows', 'l application courrier', 'application courrier', 'appli courrier', 'app courrier', 'courrier',
      'courrier de windows 10', 'courrier de windows 11', 'courrier sur windows', 'mail de windows', 'windows live mail', 'live mail', 'courrier et calendrier',
    ],
    other: [
      // The Mail app of an iPhone or iPad ("l'app Mail de l'iPhone") is a program, where the phone alone is a device.
      'app mail', 'l app mail', 'appli mail', 'l appli mail', 'application mail', 'l application mail', 'app mail de l iphone', 'l app mail de l iphone',
      'mail de l iphone', 'mail sur l iphone', 'mail sur l ipad', 'mail de l ipad', 'mail sur mon iphone', 'mail sur mon ipad', 'avec mail', 'l app mail d apple',
      'appli de messagerie', 'application de messagerie', 'app de messagerie', 'logiciel de messagerie', 'client mail', 'client de messagerie', 'l appli native',
      'appli de base', 'l appli de base', 'application de base', 'l app de base', 'appli d origine', 'l appli d origine', 'appli native', 'appli par defaut', 'application par defaut',
      'eudora', 'spark', 'em client', 'emclient', 'mailbird', 'airmail', 'postbox', 'evolution', 'kmail', 'claws', 'the bat', 'mailspring', 'incredimail',
      'windows live', 'lotus notes',
    ],
  },
  onScreen: {
    devices: {
      oneComputer: [
        'un seul', 'un seul ordi', 'un seul ordinateur', 'un seul pc', 'un ordi', 'un pc', 'un ordinateur', 'juste un', 'qu un', 'seulement un', 'un seul appareil',
        'un seul endroit', 'a un seul endroit', 'juste mon portable', 'que mon portable', 'seulement mon portable', 'mon portable seulement', 'mon portable uniquement',
        'juste le portable', 'juste l ordi', 'juste mon pc', 'juste mon ordi', 'le meme ordi', 'le meme', 'ici seulement', 'que celui ci', 'celui ci', 'cet ordi',
        'cet ordinateur',
      ],
      // "portable" alone: a laptop or a mobile phone, and not said to be the only device
      '?': ['mon portable', 'sur mon portable', 'sur le portable', 'mon portable surtout', 'sur mon portable surtout'],
      severalDevices: [
        'plusieurs', 'partout', 'un peu partout', 'sur plusieurs', 'sur tous', 'tous', 'plein', 'pas mal', 'differents', 'plusieurs appareils', 'plusieurs endroits',
        'beaucoup', 'n importe ou', 'de partout', 'partout lol',
      ],
      // at this question, reading on the site is Web Mail
      webmail: ['webmail', 'le webmail', 'sur le webmail', 'sur internet', 'en ligne', 'sur le site', 'le site', 'navigateur', 'dans le navigateur', 'sur le navigateur'],
    },
    // The yes and no answer it: "il gère" and "il fonctionne" sit inside "il ne gère pas" and "il ne fonctionne pas".
    program: {},
    popToday: {
      no: [
        'imap', 'j utilise imap', 'j utilise l imap', 'jutilise imap', 'en imap', 'deja en imap', 'je suis en imap', 'je suis deja en imap', 'deja imap', 'l imap',
        'pas pop', 'pas de pop', 'jamais utilise', 'jamais utilise pop', 'jamais', 'premiere fois', 'c est la premiere fois', 'jamais configure', 'je debute',
        'pas en pop', 'jamais eu',
      ],
      satisfied: [
        'content', 'contente', 'satisfait', 'satisfaite', 'ca me va', 'ca me convient', 'ca marche bien', 'ca marche', 'ca va', 'tout va bien', 'nickel', 'bien',
        'tres bien', 'impeccable', 'aucun probleme', 'aucun souci', 'pas de souci', 'sans souci', 'parfait', 'super', 'top', 'j en suis content', 'oui content',
        'oui satisfait', 'oui ca va', 'oui ca marche', 'pas de probleme', 'oui nickel',
      ],
      leaveOnServer: [
        'copies', 'des copies', 'une copie', 'avec copie', 'avec des copies', 'copie sur le serveur', 'copies sur le serveur', 'je laisse des copies',
        'je laisse une copie', 'la troisieme', 'le troisieme', 'celle avec les copies', 'les copies', 'oui avec copie', 'oui copies',
      ],
    },
    backups: {
      self: [
        'moi', 'moi meme', 'moi même', 'moi svp', 'moi stp', 'moi je', 'c est moi', 'par moi meme', 'je le fais', 'je les fais', 'je m en occupe', 'je m en charge',
        'mes propres', 'les miennes', 'perso', 'personnellement', 'moi perso', 'c est moi qui les fais', 'moi je les fais', 'je', 'moi bien sur', 'moi evidemment',
      ],
      '?': [
        'le cloud', 'cloud', 'icloud', 'google drive', 'drive', 'dropbox', 'onedrive', 'les deux', 'personne', 'aucun', 'ca depend', 'nul', 'ni l un ni l autre',
        // what the person does, not who should keep the backups
        'je fais jamais de sauvegarde', 'je fais jamais de sauvegardes', 'jamais de sauvegarde', 'je ne fais pas de sauvegarde', 'je fais pas de sauvegarde',
        'je ne fais jamais de sauvegarde', 'je sauvegarde jamais', 'je ne sauvegarde jamais', 'je fais pas de sauvegardes', 'aucune sauvegarde',
      ],
      server: [
        'le serveur', 'serveur', 'le serveur svp', 'le serveur stp', 'vous', 'vous svp', 'livebooks', 'automatique', 'automatiquement', 'le serveur de messagerie',
        'le fournisseur', 'pas moi', 'vos serveurs', 'chez vous', 'le serveur bien sur', 'le serveur evidemment', 'serveur svp', 'sur le serveur', 'le serveu',
      ],
    },
    storage: {
      shortOfSpace: [
        'place', 'la place', 'l espace', 'espace', 'le premier', 'la premiere', 'premier', 'premiere', 'le 1er', 'la 1ere', 'mon appareil', 'l appareil', 'appareil',
        'manque de place', 'stockage', 'le stockage', 'plein', 'peu de place', 'pas de place', 'celle de la place', 'celui de la place',
      ],
      noLimits: [
        'limite', 'la limite', 'les limites', 'pas de limite', 'quota', 'le quota', 'le deuxieme', 'la deuxieme', 'le second', 'la seconde', 'deuxieme', 'second',
        'le 2e', 'la 2e', 'le 2eme', 'la 2eme', 'le 2nd', 'la 2nde', '2e', '2eme', 'la boite', 'ma boite', 'la boite mail', 'celle de la limite', 'celui de la limite',
        'pas surveiller', 'ne pas surveiller',
      ],
      // space is fine, but that says nothing of the mailbox limit
      '?': ['aucun probleme de place', 'pas de probleme de place', 'j ai de la place', 'assez de place', 'plein de place', 'la place ca va', 'aucun souci de place'],
    },
    spamShield: {
      yes: [
        'je l ai', 'oui je l ai', 'je l utilise', 'je le paie', 'je le paye', 'je paie', 'je paye', 'abonne', 'abonnee', 'je suis abonne', 'je suis abonnee',
        'active', 'il est active', 'je l ai active', 'souscrit', 'j ai souscrit', 'je paie l option', 'je paye l option', 'payant', 'l option payante',
      ],
      no: [
        'je l ai pas', 'je ne l ai pas', 'je l utilise pas', 'je ne l utilise pas', 'jamais eu', 'jamais pris', 'pas abonne', 'pas abonnee', 'desactive',
        'je l ai resilie', 'resilie', 'j ai resilie', 'pas souscrit', 'plus maintenant', 'plus', 'pas d options payantes', 'pas pris d options', 'g pas', 'j ai pas', 'pas pris l option', 'j ai pas pris l option', 'je n ai pas pris l option', 'pas pris d option', 'pas pris cette option',
      ],
      unsure: ['peut etre', 'possible', 'c est possible', 'il se peut', 'ptet', 'p t'],
      // another product says nothing of SpamShield Pro
      '?': ['antivirus', 'un antivirus', 'j ai un antivirus', 'norton', 'avast', 'kaspersky', 'mcafee', 'bitdefender', 'avg', 'eset'],
    },
    connection: {
      yes: ['lent', 'lente', 'tres lente', 'tres lent', 'pourrie', 'pourri', 'mauvaise', 'nulle', 'moyenne pourrie', 'ca rame', 'rame', 'satellite', 'adsl', 'trop lente', 'trop lent'],
      no: [
        'rapide', 'ca va', 'bien', 'bonne', 'correcte', 'correct', 'normale', 'fibre', 'la fibre', 'tres bien', 'super', 'top', 'nickel', 'ok', 'ca va bien', 'pas lente',
        'pas lent', 'au top', 'impeccable', 'excellente', 'stable', 'pas de souci', 'aucun probleme',
      ],
    },
  },
  commands: {
    help: [
      'aide', 'aidez moi', 'aide moi', 'a l aide', 'au secours', 'help', 'de l aide', 'besoin d aide', 'j ai besoin d aide', 'aide svp', 'aide stp', 'sos',
      'comment ca marche', 'ca marche comment', 'comment ca fonctionne', 'comment on fait', 'je fais quoi', 'je dois faire quoi', 'qu est ce que je dois faire',
      'qu est ce que je fais', 'que dois je faire', 'que faire', 'quoi faire', 'je comprends pas', 'je ne comprends pas', 'je comprends rien', 'jcomprends rien',
      'j comprends rien', 'je ne comprends rien', 'je suis perdu', 'je suis perdue', 'perdu', 'perdue', 'menu', 'options', 'commandes', 'quoi', 'hein', '?',
      'qu est ce que je peux dire', 'je peux dire quoi', 'que puis je dire', 'comment je reponds', 'comment repondre', 'au secours jcomprends rien',
      'au secours je comprends rien', 'vous pouvez m aider', 'pouvez vous m aider', 'tu peux m aider', 'm aider',
    ],
    why: [
      'pourquoi', 'pk', 'pq', 'pourquoi ca', 'pourquoi cette question', 'pourquoi vous demandez ca', 'pourquoi vous me demandez ca', 'pourquoi tu demandes ca',
      'pourquoi demander ca', 'pourquoi vous posez cette question', 'pourquoi cette question', 'pk vous demandez ca', 'pq vous demandez ca', 'pk cette question',
      'pourquoi c est important', 'pourquoi c est important ca', 'en quoi c est important', 'ca change quoi', 'qu est ce que ca change', 'ca sert a quoi de savoir',
      'quel rapport', 'c quoi le rapport', 'c est quoi le rapport', 'quel est le rapport', 'c quoi le rapport avec la date', 'c est quoi le rapport avec la date',
      'pourquoi la date', 'pourquoi vous voulez savoir', 'pourquoi vous avez besoin de savoir', 'pourquoi imap', 'pourquoi pop', 'et pourquoi',
      'c est une question bizarre pourquoi', 'pourquoi vous demandez', 'pourquoi me demander ca',
      'a quoi sert cette question', 'a quoi ca sert cette question', 'ca sert a quoi cette question', 'cette question sert a quoi', 'en quoi ca compte',
    ],
    back: [
      'retour', 'revenir', 'revenir en arriere', 'en arriere', 'retour en arriere', 'precedent', 'precedente', 'question precedente', 'la question precedente',
      'revenir a la question precedente', 'revenir a la question d avant', 'la question d avant', 'question d avant', 'annuler', 'oups', 'retourner',
      'on revient en arriere', 'je veux revenir en arriere', 'mauvais bouton', 'je me suis trompe de bouton', 'back',
    ],
    startOver: [
      'recommencer', 'on recommence', 'recommencons', 'je veux recommencer', 'tout recommencer', 'reprendre a zero', 'reprendre depuis le debut', 'depuis le debut',
      'a zero', 'repartir a zero', 'on reprend a zero', 'on peut reprendre a zero', 'reinitialiser', 'reset', 'redemarrer', 'recommencer a zero',
      'recommencer depuis le debut', 'du debut', 'reprendre du debut', 'un autre compte', 'pour un autre compte', 'le compte de ma femme', 'le compte de mon mari',
      'nouvelle conversation', 'on repart de zero', 'repartir de zero', 'effacer tout', 'tout effacer', 'on recommence tout',
    ],
    stop: [
      'stop', 'arrete', 'arreter', 'arretez', 'on arrete', 'annuler tout', 'quitter', 'sortir', 'fin', 'terminer la conversation', 'au revoir', 'aurevoir',
      'bye', 'a plus', 'a+', 'ciao', 'tchao', 'bonne journee', 'bonne soiree', 'laisse tomber', 'laissez tomber', 'laisse', 'oublie', 'oubliez',
      'oublie ca', 'oubliez ca', 'j arrete', 'je veux arreter', 'ca suffit', 'basta', 'adieu', 'a bientot', 'a la prochaine', 'bonne nuit', 'au revoir merci',
      'merci au revoir', 'stop svp',
      'merci bonne journee', 'merci bien bonne journee', 'merci et bonne journee', 'merci beaucoup bonne journee', 'bonne journee merci', 'merci bonne soiree',
      'merci bien bonne soiree', 'merci et bonne soiree', 'merci beaucoup bonne soiree', 'bonne soiree merci', 'merci a bientot', 'merci bye', 'merci salut',
    ],
    summary: [
      'qu est ce que j ai dit', 'qu est ce que j ai dit deja', 'qu est ce que j ai repondu', 'qu est ce que j ai repondu avant', 'j ai dit quoi', 'j ai repondu quoi',
      'mes reponses', 'voir mes reponses', 'montrez moi mes reponses', 'recap', 'recapitulatif', 'resume', 'un resume', 'recapituler', 'ce que j ai dit',
      'ce que j ai repondu', 'rappelez moi mes reponses', 'qu est ce que vous savez', 'vous savez quoi de moi', 'qu avez vous note', 'qu est ce que vous avez note',
      'recap stp', 'recap svp', 'qu ai je dit', 'qu ai je repondu', 'j avais dit quoi',
    ],
    change: [
      'modifier', 'changer', 'changer une reponse', 'modifier une reponse', 'changer ma reponse', 'modifier ma reponse', 'corriger', 'corriger une reponse',
      'corriger ma reponse', 'je veux changer une reponse', 'je veux modifier une reponse', 'je veux changer ma reponse', 'je veux modifier ma reponse',
      'je me suis trompe', 'je me suis trompee', 'je me suis trompe de reponse', 'je me suis trompe de date', 'mauvaise reponse', 'j ai fait une erreur',
      'j ai change d avis', 'changer quelque chose', 'modifier quelque chose', 'je veux changer quelque chose',
    ],
    setup: [
      'comment je le configure', 'comment le configurer', 'comment configurer', 'comment on configure', 'comment je configure', 'comment faire',
      'comment je fais', 'je fais comment', 'on fait comment', 'comment on fait', 'configuration', 'configurer', 'la configuration', 'les reglages', 'reglages',
      'les parametres', 'parametres', 'les etapes', 'etapes', 'c est quoi les etapes', 'quelles sont les etapes', 'la marche a suivre', 'marche a suivre',
      'procedure', 'la procedure', 'tuto', 'un tuto', 'mode d emploi', 'et maintenant', 'et maintenant je fais comment', 'et ensuite', 'la suite', 'on fait ca',
      'ok on fait ca', 'comment le mettre en place', 'mettre en place', 'comment je le parametre', 'comment le parametrer', 'je mets quoi', 'installer',
      'comment installer', 'comment je l installe', 'montrez moi', 'montre moi', 'allons y', 'c est parti',
    ],
    request: [
      'envoyer une demande', 'faire une demande', 'une demande', 'demande', 'parler a quelqu un', 'parler a une personne', 'parler a un humain', 'un humain',
      'humain', 'une personne', 'personne reelle', 'une vraie personne', 'un conseiller', 'conseiller', 'un conseiller svp', 'un agent', 'agent', 'un technicien',
      'technicien', 'le support', 'support', 'assistance', 'le service client', 'service client', 'service clientele', 'sav', 'ouvrir un ticket', 'un ticket',
      'ticket', 'appelez moi', 'rappelez moi', 'un humain svp', 'un humain stp', 'un vrai humain', 'un operateur', 'operateur', 'un vrai conseiller',
      'je veux parler a quelqu un', 'je peux parler a quelqu un', 'contacter le support', 'contacter l assistance',
    ],
    done: [
      'c est bon', 'c est bon merci', 'termine', 'j ai termine', 'j ai fini', 'fini', 'c est fini', 'c est tout', 'c est tout merci', 'ca ira', 'ca ira merci',
      'rien d autre', 'rien d autre merci', 'c est regle', 'c est configure', 'tout est bon', 'tout est ok', 'ok c est bon', 'parfait c est bon', 'bon ben c est bon',
      'ca marche c est bon', 'c est fait', 'voila c est fait', 'ca fonctionne', 'ca fonctionne merci', 'ca marche merci', 'ok merci c est bon', 'nickel c est bon',
      'super c est bon', 'ce sera tout', 'ce sera tout merci',
      'c est tout pour moi', 'ce sera tout pour moi', 'ca sera tout', 'ca sera tout merci', 'c est tout pour aujourd hui', 'j ai tout ce qu il me faut',
    ],
  },
  commandPhrases: {
    startOver: ['recommencer', 'reprendre a zero', 'repartir a zero', 'depuis le debut', 'tout recommencer', 'on recommence', 'reprendre depuis le debut', 'repartir de zero', 'du debut'],
    back: ['revenir en arriere', 'question precedente', 'question d avant', 'retour en arriere', 'revenir a la question'],
    request: [
      'parler a quelqu un', 'parler a une personne', 'parler a un humain', 'parler a un conseiller', 'parler a un agent', 'parler a un technicien',
      'parler avec quelqu un', 'parler avec une personne', 'parler avec un conseiller', 'un vrai conseiller', 'une vraie personne', 'un vrai humain', 'un humain',
      'un conseiller', 'une personne reelle', 'service client', 'le support', 'contacter le support', 'contacter l assistance', 'envoyer une demande',
      'faire une demande', 'ouvrir un ticket', 'qu on me rappelle', 'me rappeler', 'quelqu un du support', 'joindre quelqu un', 'joindre le support',
    ],
    summary: ['qu est ce que j ai dit', 'qu est ce que j ai repondu', 'ce que j ai dit', 'ce que j ai repondu', 'mes reponses', 'j ai dit quoi', 'j ai repondu quoi', 'recap'],
    change: [
      'changer une reponse', 'modifier une reponse', 'changer ma reponse', 'modifier ma reponse', 'corriger une reponse', 'corriger ma reponse', 'changer de reponse',
      'modifier ma reponse sur', 'changer ma reponse sur', 'change d avis pour', 'change d avis sur', 'trompe de date', 'trompe de reponse', 'changer la reponse',
      'modifier la reponse',
    ],
    why: [
      'pourquoi vous demandez', 'pourquoi vous me demandez', 'pourquoi cette question', 'pourquoi c est important', 'pourquoi demander', 'pk vous demandez',
      'pq vous demandez', 'quel rapport', 'le rapport avec', 'pourquoi vous voulez savoir', 'pourquoi vous posez', 'pourquoi imap', 'pourquoi pop',
      'pourquoi vous recommandez', 'pourquoi me recommander',
      'sert cette question', 'ca sert a quoi cette question', 'cette question sert a quoi', 'a quoi sert cette question',
    ],
    help: ['je comprends pas la question', 'je ne comprends pas la question', 'comprends rien', 'comment ca marche', 'vous pouvez m aider', 'besoin d aide'],
    setup: [
      'comment je le configure', 'comment le configurer', 'comment configurer', 'comment je configure', 'comment on configure', 'les etapes', 'quelles etapes',
      'la marche a suivre', 'mettre en place', 'comment le parametrer', 'comment je le parametre', 'quels reglages',
    ],
    stop: ['terminer la conversation', 'arreter la conversation', 'laisse tomber', 'laissez tomber'],
    done: ['j ai fini', 'c est configure', 'tout est configure', 'ca fonctionne maintenant'],
  },
  questions: {
    whatIsImap: [
      'c est quoi imap', 'c est quoi l imap', 'c quoi imap', 'c quoi l imap', 'c koi imap', 'cest quoi imap', 'qu est ce que imap', 'qu est ce que l imap',
      'qu est ce que c est imap', 'qu est ce que c est que l imap', 'imap c est quoi', 'l imap c est quoi', 'imap ca veut dire quoi', 'imap veut dire quoi',
      'que veut dire imap', 'que signifie imap', 'signifie imap', 'imap signifie', 'ca veut dire quoi imap', 'expliquez moi imap', 'explique moi imap',
      'c est quoi ce imap', 'c est quoi cet imap', 'c est quoi exactement imap', 'imap c est', 'definition d imap', 'definition imap', 'a quoi sert imap',
      'imap sert a quoi', 'imap ca sert a quoi', 'ce que c est imap', 'ce que c est l imap', 'imap au juste',
    ],
    whatIsPop: [
      'c est quoi pop', 'c est quoi le pop', 'c quoi pop', 'c quoi le pop', 'c koi pop', 'cest quoi pop', 'qu est ce que pop', 'qu est ce que le pop',
      'qu est ce que c est pop', 'pop c est quoi', 'le pop c est quoi', 'pop ca veut dire quoi', 'pop veut dire quoi', 'que veut dire pop', 'que signifie pop',
      'pop signifie', 'ca veut dire quoi pop', 'expliquez moi pop', 'c est quoi pop3', 'pop3 c est quoi', 'definition de pop', 'a quoi sert pop',
      'pop sert a quoi', 'pop au juste', 'c quoi pop exactement', 'pop exactement',
    ],
    useBoth: ['utiliser les deux', 'les deux a la fois', 'pop et imap en meme temps', 'imap et pop en meme temps', 'melanger pop et imap', 'combiner pop et imap', 'pop sur un', 'imap sur un', 'imap sur mon telephone et pop', 'pop sur mon ordinateur et imap', 'pop sur mon ordi et imap', 'avoir les deux'],
    difference: [
      'difference', 'differences', 'la difference', 'quelle difference', 'c est quoi la difference', 'quelle est la difference', 'difference entre',
      'la difference entre', 'differencie', 'se differencient', 'pop vs imap', 'imap vs pop', 'pop contre imap', 'avantages', 'inconvenients', 'avantages et inconvenients',
      'les avantages', 'les inconvenients', 'comparaison', 'comparer', 'le pour et le contre', 'pour et contre', 'difference pop imap', 'diference',
    ],
    security: [
      'securise', 'securisee', 'securite', 'le plus sur', 'la plus sure', 'plus sur', 'plus sure', 'plus securise', 'le plus securise', 'sur pour mes donnees',
      'pirate', 'pirater', 'piratage', 'hacker', 'hackers', 'hacke', 'chiffre', 'chiffrement', 'crypte', 'cryptage', 'confidentialite', 'ssl', 'tls', 'protege',
      'protection', 'risque de piratage',
    ],
    serversPorts: [
      'port', 'ports', 'quels ports', 'numero de port', 'numeros de port', 'serveur imap', 'serveur pop', 'serveur smtp', 'le serveur smtp', 'le serveur imap',
      'le serveur pop', 'serveur entrant', 'serveur sortant', 'serveur de courrier entrant', 'serveur de courrier sortant', 'courrier entrant', 'courrier sortant',
      'smtp', 'nom du serveur', 'adresse du serveur', 'parametres du serveur', 'parametres serveur', 'reglages du serveur', 'parametres du serveur imap',
      'quel serveur', 'les serveurs', 'hote', 'nom d hote', 'hostname', '993', '995', '465', '587',
    ],
    switchSafely: [
      'perdre mes mails', 'perdre mes e mails', 'perdre mes messages', 'perdre mes emails', 'perdre mes courriels', 'je perds mes mails', 'je perds mes messages',
      'je vais perdre', 'je risque de perdre', 'risque de perdre', 'perdre', 'perds', 'perdu', 'perdus', 'perdre quelque chose', 'perdre des mails',
      'passer de pop a imap', 
      'changer de pop a imap', 'migrer', 'migration', 'mes anciens mails', 'anciens mails', 'vieux mails', 'mes vieux mails',
      'que deviennent mes mails', 'qu est ce qui arrive a mes mails', 'mes mails disparaissent', 'disparaitre', 'effaces', 'supprimes', 'garder mes mails',
      'conserver mes mails', 'sans risque', 'en toute securite',
    ],
    changeLater: [
      'changer plus tard', 'changer apres', 'changer ensuite', 'revenir en pop', 'revenir a pop', 'revenir en imap', 'revenir a imap', 'revenir en arriere plus tard',
      'plus tard', 'par la suite', 'definitif', 'c est definitif', 'irreversible', 'reversible', 'changer d avis', 'si ca me convient pas', 'si ca ne me convient pas',
      'si ca me plait pas', 'si ca ne me plait pas', 'pourrai changer', 'pourrais changer', 'pourrai revenir', 'pourrais revenir', 'faire marche arriere',
      'plus tard si', 'a l avenir',
    ],
    findAccountDate: [
      'quand j ai cree', 'quand j ai ouvert', 'quand j ai fait', 'quand il a ete cree', 'quand a ete cree', 'date de creation', 'la date de creation',
      'date de creation du compte', 'date d ouverture', 'date d inscription', 'comment savoir quand', 'comment je peux savoir quand', 'comment verifier la date',
      'comment je verifie la date', 'je verifie la date', 'verifier la date', 'trouver la date', 'je trouve la date', 'voir la date', 'ou trouver la date',
      'ou je trouve la date', 'ou est ce que je trouve la date', 'l age du compte', 'age du compte', 'anciennete du compte', 'anciennete', 'mail de bienvenue',
      'e mail de bienvenue', 'email de bienvenue', 'quand mon compte a ete cree', 'depuis quand j ai', 'comment savoir depuis quand', 'de quand date',
      'de quand date mon compte', 'date mon compte',
    ],
    whatIsSpamShield: [
      'c est quoi spamshield', 'c quoi spamshield', 'c koi spamshield', 'cest quoi spamshield', 'qu est ce que spamshield', 'spamshield c est quoi',
      'spamshield c est', 'spamshield ca sert a quoi', 'a quoi sert spamshield', 'ca sert a quoi spamshield', 'que fait spamshield', 'spamshield fait quoi',
      'c est le filtre anti spam', 'c est l anti spam', 'c est le truc', 'le truc qui', 'qui met les mails dans', 'indesirables', 'comment savoir si j ai spamshield',
      'comment je sais si j ai', 'est ce que j ai spamshield', 'j ai spamshield ou pas', 'c est quoi spam shield', 'c est quoi le spamshield',
    ],
  },
  whatIsThat: [
    'c est quoi', 'c est quoi ca', 'c quoi', 'c koi', 'c quoi ca', 'cest quoi', 'qu est ce que c est', 'qu est ce que ca', 'ca veut dire quoi', 'ca sert a quoi',
    'c est quoi ce truc', 'quoi ca', 'comment je peux le savoir', 'comment le savoir', 'comment savoir', 'comment je sais', 'comment je le sais', 'comment verifier',
    'comment je verifie', 'je verifie comment', 'ou je vois ca', 'ou voir ca', 'ou est ce que je vois ca', 'ou je trouve ca', 'ou trouver ca', 'comment on sait',
    'comment je fais pour savoir', 'je sais comment', 'c est a dire', 'c est a dire quoi', 'ce qui veut dire', 'qu entendez vous par la',
    'qu est ce que vous voulez dire', 'que voulez vous dire', 'vous voulez dire quoi', 'qu est ce que tu veux dire', 'tu veux dire quoi', 'ca veut dire quoi ca',
  ],
  smallTalk: {
    greeting: [
      'bonjour', 'bonjours', 'bjr', 'bonsoir', 'bsr', 'salut', 'slt', 'coucou', 'cc', 'hello', 'allo', 'allô', 'yo', 'hey', 'hi', 'bonjour a vous', 'bonjour bonjour',
      'salut salut', 'bonjour madame', 'bonjour monsieur', 'bonjour madame monsieur', 'bonjour madame ou monsieur', 'rebonjour', 're', 'rebonsoir', 'bien le bonjour',
      'salut a toi', 'salut a vous', 'bonjour tout le monde', 'bonjour le bot', 'salut le bot', 'bonjour ca va', 'salut ca va', 'cc ca va',
      'j ai une question', 'une question', 'petite question', 'j ai une petite question', 'j aurais une question', 'une petite question',
    ],
    thanks: [
      'merci', 'merci beaucoup', 'merci bien', 'merci mille fois', 'mille mercis', 'mille merci', 'merci infiniment', 'grand merci', 'un grand merci', 'mci', 'mrc',
      'thx', 'merci a vous', 'merci a toi', 'merci pour tout', 'merci pour votre aide', 'merci pour l aide', 'merci de votre aide', 'merci pour les infos',
      'merci pour l info', 'merci c est gentil', 'c est gentil', 'c est sympa', 'trop gentil', 'tres gentil', 'merci quand meme', 'ah dommage merci',
      'dommage merci', 'ok merci', 'd accord merci', 'super merci', 'parfait merci', 'top merci', 'nickel merci', 'genial merci', 'merci beaucoup pour votre aide',
      'merciii', 'mercii', 'je vous remercie', 'je te remercie', 'remerciements', 'vous m avez bien aide', 'ca m aide', 'ca m a aide', 'tres utile', 'merci ca m aide',
      'c est tres aimable', 'c est aimable', 'tres aimable', 'merci c est aimable', 'merci beaucoup c est tres aimable', 'merci c est tres aimable', 'vous etes tres aimable',
      'merci vous etes aimable', 'merci beaucoup c est gentil', 'merci c est tres gentil', 'c est tres gentil', 'merci infiniment c est tres aimable',
      'merci c est parfait', 'c est parfait merci', 'parfait merci beaucoup', 'merci beaucoup c est parfait', 'ok merci beaucoup c est parfait', 'ok merci c est parfait',
      'super merci beaucoup', 'merci beaucoup c est super', 'merci c est super', 'merci c est top', 'merci c est clair', 'c est clair merci',
    ],
    ok: [
      'ok', 'okay', 'oki', 'okk', 'ok ok', 'd accord', 'dac', 'd acc', 'dacc', 'daccord', 'entendu', 'compris', 'j ai compris', 'je vois', 'ah d accord', 'ah ok',
      'super', 'parfait', 'genial', 'top', 'nickel', 'cool', 'tres bien', 'bien', 'bon', 'bon ok', 'ca marche', 'ca roule', 'ca me va', 'impec', 'impeccable',
      'excellent', 'interessant', 'note', 'c est note', 'pas de souci', 'pas de probleme', 'ok super', 'ok parfait', 'ok cool', 'bien recu', 'ah bon', 'ah',
      'oui', 'ouais', 'ouai', 'oue', 'oui oui', 'ok oui', 'oui ok', 'soit', 'va bene',
    ],
    whichOne: [
      'pop ou imap', 'imap ou pop', 'pop ou bien imap', 'alors pop ou imap', 'donc pop ou imap', 'lequel', 'lequel alors', 'alors lequel', 'donc lequel',
      'lequel choisir', 'lequel je choisis', 'lequel je prends', 'lequel prendre', 'lequel est le mieux', 'lequel est mieux', 'c est quoi le mieux', 'quoi le mieux',
      'le mieux', 'c est lequel le mieux', 'le mieux entre', 'le meilleur', 'lequel est le meilleur', 'quel est le mieux', 'quel est le meilleur', 'je choisis quoi',
      'je prends quoi', 'je mets quoi pop ou imap', 'je mets pop ou imap', 'mettre pop ou imap', 'metre pop ou imap', 'dois mettre pop ou imap', 'choisir pop ou imap',
      'que me conseillez vous', 'que me conseilles tu', 'vous me conseillez quoi', 'tu me conseilles quoi', 'vous conseillez quoi', 'votre conseil', 'votre avis',
      'vous en pensez quoi', 'qu en pensez vous', 'que me recommandez vous', 'vous me recommandez quoi', 'votre recommandation', 'vous recommandez quoi',
      'quel protocole', 'quel protocole choisir', 'lequel me convient', 'lequel me correspond', 'c est quoi le mieux pour moi', 'le mieux pour moi', 'je dois passer en imap',
      'dois passer en imap', 'je dois mettre pop ou imap', 'passer en imap ou pas', 'je dois choisir quoi', 'quoi choisir', 'que choisir', 'pop ou imap pour',
      'si je mets pop ou imap', 'si je dois passer en imap', 'le mieux pop ou imap', 'mieux pop ou imap', 'quel choix', 'je fais quoi pop ou imap',
    ],
    other: [
      'ca va', 'comment ca va', 'comment allez vous', 'vous allez bien', 'tu vas bien', 'vous etes un robot', 'tu es un robot', 't es un robot', 'vous etes un bot',
      'tu es un bot', 'c est un robot', 'vous etes humain', 'tu es humain', 'vous etes une vraie personne', 'qui etes vous', 't es qui', 'tu es qui', 'comment tu t appelles',
      'lol', 'mdr', 'ptdr', 'haha', 'hahaha', 'hihi', 'xd', 'pfff', 'pff', 'bof', 'ouf', 'oh la la', 'ohlala', 'mon dieu', 'zut', 'mince', 'punaise', 'dommage',
      'ah dommage', 'quel dommage', 'c est nul', 'bot nul', 'robot nul', 't es nul', 'vous etes nul', 'il fait beau', 'il fait beau chez vous', 'quel temps fait il',
      'test', 'tester', 'essai', 'y a quelqu un', 'il y a quelqu un', 'vous etes la', 't es la', 'tu es la', 'bravo', 'c est genial', 'trop fort', 'tu es fort',
      'vous etes une ia', 'tu es une ia', 'c est chatgpt', 'tu es chatgpt',
    ],
  },
  languageNames: {
    en: [
      'anglais', 'en anglais', 'en anglais svp', 'en anglais s il vous plait', 'parlez anglais', 'parlez vous anglais', 'vous parlez anglais', 'tu parles anglais',
      'repondre en anglais', 'me repondre en anglais', 'vous pouvez me repondre en anglais', 'english', 'in english', 'english please', 'in english please',
      'speak english', 'do you speak english', 'auf englisch', 'en ingles',
    ],
    de: [
      'allemand', 'en allemand', 'en allemand svp', 'parlez allemand', 'parlez vous allemand', 'vous parlez allemand', 'german', 'in german', 'deutsch',
      'auf deutsch', 'auf deutsch bitte', 'deutsch bitte', 'sprechen sie deutsch', 'sprichst du deutsch', 'en aleman',
    ],
    fr: [
      'francais', 'en francais', 'en francais svp', 'en francais stp', 'francais svp', 'francais stp', 'en francais s il vous plait', 'en francais sil vous plait',
      'en francais merci', 'parlez vous francais', 'vous parlez francais', 'tu parles francais', 'parlez francais', 'parler francais', 'on peut parler francais',
      'repondez en francais', 'reponds en francais', 'french', 'in french', 'french please', 'auf franzosisch', 'en frances',
    ],
    es: [
      'espagnol', 'en espagnol', 'en espagnol svp', 'parlez vous espagnol', 'vous parlez espagnol', 'spanish', 'in spanish', 'espanol', 'en espanol',
      'en espanol por favor', 'castellano', 'auf spanisch',
    ],
  },
  numbers: {
    // no 'un', 'une': "une dizaine d'années" is about ten, not one to ten
    deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14,
    quinze: 15, seize: 16, vingt: 20, trente: 30, dizaine: 10, douzaine: 12, quinzaine: 15, vingtaine: 20, trentaine: 30, couple: 2,
  },
  ordinals: {
    premier: 1, premiere: 1, '1er': 1, '1ere': 1, '1re': 1, deuxieme: 2, second: 2, seconde: 2, '2e': 2, '2eme': 2, '2nd': 2, '2nde': 2, troisieme: 3,
    '3e': 3, '3eme': 3, quatrieme: 4, '4e': 4, '4eme': 4, cinquieme: 5, '5e': 5, '5eme': 5, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5,
    dernier: -1, derniere: -1,
  },
  pickWords: ['option', 'le', 'la', 'l', 'numero', 'num', 'no', 'n', 'reponse', 'choix', 'bouton', 'svp', 'stp', 'celle', 'celui', 'la reponse'],
  dates: {
    agoAfter: [],
    agoBefore: ['y', 'ya', 'fait', 'depuis', 'a', 'voila', 'bientot'],
    years: ['an', 'ans', 'annee', 'annees', 'anee', 'anees', 'piges', 'balais'],
    months: ['mois'],
    decades: ['decennie', 'decennies'],
    parts: {
      debut: [1, 4], commencement: [1, 4], mi: [5, 8], milieu: [5, 8], fin: [9, 12], courant: [1, 12],
      printemps: [3, 5], ete: [6, 8], automne: [9, 11], hiver: [1, 12], noel: [12, 12], paques: [3, 4], rentree: [9, 9],
      janvier: [1, 1], fevrier: [2, 2], mars: [3, 3], avril: [4, 4], mai: [5, 5], juin: [6, 6], juillet: [7, 7], aout: [8, 8],
      septembre: [9, 9], octobre: [10, 10], novembre: [11, 11], decembre: [12, 12],
      janv: [1, 1], fev: [2, 2], fevr: [2, 2], avr: [4, 4], juil: [7, 7], sept: [9, 9], oct: [10, 10], nov: [11, 11], dec: [12, 12],
    },
    lastYear: ['l annee derniere', 'l an dernier', 'annee derniere', 'an dernier', 'il y a un an', 'y a un an', 'l annee passee', 'annee passee', 'ca fait un an', 'fait un an', 'depuis un an'],
    moreThan: ['plus', 'au', 'minimum', 'bien', 'facile', 'bons', 'bonnes', 'largement'],
    lessThan: ['moins', 'pas', 'meme', 'a peine', 'peine'],
    between: ['ou', 'a', 'et'],
    decadeWords: ['annees', 'annee', 'les'],
    thousand: ['mille', 'mil'],
    // "j'ai acheté un nouvel ordi le mois dernier": a date, but the computer's
    dateHints: ['dernier', 'derniere', 'recemment', 'nouveau', 'nouvel', 'nouvelle', 'neuf', 'neuve', 'depuis', 'ans', 'mois', 'semaines', 'annee', 'annees', 'hier'],
    decadeParts: { debut: [0, 3], milieu: [3, 7], mi: [3, 7], fin: [7, 9] },
    thisYear: [
      'cette annee', 'ce mois ci', 'ce mois', 'le mois dernier', 'la semaine derniere', 'hier', 'aujourd hui', 'aujourdhui', 'il y a quelques semaines',
      'il y a quelques mois', 'il y a peu', 'recemment', 'tout recemment', 'avant hier', 'cette semaine', 'il y a deux mois', 'il y a 2 mois',
    ],
  },
};

// Command words are words of the language too: never "corrected" into another one ("annuler", "recommencer").
fr.commonWords.push(...Object.values(fr.commands).flat());
