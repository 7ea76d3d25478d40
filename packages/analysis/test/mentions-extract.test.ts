import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findNames } from "../src/mentions/find-names.ts";
import { extractMentions } from "../src/mentions/extract-mentions.ts";
import { segmentClaims } from "../src/segment/segment-claims.ts";
import { findReferenceDate } from "../src/segment/find-reference-date.ts";
import type { DateValue, NameValue, NumberValue } from "../src/types.ts";

const seed = (prefix: string) => {
  const file = [
    "000_461ea24fbf47d266",
    "001_acb6da21a0999456",
    "002_b2eadd2c91b0bb17",
    "003_6426592a57a81fb1",
    "004_be3693e29a9c8e21",
  ].find((f) => f.startsWith(prefix));
  return { id: prefix, text: readFileSync(new URL(`../../../seeds/${file}.txt`, import.meta.url), "utf8") };
};
const names = (text: string) => findNames(text).map((n) => `${n.type}:${n.name}${n.role ? `/${n.role}` : ""}`);

describe("findNames", () => {
  it("separates titles and nationality from the name", () => {
    expect(names("Belarusian President Alexander Lukashenko plans a visit.")).toEqual(["person:Alexander Lukashenko/President"]);
    expect(names("Iran's Supreme Leader Ali Khamenei met Belarusian Foreign Minister Vladimir Makei.")).toEqual([
      "place:Iran",
      "person:Ali Khamenei/Supreme Leader",
      "person:Vladimir Makei/Foreign Minister",
    ]);
    expect(names("In July 2023, Belarusian Defence Minister Viktor Khrenin signed it.")).toEqual([
      "person:Viktor Khrenin/Defence Minister",
    ]);
  });

  it("reads the country a role serves from a demonym or a possessive before the title", () => {
    const countries = (text: string) =>
      findNames(text)
        .filter((n) => n.role)
        .map((n) => `${n.name}/${n.roleCountry}`);
    expect(countries("Iran's Supreme Leader Ali Khamenei met Belarusian Foreign Minister Vladimir Makei.")).toEqual([
      "Ali Khamenei/Iran",
      "Vladimir Makei/Belarus",
    ]);
    expect(countries("Later the United States' Ambassador Ned Price spoke.")).toEqual(["Ned Price/United States"]);
    expect(countries("Belarus President Lukashenko and Turkey's President Recep Erdogan spoke.")).toEqual([
      "Lukashenko/Belarus",
      "Recep Erdogan/Türkiye",
    ]);
    // a demonym shared with a territory names the country: "American" is the United States
    expect(countries("The American Ambassador Ned Price spoke.")).toEqual(["Ned Price/United States"]);
    expect(countries("Foreign Minister Abbas Araghchi arrived.")).toEqual(["Abbas Araghchi/null"]);
  });

  it("splits a place run into a titled name without a comma between them, but not a body named after a place", () => {
    expect(names("During the current visit to Belarus Iranian President Masoud Pezeshkian thanked him.")).toEqual([
      "place:Belarus",
      "person:Masoud Pezeshkian/President",
    ]);
    expect(names("After talks in Minsk President Alexander Lukashenko spoke.")).toEqual([
      "place:Minsk",
      "person:Alexander Lukashenko/President",
    ]);
    expect(names("He studied at Moscow State University and the Belarus Trade Union Federation.")).toEqual([
      "organization:Moscow State University",
      "organization:Belarus Trade Union Federation",
    ]);
  });

  it("reads a role set after the name, between commas, with its country", () => {
    const roles = (text: string) =>
      findNames(text)
        .filter((n) => n.type === "person")
        .map((n) => `${n.name}/${n.role}/${n.roleCountry}`);
    expect(roles("Abbas Araghchi, Iran's foreign minister, met Sergei Lavrov, the Russian foreign minister.")).toEqual([
      "Abbas Araghchi/Foreign Minister/Iran",
      "Sergei Lavrov/Foreign Minister/Russia",
    ]);
    expect(roles("He met Ebrahim Raisi, the president of Iran, and Hassan Rouhani, the former Iranian president.")).toEqual([
      "Ebrahim Raisi/President/Iran",
      "Hassan Rouhani/former President/Iran",
    ]);
    // a counterpart of a person is no role of a country, and "the president said" is no appositive
    expect(roles("Masoud Pezeshkian, Lukashenko's counterpart, arrived. Then Lukashenko, the president said, left.")).toEqual(
      expect.arrayContaining(["Masoud Pezeshkian/null/null", "Lukashenko/null/null"]),
    );
    expect(
      roles("Masoud Pezeshkian, Lukashenko's counterpart, arrived. Then Lukashenko, the president said, left.").filter(
        (r) => !r.endsWith("/null/null"),
      ),
    ).toEqual([]);
  });

  it("marks a role the person no longer holds", () => {
    expect(names("The former Iranian President Hassan Rouhani said it. Former President Mohammad Khatami agreed.")).toEqual([
      "person:Hassan Rouhani/former President",
      "person:Mohammad Khatami/former President",
    ]);
  });

  it("keeps an initial with its surname", () => {
    expect(names("At that time, President A. Lukashenko emphasised it.")).toEqual(["person:A. Lukashenko/President"]);
  });

  it("types acronyms and named bodies as organisations", () => {
    expect(names("forums such as BRICS, the SCO, the EAEU, the IAEA and BelTA")).toEqual(
      ["BRICS", "SCO", "EAEU", "IAEA", "BelTA"].map((n) => `organization:${n}`),
    );
    expect(names("within the United Nations Organization, the Shanghai Cooperation Organization and the Eurasian Economic Union")).toEqual([
      "organization:United Nations Organization",
      "organization:Shanghai Cooperation Organization",
      "organization:Eurasian Economic Union",
    ]);
  });

  it("finds places from the gazetteer and from context", () => {
    expect(names("Talks in Tehran, Minsk and Moscow involved Iran and Belarus.")).toEqual(
      ["Tehran", "Minsk", "Moscow", "Iran", "Belarus"].map((n) => `place:${n}`),
    );
    expect(names("The leaders met in the Russian city of Kazan; the SCO met in Samarkand.")).toEqual([
      "place:Kazan",
      "organization:SCO",
      "place:Samarkand",
    ]);
  });

  it("does not run a person or a country into a neighbouring name", () => {
    expect(names("News that Dr. Sanjay Gupta of Emory University may go")).toEqual([
      "person:Sanjay Gupta/Dr",
      "organization:Emory University",
    ]);
    expect(names("negotiations in the Palace of Independence Belarus and Iran have signed")).toEqual([
      "place:Palace of Independence",
      "place:Belarus",
      "place:Iran",
    ]);
    expect(names("the Islamic Republic of Iran and the Charter of the United Nations")).toEqual([
      "place:Islamic Republic of Iran",
      "organization:Charter of the United Nations",
    ]);
  });

  it("ignores sentence-initial ordinary words and lone nationality adjectives", () => {
    expect(names("The talks went well. However, Belarusian officials waited. Nevertheless, Iranian firms came.")).toEqual([]);
  });

  it("recognises a bare surname and its spelling variant once the full name is known", () => {
    const found = findNames("Alexander Lukashenko arrived. Lukashenka, who arrived last night, met Raisi.");
    expect(found.filter((n) => n.type === "person").map((n) => n.name)).toEqual(["Alexander Lukashenko", "Lukashenka"]);
  });
});

describe("extractMentions on the seeds", () => {
  it("gives 002 mentions with claim ids, roles and resolved dates", () => {
    const a = seed("002");
    const claims = segmentClaims(a);
    const ms = extractMentions(a, claims, findReferenceDate(a));
    ms.forEach((m, i) => {
      expect(m.id).toBe(`002:m${i}`);
      expect(a.text.slice(m.start, m.end)).toBe(m.text);
      if (i > 0) expect(m.start).toBeGreaterThanOrEqual(ms[i - 1]!.start);
      const c = claims.find((x) => x.id === m.claimId);
      if (c) expect(m.start >= c.start && m.end <= c.end).toBe(true);
    });
    const aug = ms.find((m) => m.type === "date" && m.text === "20 August");
    expect(aug?.normalized).toEqual({ start: "2025-08-20", end: "2025-08-20", precision: "day" } satisfies DateValue);
    expect(aug?.claimId).toBe(claims[1]?.id);
    // The day of "20 August" is not also a number.
    expect(ms.some((m) => m.type === "number" && m.text === "20")).toBe(false);
    const pez = ms.find((m) => m.type === "person" && (m.normalized as NameValue).name === "Masoud Pezeshkian" && m.role);
    expect(pez?.role).toBe("President");
    const hours = ms.find((m) => m.type === "number" && m.text.includes("four"));
    expect(hours?.normalized).toMatchObject({ value: 4, unit: "hour" } satisfies Partial<NumberValue>);
    // Dateline furniture yields mentions outside any claim.
    expect(ms.find((m) => m.text === "20 August 2025, 16:28")?.claimId).toBeNull();
  });

  it("resolves 001's mid-March against a known reference", () => {
    const a = { ...seed("001"), publishedAt: "2023-02-11" };
    const ms = extractMentions(a, segmentClaims(a), findReferenceDate(a));
    const mid = ms.filter((m) => m.type === "date" && m.text === "mid-March");
    expect(mid).toHaveLength(3);
    expect(mid[0]?.normalized).toEqual({ start: "2023-03-11", end: "2023-03-20", precision: "part-of-month" });
    const autumn = ms.find((m) => m.type === "date" && m.text.includes("autumn"));
    expect(autumn?.normalized).toMatchObject({ start: "2022-09-01", end: "2022-11-30" });
    expect(ms.find((m) => m.text === "44th")?.normalized).toMatchObject({ value: 44, unit: "ordinal" });
  });

  it("finds 004's range, years and people", () => {
    const a = seed("004");
    const ms = extractMentions(a, segmentClaims(a), findReferenceDate(a));
    expect(ms.find((m) => m.text === "2023–2026")?.normalized).toMatchObject({
      precision: "range",
      start: "2023-01-01",
      end: "2026-12-31",
    });
    expect(ms.some((m) => m.type === "number" && /2023|2024|2026/.test(m.text))).toBe(false);
    expect(ms.find((m) => m.type === "person" && m.text === "A. Lukashenko")?.role).toBe("President");
    expect(ms.find((m) => m.text.includes("30"))?.normalized).toMatchObject({ value: 30, unit: "year", approx: "more-than" });
  });
});
