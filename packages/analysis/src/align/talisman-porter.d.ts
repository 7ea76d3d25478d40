// talisman ships CommonJS without type declarations; the default export may arrive wrapped
// depending on the loader's CommonJS interop, hence the union.
declare module "talisman/stemmers/porter.js" {
  const porter: ((word: string) => string) | { default: (word: string) => string };
  export default porter;
}
