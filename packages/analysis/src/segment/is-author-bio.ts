const PROFESSION =
  "(?:journalist|reporter|correspondent|writer|editor|columnist|contributor|author|freelancer|blogger|staff writer|news writer)";
// "Anna White is a journalist at 247 News Reel", "John Smith is the senior editor of …",
// "She writes on world news …": a named person presented by profession at/for an outlet.
const BIO = new RegExp(`^(?:[A-Z][\\p{L}'’-]+\\s){1,3}(?:is|has been|was)\\s+(?:an?|the)\\s+(?:[\\p{L}-]+\\s){0,3}${PROFESSION}s?\\b`, "u");
const SELF = /^(?:He|She|They) (?:writes|covers|reports) (?:on|about|for)\b/;

export function isAuthorBio(firstSentence: string): boolean {
  return BIO.test(firstSentence) || SELF.test(firstSentence);
}
