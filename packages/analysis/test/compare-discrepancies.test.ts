import { describe, expect, it } from "vitest";
import { findDiscrepancies } from "../src/compare/find-discrepancies.ts";
import { extractMentions } from "../src/mentions/extract-mentions.ts";
import { buildEntities } from "../src/entities/build-entities.ts";
import type { Claim, Entity } from "../src/types.ts";

/** Two or more one-sentence articles, analysed with the real mention finder, compared as one group. */
function compare(texts: string[], reference = "2025-08-20") {
  const claims: Claim[] = texts.map((text, i) => ({
    id: `a${i}:c0`,
    articleId: `a${i}`,
    index: 0,
    start: 0,
    end: text.length,
    text,
    kind: "sentence",
  }));
  const mentions = claims.flatMap((c) => extractMentions({ id: c.articleId, text: c.text }, [c], reference));
  const entityOfMention = new Map<string, Entity>();
  for (const e of buildEntities(mentions)) for (const id of e.mentionIds) entityOfMention.set(id, e);
  return findDiscrepancies(claims, mentions, entityOfMention);
}

describe("discrepancies compare values by meaning", () => {
  it("finds no number conflict between “more than 30 years” and “Thirty years”", () => {
    const found = compare([
      "The two states have more than 30 years of cooperation.",
      "Thirty years after the start of relations, the states cooperate.",
    ]);
    expect(found.filter((d) => d.kind === "number")).toEqual([]);
  });

  it("reports “two-day” against “three-day” as a number conflict with both values", () => {
    const found = compare(["Lukashenko arrived on a two-day visit.", "Lukashenko arrived on a three-day visit."]);
    const number = found.find((d) => d.kind === "number");
    expect(number).toMatchObject({ severity: "conflict" });
    expect(number?.values.map((v) => v.text)).toEqual(["two-day", "three-day"]);
    expect(number?.explanation).toContain("two-day");
  });

  it("treats “mid-March” and “13 March” as compatible, but “July 2023” and “August 2023” as a date conflict", () => {
    expect(
      compare(["The visit took place in mid-March 2023.", "The visit took place on 13 March 2023."]).filter((d) => d.kind === "date"),
    ).toEqual([]);
    const conflict = compare(["The memorandum was signed in July 2023.", "The memorandum was signed in August 2023."]).find(
      (d) => d.kind === "date",
    );
    expect(conflict?.severity).toBe("conflict");
    expect(conflict?.values.map((v) => v.normalized)).toEqual([
      { start: "2023-07-01", end: "2023-07-31", precision: "month" },
      { start: "2023-08-01", end: "2023-08-31", precision: "month" },
    ]);
  });

  it("reports “postponed” against “cancellation” as wording, with the words marked in each claim", () => {
    const texts = [
      "The trip was postponed due to the events in the Middle East.",
      "He travelled despite the cancellation of his earlier visit.",
    ];
    const wording = compare(texts).find((d) => d.kind === "wording");
    expect(wording?.values.map((v) => v.text)).toEqual(["postponed", "cancellation"]);
    const [first] = wording!.values;
    expect(texts[0]!.slice(first!.start, first!.end)).toBe("postponed");
  });

  it("never reports British and American spellings of a word", () => {
    expect(
      compare([
        "President Lukashenko emphasised the importance of the visit.",
        "President Lukashenko emphasized the importance of the visit.",
      ]),
    ).toEqual([]);
  });

  it("reports spellings of one name as a variant, but not an initial or a shortening", () => {
    const variant = compare(["Alexander Lukashenko met Masoud Pezeshkian.", "Aleksandr Lukashenko met Masoud Pezeshkian."]).find(
      (d) => d.kind === "name-spelling",
    );
    expect(variant?.severity).toBe("variant");
    expect(variant?.values.map((v) => v.text)).toEqual(["Alexander Lukashenko", "Aleksandr Lukashenko"]);
    expect(
      compare(["President A. Lukashenko met Masoud Pezeshkian.", "President Aleksandr Lukashenko met Masoud Pezeshkian."]).filter(
        (d) => d.kind === "name-spelling",
      ),
    ).toEqual([]);
  });

  it("reports a different person in the same role", () => {
    const person = compare(["Foreign Minister Vladimir Makei spoke with Iran.", "Foreign Minister Sergei Aleinik spoke with Iran."]).find(
      (d) => d.kind === "person",
    );
    expect(person?.severity).toBe("conflict");
    expect(person?.explanation).toMatch(/Makei.*Aleinik/);
  });

  it("tells the foreign ministers of two countries apart when finding a different person in a role", () => {
    const person = (texts: string[]) =>
      compare(texts)
        .filter((d) => d.kind === "person")
        .map((d) => d.explanation);
    // each claim names both ministers, so only the country of the role tells which one differs
    expect(
      person([
        "Iranian Foreign Minister Abbas Araghchi met Belarusian Foreign Minister Maxim Ryzhenkov in Minsk.",
        "Iran's Foreign Minister Hossein Amir-Abdollahian met Belarusian Foreign Minister Maxim Ryzhenkov in Minsk.",
      ]),
    ).toEqual(["Different people are named as Iran’s foreign minister: Abbas Araghchi vs Hossein Amir-Abdollahian."]);
    // the same, with the roles set after the names
    expect(
      person([
        "Abbas Araghchi, Iran's foreign minister, met Maxim Ryzhenkov, the Belarusian foreign minister, in Minsk.",
        "Hossein Amir-Abdollahian, the Iranian foreign minister, met Maxim Ryzhenkov, Belarus's foreign minister, in Minsk.",
      ]),
    ).toEqual(["Different people are named as Iran’s foreign minister: Abbas Araghchi vs Hossein Amir-Abdollahian."]);
    // the same two countries' ministers, both the same people: nothing differs
    expect(
      person([
        "Iranian Foreign Minister Abbas Araghchi met Belarusian Foreign Minister Maxim Ryzhenkov.",
        "Belarusian Foreign Minister Maxim Ryzhenkov received Iran's Foreign Minister Abbas Araghchi.",
      ]),
    ).toEqual([]);
    // a former holder is not a second holder
    expect(
      person([
        "Iranian President Masoud Pezeshkian met former Iranian President Hassan Rouhani in Tehran.",
        "Iranian President Masoud Pezeshkian met Lukashenko in Tehran.",
      ]),
    ).toEqual([]);
    // offices change hands: dated claims a year or more apart name two holders, not a contradiction
    expect(
      person([
        "Iranian President Ebrahim Raisi met Lukashenko in Tehran on 13 March 2023.",
        "Iranian President Masoud Pezeshkian met Lukashenko in Minsk on 20 August 2025.",
      ]),
    ).toEqual([]);
    expect(
      person([
        "Iranian President Ebrahim Raisi met Lukashenko in Minsk on 20 August 2025.",
        "Iranian President Masoud Pezeshkian met Lukashenko in Minsk on 20 August.",
      ]),
    ).toHaveLength(1);
    // days apart across New Year are not years apart
    expect(
      person([
        "Iranian President Ebrahim Raisi met Lukashenko in Minsk on 30 December 2023.",
        "Iranian President Masoud Pezeshkian met Lukashenko in Minsk on 2 January 2024.",
      ]),
    ).toHaveLength(1);
    // a role without its country is not taken to be the only country's role the other claims name
    expect(person(["Iranian President Masoud Pezeshkian arrived in Minsk.", "President A. Lukashenko met the guest in Minsk."])).toEqual(
      [],
    );
    // a role without its country takes the country its person has in another claim
    const lookup = compare([
      "Iranian Foreign Minister Abbas Araghchi arrived in Minsk.",
      "Iranian Foreign Minister Hossein Amir-Abdollahian arrived in Minsk.",
      "Foreign Minister Hossein Amir-Abdollahian met the press in Minsk.",
    ]).find((d) => d.kind === "person");
    expect(lookup?.values.map((v) => v.claimId)).toEqual(["a0:c0", "a1:c0", "a2:c0"]);
  });

  it("reads the contrasting words in any inflection, and names the kind of contrast", () => {
    const kinds = (texts: string[]) =>
      compare(texts)
        .filter((d) => d.kind === "wording")
        .map((d) => `${d.severity}: ${d.explanation}`);
    expect(kinds(["Organisers are postponing the summit.", "Organisers cancel the summit."])).toEqual([
      expect.stringMatching(/^minor: .*postponing.*cancel/),
    ]);
    expect(kinds(["Exports are declining.", "Exports are rising."])).toEqual([expect.stringMatching(/^conflict: .*a rise and a fall/)]);
    expect(kinds(["The president praised the agreement.", "The president criticised the agreement."])).toEqual([
      expect.stringMatching(/^conflict: .*support and opposition/),
    ]);
  });

  it("does not read a noun as the verb of a contrast", () => {
    // "visit" is not "visited", "support" is not "supported": neither claim says the visit happened or that anyone backed anything
    expect(
      compare(["The visit was postponed amid military support for Russia.", "He skipped the summit and condemned the strikes."]).filter(
        (d) => d.kind === "wording" && /happen|support/.test(d.explanation),
      ),
    ).toEqual([]);
  });

  it("reports a different organisation as the agent of the same act", () => {
    const organization = compare([
      "The agreement was signed by the Eurasian Economic Union.",
      "The agreement was signed by the Shanghai Cooperation Organisation.",
    ]).find((d) => d.kind === "organization");
    expect(organization?.explanation).toMatch(/Eurasian Economic Union vs Shanghai Cooperation Organisation/);
  });

  it("reports a different place of the same event", () => {
    const place = compare(["The presidents held talks in Minsk on Wednesday.", "The presidents held talks in Tehran on Wednesday."]).find(
      (d) => d.kind === "place",
    );
    expect(place?.values.map((v) => v.text)).toEqual(["Minsk", "Tehran"]);
  });
});
