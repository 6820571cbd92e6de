/** The definitions of the combination figures (issue 17, seed 004), as the report and docs/statistics.md state them. */
type Text = { sv: string; en: string };
export const COMBINATION_DEFINITIONS: Record<
  'combination' | 'people' | 'exitsToWorkOrStudies' | 'returnToAssistance' | 'bipChange' | 'folding',
  Text
> = {
  combination: {
    sv:
      'Kombination = för inskrivningar vid enheten (AME-enheten) med avslut i perioden och minst en placering: ' +
      'parallellt när två placeringar av olika insatstyper pågick samma dag minst en dag (en placering pågår från start ' +
      'till faktiskt slut, eller avslutsdagen om den var öppen); kombinationen är då de typer som pågick samtidigt som en ' +
      'annan typ. Annars en i taget (stegvis, trappstegsmodell) med alla inskrivningens typer. Typerna sorteras efter namn.',
    en:
      'Combination = for enrolments of the unit (the AME unit) exited in the period with at least one placement: ' +
      'parallel when two placements of different intervention types ran on the same day for at least one day (a ' +
      'placement runs from its start to its actual end, or the exit day if it was open); the combination is then the ' +
      'types that ran at the same time as another type. Otherwise one at a time (stepwise, trappstegsmodell) with all ' +
      'the enrolment’s types. Types sorted by name.',
  },
  people: {
    sv:
      'Personer = unika personer bland avsluten med kombinationen (en person med två avslut i perioden räknas i båda ' +
      'kombinationerna). Övriga kombinationer, jämförelseraderna och Totalt räknar de unika personerna bland alla sina ' +
      'avslut: en person med två avslut räknas där en gång.',
    en:
      'People = distinct people among the exits with the combination (a person with two exits in the period counts in ' +
      'both combinations). Other combinations, the comparison rows and the total count the distinct people among all ' +
      'their exits: a person with two exits counts once there.',
  },
  exitsToWorkOrStudies: {
    sv:
      'Avslut till arbete eller studier (%) = avslut med kategori A eller B / alla avslut med kombinationen. Visas bara när ' +
      'täljaren, nämnaren och resten (nämnare − täljare) vardera är noll eller minst fem.',
    en:
      'Exits to work or studies (%) = exits with category A or B / all exits with the combination. Shown only when the ' +
      'numerator, the denominator and the rest (denominator − numerator) are each zero or at least five.',
  },
  returnToAssistance: {
    sv:
      'Åter till försörjningsstöd inom 12 månader (%) = avslut där en gällande period av försörjningsstöd började efter ' +
      'avslutsdagen och inom 12 månader / avslut vars 12 månader har gått (nämnaren). Döljs när täljare, nämnare eller resten (nämnare − täljare) beskriver en till fyra personer.',
    en:
      'Back on försörjningsstöd within 12 months (%) = exits after which a current period of assistance started after ' +
      'the exit day and within 12 months / exits whose 12 months have passed (the denominator). Hidden when one to four ' +
      'people in the numerator, the denominator or the rest (denominator − numerator).',
  },
  bipChange: {
    sv:
      'BIP-förändring, totalpoäng = medelvärdet av (summan av poängen i inskrivningens sista fullständiga, ej ersatta ' +
      'bedömning − i dess första), över de frågor som har poäng i båda; två olika bedömningar på samma skala. Inskrivningar ' +
      'med färre än två sådana bedömningar räknas inte. Döljs under fem personer.',
    en:
      'BIP change, total score = the mean of (the sum of the scores in the enrolment’s last complete, not superseded ' +
      'assessment − in its first), over the items scored in both; two different assessments on the same scale. ' +
      'Enrolments with fewer than two such assessments are not counted. Hidden under five people.',
  },
  folding: {
    sv:
      'Vanligaste först: kombinationer med minst fem personer visas var för sig; övriga läggs i "övriga kombinationer" för ' +
      'sitt sätt (parallellt, en i taget). Jämförelseraden parallellt mot en i taget summerar alla kombinationer av ' +
      'sättet. Röjandeskyddet körs på tabellen av raderna bredvid summorna: en visad kombination som skulle låta en ' +
      'övrig-rad med en till fyra personer räknas fram läggs också bland de övriga, och det som ännu är litet döljs; en ' +
      'övrig-rad räknas då i sina unika personer (en person med avslut i två av dess kombinationer är en). ' +
      'Samma regel körs på varje täljare och nämnare i unika personer (avslut A/B, avslut vars 12 månader gått, åter ' +
      'till försörjningsstöd, personer med BIP, och resten av varje andel) för raderna bredvid summorna. Avsluten utan ' +
      'placering i samma enhet och period (som Koladas avslut och flödet räknar med) är en dold del bredvid summan av ' +
      'alla avslut: beskriver de en till fyra personer döljs Totalt, och ett sätt och en rad, så att de inte kan räknas ' +
      'fram som skillnaden.',
    en:
      'Most common first: combinations of at least five people show on their own; the rest go into "other ' +
      'combinations" of their mode (parallel, one at a time). The comparison row parallel vs one at a time sums all the ' +
      'combinations of the mode. The small-number rule runs on the table of the rows beside their totals: a shown ' +
      'combination that would let an "other" row of one to four people be had by subtraction is folded too, and what ' +
      'is still small is hidden; an "other" row counts in its distinct people there (a person with exits in two of its ' +
      'combinations is one). The same rule runs on each numerator and denominator in distinct people (exits A/B, exits ' +
      'whose 12 months have passed, back on assistance, people with BIP, and the rest of each share) for the rows ' +
      'beside their totals. The exits without a placement of the same unit and period (which Kolada’s exits and the flow count) are ' +
      'a hidden member beside the total of all exits: when they describe one to four people, the total hides, and a ' +
      'mode and a row, so that they cannot be had as the difference.',
  },
};
