// Function words and reporting verbs that say nothing about which fact a sentence reports.
// A short fixed list is enough here: IDF already demotes topic-wide words.
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be because been before being
  below between both but by can could did do does doing down during each few for from further had has
  have having he her here hers herself him himself his how i if in into is it its itself just me more
  most my myself no nor not now of off on once only or other our ours ourselves out over own same she
  should so some such than that the their theirs them themselves then there these they this those
  through to too under until up very was we were what when where which while who whom why will with
  would you your yours yourself yourselves upon may might must shall us via per within without
  said says say saying told tells according stated stressed noted added emphasized emphasised
  mr mrs ms dr also however therefore thus yet still even though although whether either neither
  one's it's 's s t don't can't won't isn't aren't wasn't weren't let well get got`
    .split(/\s+/)
    .filter(Boolean),
);
