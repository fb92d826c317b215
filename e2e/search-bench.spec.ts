/**
 * Search quality gate: the questions in bench/search/questions.json (written as readers type
 * them) go through the site's real search in Chromium. Fails when fewer than 90 % find one of
 * their answers in the first three results, or when any question finds nothing at all.
 * `npm run bench:search` prints the same figures in full, with Pagefind alone for comparison.
 */
import { test, expect } from "./fixtures";
import { answerAll, loadQuestions, score } from "../bench/search/core.mjs";

test("recall@3 ≥ 0.9 and no question without results", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "one run is enough");
  test.setTimeout(180_000);
  await page.goto("process/prepare/");
  const answers = await answerAll(page, "layer", loadQuestions());
  const s = score(answers);
  const misses = answers
    .filter((a) => a.rank === 0 || a.rank > 3)
    .map((a) => `${a.q} → ${a.got.slice(0, 3).join(", ")}`);
  await testInfo.attach("search-bench.txt", {
    body: [JSON.stringify(s, null, 2), "Not in the first three:", ...misses].join("\n"),
    contentType: "text/plain",
  });
  console.log(
    `search: recall@1 ${s.recallAt1.toFixed(3)}, recall@3 ${s.recallAt3.toFixed(3)}, MRR ${s.mrr.toFixed(3)}, ` +
      `zero-result rate ${s.zeroResultRate.toFixed(3)} (${s.questions} questions)`,
  );
  expect(
    answers.filter((a) => a.got.length === 0).map((a) => a.q),
    "questions with no result",
  ).toEqual([]);
  expect(s.recallAt3, `recall@3; not in the first three:\n${misses.join("\n")}`).toBeGreaterThanOrEqual(0.9);
});
