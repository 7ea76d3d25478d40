import { describe, expect, it } from "vitest";
import { parseNumbers } from "../src/numbers/parse-numbers.ts";
import { compareNumbers } from "../src/numbers/compare-numbers.ts";

const only = (text: string) => {
  const found = parseNumbers(text);
  expect(found).toHaveLength(1);
  const n = found[0]!;
  expect(text.slice(n.start, n.end)).toBe(n.text);
  return n;
};

describe("parseNumbers", () => {
  it.each([
    ["who arrived on a two-day visit", 2, "day", "exact"],
    ["talks that lasted almost four hours", 4, "hour", "less-than"],
    ["the trade has increased fivefold.", 5, "times", "exact"],
    ["the trade has quadrupled", 4, "times", "exact"],
    ["exports doubled", 2, "times", "exact"],
    ["over their 30-year history", 30, "year", "exact"],
    ["connected by more than 30 years of cooperation", 30, "year", "more-than"],
    ["over their slightly more than 30-year history", 30, "year", "more-than"],
    ["against Iran for over 40 years.", 40, "year", "more-than"],
    ["“Thirty years after the start", 30, "year", "exact"],
    ["thirty-five people came", 35, "person", "exact"],
    ["the 44th anniversary of the Islamic Revolution", 44, "ordinal", "exact"],
    ["to hold the eighth meeting of the commission", 8, "ordinal", "exact"],
    ["a rise of 12.5% in exports", 12.5, "percent", "exact"],
    ["some 1,500 tonnes", 1500, "tonne", "about"],
    ["trade reached $2bn last year", 2e9, "USD", "exact"],
    ["a €1.5m grant", 1.5e6, "EUR", "exact"],
    ["1.5 billion US dollars in trade", 1.5e9, "USD", "exact"],
    ["a deal worth 2 billion dollars", 2e9, "USD", "exact"],
    ["half a million tonnes of wheat", 5e5, "tonne", "exact"],
    ["at least a dozen agreements", 12, "agreement", "at-least"],
    ["hundreds of protesters gathered", 200, "protester", "about"],
  ])("%s", (text, value, unit, approx) => {
    expect(only(text).value).toMatchObject({ value, unit, approx });
  });

  it("reads 'by a third' as a fraction but not 'a third country'", () => {
    const n = only("our trade has grown by a third since the start of the year");
    expect(n.text).toBe("a third");
    expect(n.value.unit).toBe("fraction");
    expect(n.value.value).toBeCloseTo(1 / 3);
    expect(parseNumbers("talks with a third country")).toEqual([]);
  });

  it("spans the hedge, the number and its unit", () => {
    expect(only("talks that lasted almost four hours in Minsk").text).toBe("almost four hours");
    expect(only("on a two-day visit").text).toBe("two-day");
    expect(parseNumbers("a one-off event")).toEqual([]);
  });

  it("gives hedged numbers open or narrowed intervals", () => {
    expect(only("more than 30 years").value).toMatchObject({ min: 30, max: null });
    expect(only("almost four hours").value.max).toBe(4);
    expect(only("almost four hours").value.min).toBeGreaterThan(3);
    expect(only("30 years").value).toMatchObject({ min: 30, max: 30 });
  });

  it("skips years, times, model names and pronoun 'one'", () => {
    expect(parseNumbers("In 2024, at 16:28, Su-35 jets; one must go where one is expected")).toEqual([]);
  });
});

describe("compareNumbers", () => {
  const v = (t: string) => only(t).value;
  it("'more than 30 years' and 'Thirty years' are compatible", () => {
    expect(compareNumbers(v("more than 30 years"), v("Thirty years"))).toBe("compatible");
  });
  it("'two-day' and 'three-day' conflict", () => {
    expect(compareNumbers(v("a two-day visit"), v("a three-day visit"))).toBe("conflict");
  });
  it("the same wording is the same", () => {
    expect(compareNumbers(v("30-year history"), v("thirty years"))).toBe("same");
  });
  it("different units cannot be compared", () => {
    expect(compareNumbers(v("two days"), v("two hours"))).toBe("incomparable");
  });
  it("money compares by value whether written with a sign, a short scale or in words", () => {
    expect(only("trade reached $2bn").text).toBe("$2bn");
    expect(parseNumbers("trade reached $400 million last year")[0]?.text).toBe("$400 million");
    expect(compareNumbers(v("$2bn"), v("2 billion dollars"))).toBe("same");
    expect(compareNumbers(v("$2bn"), v("$2.5 billion"))).toBe("conflict");
    // without a currency sign "2m" is two metres, not two million
    expect(v("a 2m wall").value).toBe(2);
  });
  it("'hundreds of' spans two hundred to under a thousand", () => {
    expect(v("hundreds of protesters").max).toBe(999);
    expect(compareNumbers(v("hundreds of protesters"), v("300 protesters"))).toBe("compatible");
    expect(compareNumbers(v("hundreds of protesters"), v("50 protesters"))).toBe("conflict");
    expect(compareNumbers(v("thousands of protesters"), v("hundreds of protesters"))).toBe("conflict");
    expect(compareNumbers(v("tens of thousands of people"), v("30,000 people"))).toBe("compatible");
  });
  it("reads a range as one quantity that holds the values inside it", () => {
    expect(only("between 200 and 300 people were detained").text).toBe("between 200 and 300 people");
    expect(only("a 2-3 day visit").value).toMatchObject({ min: 2, max: 3, unit: "day" });
    expect(compareNumbers(v("between 200 and 300 people"), v("250 people"))).toBe("compatible");
    expect(compareNumbers(v("from 10 to 15 percent"), v("20 percent"))).toBe("conflict");
    expect(parseNumbers("F-16 jets and COVID-19 cases")).toEqual([]);
  });
  it("keeps an age apart from a span of years", () => {
    expect(compareNumbers(v("a 15-year-old boy"), v("15 years of cooperation"))).toBe("incomparable");
  });
  it("'almost four hours' excludes three hours", () => {
    expect(compareNumbers(v("almost four hours"), v("three hours"))).toBe("conflict");
    expect(compareNumbers(v("almost four hours"), v("four hours"))).toBe("compatible");
  });
});
