// Small invented pages for the reader's tests.

/** Five paragraphs of plain prose: enough for the extractor to see an article. */
export const PROSE = [
  'Acme Corporation said on Tuesday that it would cut about 300 jobs, roughly five percent of its staff, as it closes two plants in Ohio and moves work to Texas.',
  'The company, which makes industrial pumps, valves and fittings, has struggled with falling orders since the spring, according to its quarterly report.',
  'Workers at the Dayton and Toledo plants were told of the plan at meetings on Monday, a spokeswoman said, and will receive severance and help finding new work.',
  'Analysts said the move, while painful for the towns involved, was expected after two years of losses, rising costs and a slow recovery in demand.',
  'The cuts will take effect over the next six months, and the company said it would keep its headquarters and research centre in Columbus.',
];

export function paragraphs(lines: readonly string[] = PROSE): string {
  return lines.map((line) => `<p>${line}</p>`).join('\n');
}

/** A page with site furniture around an article; `inside` goes in the article after the prose, `outside` after it. */
export function page({ head = '', inside = '', outside = '', before = '' } = {}): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Acme to cut 300 jobs | Daily Widget</title>${head}</head>
<body>
<header class="site-header"><a href="/">Daily Widget</a><nav><a href="/news">News</a> <a href="/sports">Sports</a></nav></header>
<main><article>
<h1>Acme to cut 300 jobs</h1>
${before}
<div class="article-body">
${paragraphs()}
${inside}
</div>
</article>
${outside}
</main>
<footer><p>© 2024 Daily Widget. All rights reserved. Terms of use, privacy policy and cookie settings.</p></footer>
</body></html>`;
}
