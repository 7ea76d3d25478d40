import { describe, expect, it } from "vitest";
import { clusterNameLines } from "../src/names/cluster-name-lines.ts";
import { clusterNames, type NameFormInput } from "../src/names/cluster-names.ts";

/** The cluster (as texts) that contains `text`. */
function clusterOf(forms: NameFormInput[], text: string): string[] {
  const clusters = clusterNames(forms);
  const i = forms.findIndex((f) => f.text === text);
  return (clusters.find((c) => c.includes(i)) ?? []).map((k) => (forms[k] as NameFormInput).text).sort();
}

const persons = (...texts: string[]): NameFormInput[] => texts.map((text) => ({ text, type: "person" }));

describe("clusterNames", () => {
  it("puts every index in exactly one cluster", () => {
    const forms = persons("Alexander Lukashenko", "Vladimir Putin", "Lukashenka", "Putin", "Alexander Lukashenko");
    const all = clusterNames(forms).flat().sort();
    expect(all).toEqual([0, 1, 2, 3, 4]);
  });

  it("joins transliterations, initials and a bare surname of one person", () => {
    const forms = persons(
      "Alexander Lukashenko",
      "Aleksandr Lukashenko",
      "Alyaksandr Lukashenka",
      "A. Lukashenko",
      "A.G. Lukashenko",
      "Lukashenka",
      "Lukashenko",
      "LUKASHENKO, Aleksandr Grigoryevich",
      "Александр Лукашенко",
    );
    expect(clusterOf(forms, "Lukashenka")).toHaveLength(forms.length);
  });

  it("keeps people who share a surname apart, and a bare surname out when it is ambiguous", () => {
    const forms = persons("Aleksandr Lukashenko", "Viktor Lukashenko", "Lukashenko");
    const clusters = clusterNames(forms);
    expect(clusters).toHaveLength(3);
  });

  it("keeps a father and son apart when their middle initials differ", () => {
    const forms = persons("George W. Bush", "George H. W. Bush", "John F. Kennedy", "John Fitzgerald Kennedy");
    expect(clusterOf(forms, "George W. Bush")).toEqual(["George W. Bush"]);
    expect(clusterOf(forms, "John F. Kennedy")).toEqual(["John F. Kennedy", "John Fitzgerald Kennedy"]);
  });

  it("reads an initial through the romanisation of the full name", () => {
    const forms = persons("Vladimir Putin", "Wladimir Putin", "V. Putin", "W. Putin");
    expect(clusterOf(forms, "V. Putin")).toHaveLength(4);
  });

  it("separates different people with similar sounds", () => {
    const forms = persons(
      "Ebrahim Raisi",
      "Raisi",
      "Hassan Rouhani",
      "Rouhani",
      "Viktor Khrenin",
      "Vladimir Putin",
      "Masoud Pezeshkian",
      "Pezeshkian",
    );
    expect(clusterOf(forms, "Raisi")).toEqual(["Ebrahim Raisi", "Raisi"]);
    expect(clusterOf(forms, "Rouhani")).toEqual(["Hassan Rouhani", "Rouhani"]);
    expect(clusterOf(forms, "Pezeshkian")).toEqual(["Masoud Pezeshkian", "Pezeshkian"]);
    expect(clusterOf(forms, "Viktor Khrenin")).toEqual(["Viktor Khrenin"]);
  });

  it("clusters OFAC list forms across Belarusian/Russian and Persian/Arabic romanisations", () => {
    const forms = persons(
      "SLIZHEVSKI, Oleg Leonidovich",
      "SLIZHEVSKIY, Oleg",
      "RUSAKEVICH, Uladzimir Vasilievich",
      "RUSAKEVICH, Vladimir Vasilyevich",
      "NAUMAU, Uladzimir Uladzimiravich",
      "NAUMOV, Vladimir Vladimirovich",
      "RAEISI, Ebrahim",
      "RAISI, Ebrahim",
      "JAFARI DOLATABADI, Abbas",
      "JA'FARI-DOWLATABADI, Abbas",
      "JAFARI, Mohammad Ali",
      "JAFARI, Mohammad Javad",
      "VAHID, Ahmed Dastjerdi",
      "DASTJERDI, Ahmad Vahid",
      "SALAMI, Hossein",
      "SALAMI, Hoseyn",
    );
    const clusters = clusterNames(forms).map((c) => c.map((i) => (forms[i] as NameFormInput).text).sort());
    expect(clusters).toEqual([
      ["SLIZHEVSKI, Oleg Leonidovich", "SLIZHEVSKIY, Oleg"],
      ["RUSAKEVICH, Uladzimir Vasilievich", "RUSAKEVICH, Vladimir Vasilyevich"],
      ["NAUMAU, Uladzimir Uladzimiravich", "NAUMOV, Vladimir Vladimirovich"],
      ["RAEISI, Ebrahim", "RAISI, Ebrahim"],
      ["JA'FARI-DOWLATABADI, Abbas", "JAFARI DOLATABADI, Abbas"],
      ["JAFARI, Mohammad Ali"],
      ["JAFARI, Mohammad Javad"],
      ["DASTJERDI, Ahmad Vahid", "VAHID, Ahmed Dastjerdi"],
      ["SALAMI, Hoseyn", "SALAMI, Hossein"],
    ]);
  });

  it("joins an acronym to its expansion but never across types", () => {
    const forms: NameFormInput[] = [
      { text: "Shanghai Cooperation Organization", type: "organization" },
      { text: "SCO", type: "organization" },
      { text: "Tehran", type: "place" },
      { text: "Teheran", type: "place" },
      { text: "Tehran", type: "person" },
    ];
    expect(clusterNames(forms)).toEqual([[0, 1], [2, 3], [4]]);
  });

  it("reads acronyms that take more than one letter of a word, and not ones that skip a word", () => {
    const forms: NameFormInput[] = [
      { text: "Eurasian Economic Union", type: "organization" },
      { text: "EAEU", type: "organization" },
      { text: "United Nations Organization", type: "organization" },
      { text: "UN", type: "organization" },
      { text: "Collective Security Treaty Organization", type: "organization" },
      { text: "CSTO", type: "organization" },
      { text: "CSO", type: "organization" },
    ];
    expect(clusterNames(forms)).toEqual([[0, 1], [2], [3], [4, 5], [6]]);
  });

  it("reads an agency acronym that keeps a syllable of its first word", () => {
    const forms: NameFormInput[] = ["BelTA", "Belarusian Telegraph Agency", "Belarusian State University"].map((text) => ({
      text,
      type: "organization",
    }));
    expect(clusterNames(forms)).toEqual([[0, 1], [2]]);
  });

  it("treats a state descriptor of a place as optional and reads place acronyms", () => {
    const forms: NameFormInput[] = [
      "Islamic Republic of Iran",
      "Iran",
      "Republic of Belarus",
      "Belarus",
      "Iraq",
      "United States",
      "USA",
      "UK",
    ].map((text) => ({ text, type: "place" }));
    expect(clusterNames(forms)).toEqual([[0, 1], [2, 3], [4], [5, 6], [7]]);
  });
});

describe("clusterNameLines", () => {
  it("returns clusters with the most frequent, fullest form as canonical", () => {
    const out = clusterNameLines([
      "Lukashenko",
      "Alexander Lukashenko",
      "",
      "Aleksandr Lukashenko",
      "Alexander Lukashenko",
      "Vladimir Putin",
    ]);
    expect(out).toEqual([
      { canonical: "Alexander Lukashenko", forms: ["Lukashenko", "Alexander Lukashenko", "Aleksandr Lukashenko"] },
      { canonical: "Vladimir Putin", forms: ["Vladimir Putin"] },
    ]);
  });
});
