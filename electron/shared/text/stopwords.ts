/** Words that carry no need, in Dutch and English; never matched fuzzily. */
export const STOPWORDS = new Set(
  `de het een en of in op aan van voor met bij naar om te tot uit over door als dan dat die dit deze wat wie waar hoe
  wij we ons onze mijn ik jij je u hun zij ze hij is zijn was waren wordt worden word heb hebben heeft had kan kunnen
  wil willen wilt zou zouden moet moeten graag meer minder veel weinig nog ook maar niet geen wel al er hier daar zo
  zoeken zoek zoekt nodig hulp helpen iets alles bedrijf bedrijven klein kleine groot grote nieuwe nieuw goed beter
  the a an and or in on at of for with by to from about as than that this these those what who where how we our us my
  i you your they their he she it is are was were be been being have has had can could want wants would should must
  need needs needed looking look help some more less much many also but not no yes all any here there so company
  companies small large new better good get make making like
  maken doen krijgen gaan komen kunnen laten zien vinden staan zetten houden geven nemen bieden graag eigen onze
  goedkoper goedkoop duur sneller snel makkelijker makkelijk vaak soms altijd nooit heel erg echt gewoon even
  cheaper faster easier often sometimes always very really just find put keep give take offer
  zelf zonder ander andere anders per juiste juist welke welk waarmee daarvan daarmee omdat zodat waarom precies liefst
  own out right use used using which whose without other others same
  elke elk ieder iedere allemaal iemand niemand niets niks ergens nergens dus want toch nu nou alleen echter eens
  misschien ongeveer bijna tijdens sinds waardoor hierbij hiervoor daarvoor daarbij erin ermee erop steeds opnieuw
  weer haar hem mij me mn zn jullie zich zelfs nogal beetje paar sommige enkele verschillende via uw jouw
  into onto them then when while because since every each again still too its dont doesnt didnt cant cannot isnt
  arent wasnt wont im ive weve theyre youre lets will shall may might do does did done doing only even ever quite
  rather lot lots bit few several various whether
  meteen straks vooral inmiddels ineens opeens voortaan alvast
  bouwen bouwt gebouwd`.split(/\s+/),
);

/**
 * Words of time, manner and talk that name no subject ("first", "during", "eerst", "plek", "mensen"):
 * what is left of a question after the concepts is searched in the records' text and listed as not
 * recognised without them. They stay words for everything else ("tijd besparen", "mensen opleiden" and
 * "klanten koppelen" are still read), and the records' text keeps them.
 */
export const NO_SUBJECT = new Set(
  `first time times come comes coming during before after way ways day days year years week weeks month months
  thing things today yet enough around along well able sure already actually probably maybe perhaps
  especially usually almost far whole entire end try trying tried see seeing know knows knew think thinking go
  going goes let ask asked says said told idea ideas problem problems question questions possible possibly
  currently such example instance top kind sort stuff place places back side
  eerst eerste tijd keer keren dag dagen jaar jaren week weken maand maanden ding dingen vandaag genoeg rond
  zeker eigenlijk waarschijnlijk meestal ver hele geheel kant manier soort soorten elkaar weten denken vraag
  vragen probleem problemen mogelijk mogelijkheden bijvoorbeeld zoals momenteel daarin verder vol goede lang
  lange kort hoog zit zitten gaat komt doet kijken proberen werk werken mensen klanten klant plek hand handen
  tegen gewone vanwege dichtbij buurt idee`.split(/\s+/),
);
