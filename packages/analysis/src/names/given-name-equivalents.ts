// Given names whose Belarusian, Ukrainian, Russian, Arabic or English forms differ by more than
// spelling (M/N in Mikalai/Nikolai, Yauhen/Yevgeny), so no phonetic key can relate them.
const GROUPS: string[][] = [
  ["nikolai", "nikolay", "mikalai", "mikalay", "mykola", "mikola", "nicholas", "nikola"],
  ["evgeni", "evgeny", "evgenii", "yevgeny", "yevgeni", "yevgeniy", "yauhen", "yauheni", "yevhen", "evhen", "eugene"],
  ["dmitri", "dmitry", "dmitriy", "dzmitry", "dzmitri", "zmitser", "dmytro"],
  ["olga", "volha", "olha"],
  ["anna", "hanna", "ganna"],
  ["egor", "yegor", "yahor", "georgi", "georgy", "george", "georges", "jurj", "jirji"],
  ["yosif", "iosif", "iosef", "joseph", "yusuf", "youssef", "yousef"],
  ["elena", "yelena", "alena", "helen", "olena", "alyona"],
  ["peter", "petr", "pyotr", "piotr", "petro", "petar"],
  ["alexei", "aleksei", "aleksey", "alexey", "oleksiy", "oleksii", "aliaksei", "alyaksei", "alexsei", "alexsey"],
  ["stepan", "stsiapan", "stiapan", "sciapan", "stefan", "steven"],
  ["yakov", "jakob", "yakub", "jacob"],
  ["mikhail", "mikhael", "mykhailo", "mikhas", "michael", "mikail"],
];

const CANONICAL = new Map<string, string>(GROUPS.flatMap((g) => g.map((n) => [n, g[0] as string] as [string, string])));

/** A shared identifier for given names known to be one name in another language, or null. */
export function canonicalGivenName(token: string): string | null {
  return CANONICAL.get(token) ?? null;
}
