// talisman ships CommonJS without type declarations; only the entry points used here are typed.
declare module "talisman/metrics/jaro-winkler.js" {
  const jaroWinkler: (a: string, b: string) => number;
  export default jaroWinkler;
}
declare module "talisman/keyers/fingerprint.js" {
  const fingerprint: ((text: string) => string) & { ngramsFingerprint: (n: number, text: string) => string };
  export default fingerprint;
}
