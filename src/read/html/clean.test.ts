// Furniture rules, each with the page furniture it exists for, and content that only looks like furniture.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readHtml } from './read-html.js';
import { PROSE, page } from './testdata/pages.js';

function textOf(html: string): string {
  return readHtml(html).text;
}

/** Each boilerplate rule with the furniture it exists for: the text must not appear in the output. */
const DROPPED: readonly { name: string; inside?: string; outside?: string; before?: string; gone: string }[] =
  [
    {
      name: 'navigation tag',
      inside: '<nav><a href="/a">Section one news</a></nav>',
      gone: 'Section one news',
    },
    {
      name: 'aside',
      outside: '<aside><p>Most read: a story about something else entirely today.</p></aside>',
      gone: 'Most read',
    },
    {
      name: 'share bar by class word',
      before: '<div class="share-tools"><span>Share this story on your favourite network now</span></div>',
      gone: 'favourite network',
    },
    {
      name: 'related links by class word',
      inside:
        '<div class="related"><p>Earlier: Acme opened a plant in Texas with great fanfare last year.</p></div>',
      gone: 'great fanfare',
    },
    {
      name: 'comments',
      outside:
        '<section id="comments"><p>Great article, thanks for writing it, I really enjoyed it a lot.</p><p>I disagree with most of this, but it was an interesting read anyway.</p></section>',
      gone: 'Great article',
    },
    { name: 'ad label line', inside: '<div class="slot"><p>Advertisement</p></div>', gone: 'Advertisement' },
    {
      name: 'cookie banner by role',
      before: '<div role="dialog"><p>We use cookies to improve your experience on this website.</p></div>',
      gone: 'We use cookies',
    },
    {
      name: 'cookie banner by class word',
      outside:
        '<div class="cookie-consent"><p>We use cookies to improve your experience on this website.</p></div>',
      gone: 'We use cookies',
    },
    {
      name: 'author box',
      inside:
        '<div class="author-bio"><p>Jane Roe covers manufacturing, labour and trade for the Daily Widget.</p></div>',
      gone: 'Jane Roe covers',
    },
    {
      name: 'author box after the post',
      outside:
        '<div class="post-author"><div class="author-content"><h5><a rel="author" href="/a">Jane</a></h5><p>Jane is a Connecticut native who writes about hiking, family and the outdoors.</p></div></div>',
      gone: 'Connecticut native',
    },
    {
      name: 'newsletter sign-up',
      inside:
        '<div class="newsletter-signup"><p>Get the morning briefing in your inbox every day.</p><input type="email"><button>Sign up</button></div>',
      gone: 'morning briefing',
    },
    {
      name: 'hidden element',
      inside: '<p style="display:none">Hidden text that readers never see on the page.</p>',
      gone: 'Hidden text',
    },
    {
      name: 'figure caption',
      inside:
        '<figure><img src="a.jpg"><figcaption>The Dayton plant in 2019. Photo: John Doe</figcaption></figure>',
      gone: 'Dayton plant in 2019',
    },
    {
      name: 'caption by class word inside another word',
      inside: '<div class="imageEmbedCaption">Workers leave the Toledo plant after a shift on Monday.</div>',
      gone: 'Workers leave',
    },
    {
      name: 'promo prefix',
      inside: '<p>READ MORE: <a href="/x">Acme shares fall after warning on profits</a></p>',
      gone: 'Acme shares fall',
    },
    {
      name: 'promo prefix in German',
      inside: '<p>Lesen Sie auch: <a href="/x">Acme schließt zwei Werke in Ohio</a></p>',
      gone: 'schließt',
    },
    { name: 'byline line', inside: '<p>By Justine Coleman - 11/18/19 11:04 PM EST</p>', gone: 'Justine' },
    {
      name: 'byline line with two names',
      inside: '<p>By Jane Roe and John Doe, Associated Press</p>',
      gone: 'Jane Roe',
    },
    {
      name: 'staff byline line',
      inside: '<p>Robert Burns, AP National Security Writer</p>',
      gone: 'Robert Burns',
    },
    {
      name: 'wire coverage line',
      inside: "<p>Follow AP's full coverage of Brexit and British politics at https://example.com/Brexit</p>",
      gone: 'full coverage',
    },
    { name: 'update time line', inside: '<p>Updated at 1:23 p.m.</p>', gone: 'Updated at' },
    { name: 'taxonomy line', inside: '<p>Filed under: Business, Ohio</p>', gone: 'Filed under' },
    { name: 'reading time', before: '<p>Tempo de leitura: 1 minuto</p>', gone: 'Tempo de leitura' },
    { name: 'production credit', inside: '<p>Additional reporting by Joseph Hudak</p>', gone: 'Hudak' },
    { name: 'call to action', inside: '<p>LEARN MORE</p>', gone: 'LEARN MORE' },
    {
      name: 'subscribe-on line',
      inside: '<p>Subscribe to Daily Widget on YouTube for more news:</p>',
      gone: 'YouTube',
    },
    { name: 'ad label in German', inside: '<div class="slot"><p>Anzeige</p></div>', gone: 'Anzeige' },
    {
      name: 'shouted call to action',
      inside: '<p><a href="/app"><strong>CLICK HERE TO GET THE DAILY WIDGET APP</strong></a></p>',
      gone: 'CLICK HERE',
    },
    {
      name: 'run of one-link paragraphs',
      inside:
        '<p><a href="/1">Acme opens new plant in Texas</a></p><p><a href="/2">Ten things to know about pumps</a></p>',
      gone: 'Ten things',
    },
    {
      name: 'paragraph of several links',
      inside:
        '<p><a href="/1">China furious at new rules</a> | <a href="/2">Markets fall again [VIDEO]</a></p>',
      gone: 'China furious',
    },
    {
      name: 'list of headlines',
      inside: '<ul><li><h4><a href="/1">Acme opens new plant in Texas</a></h4></li></ul>',
      gone: 'opens new plant',
    },
    {
      name: 'dateline',
      before: '<p>Published Monday, November 18, 2019 8:22AM EST</p>',
      gone: 'Published Monday',
    },
    {
      name: 'follow-us line',
      inside: '<p>Follow Daily Widget on Instagram, Facebook, Twitter and YouTube.</p>',
      gone: 'Follow Daily Widget',
    },
    {
      name: 'hover card inside a paragraph',
      inside:
        '<p>The mayor, <span class="rollover-people"><a href="/p">Ann Lee</a><span class="rollover-block"><a href="/x">Ann Lee backs plan</a></span></span>, said the news was a blow to the city and its people.</p>',
      gone: 'backs plan',
    },
    {
      name: 'button text',
      inside: '<p>Every business exists in time. <span class="sw-ctt-btn">Click To Tweet</span></p>',
      gone: 'Click To Tweet',
    },
    {
      name: 'link-heavy block of other stories',
      outside:
        '<div class="more"><a href="/1">Pump maker wins contract</a> <a href="/2">Valve prices rise</a> <a href="/3">Ohio plant closes</a></div>',
      gone: 'Valve prices',
    },
  ];

for (const { name, gone, ...parts } of DROPPED) {
  test(`boilerplate: ${name}`, () => {
    const text = textOf(page(parts));
    assert.ok(!text.includes(gone), `"${gone}" should be gone from:\n${text}`);
    assert.ok(text.includes(PROSE[0] as string) && text.includes(PROSE[4] as string), text);
  });
}

/** Content that looks a bit like furniture but is part of the article. */
const KEPT: readonly { name: string; inside: string; kept: string }[] = [
  {
    name: 'embedded tweet in a "social" wrapper',
    inside:
      '<div class="social-media-embed"><blockquote class="twitter-tweet"><p>Sad day for Dayton workers <a href="https://t.co/x">https://t.co/x</a></p>— Ann Lee (@annlee) <a href="https://twitter.com/annlee/status/1">November 18, 2019</a></blockquote></div>',
    kept: 'Sad day for Dayton workers',
  },
  {
    name: 'a short list of shop links',
    inside: '<ul><li><a href="https://shop.example/x">Get it at Walmart for $238.99</a></li></ul>',
    kept: 'Get it at Walmart',
  },
  {
    name: 'a list of short items',
    inside: '<ul><li>Dayton plant</li><li>Toledo plant</li><li>Two warehouses</li></ul>',
    kept: 'Toledo plant',
  },
  {
    name: 'a subheading',
    inside: '<h2>What happens next</h2><p>The union said it would meet the company on Friday.</p>',
    kept: 'What happens next',
  },
  {
    name: 'a quote',
    inside:
      '<blockquote><p>This is a sad day for the people of Dayton, who built this company.</p></blockquote>',
    kept: 'sad day for the people',
  },
  {
    name: 'table text',
    inside: '<table><tr><th>Plant</th><th>Jobs</th></tr><tr><td>Dayton</td><td>180</td></tr></table>',
    kept: 'Dayton 180',
  },
];

for (const { name, inside, kept } of KEPT) {
  test(`kept: ${name}`, () => {
    const text = textOf(page({ inside }));
    assert.ok(text.includes(kept), `"${kept}" should be in:\n${text}`);
  });
}

/** Short sentences with a date in them are text, not datelines. */
const DATED_SENTENCES = [
  'By the end of 2024, Acme expects to employ 2,000 fewer people.',
  'By Tuesday, Mr Lee said, the plan was final.',
  'Anne Lee, the union leader, called it a sad day for writers.',
  'Shares fell 1.25 percent on March 3, 2024, the company said.',
  'The date was set for April 3, 2024 by the court.',
];

for (const sentence of DATED_SENTENCES) {
  test(`kept: a short dated sentence (${sentence.slice(0, 24)}…)`, () => {
    assert.ok(textOf(page({ inside: `<p>${sentence}</p>` })).includes(sentence));
  });
}

test('dropped: a date-and-time line without a keyword', () => {
  const text = textOf(page({ before: '<p>sexta-feira, 22 de outubro de 2010 às 20:13</p>' }));
  assert.ok(!text.includes('outubro'), text);
});

test('the name in a hover card wrapper stays in the sentence', () => {
  const text = textOf(
    page({
      inside:
        '<p>The mayor, <span class="rollover-people"><a href="/p">Ann Lee</a><span class="rollover-block"><a href="/x">Ann Lee backs plan</a></span></span>, said the news was a blow.</p>',
    }),
  );
  assert.ok(text.includes('The mayor, Ann Lee, said the news was a blow.'), text);
});

test('a container with many commas is prose and stays, even with many links', () => {
  const linked = PROSE.slice(0, 2)
    .map((p) => p.replace(/(\w+),/g, '<a href="/t">$1</a>,'))
    .join(' ');
  const text = textOf(page({ inside: `<div class="notes"><p>${linked}</p></div>` }));
  assert.ok(text.includes('pumps, valves and fittings') && text.split('pumps, valves').length === 3, text);
});

test('a gallery of pictures with a line or two is dropped', () => {
  const gallery =
    '<div class="gallery"><img src="1.jpg"><img src="2.jpg"><img src="3.jpg"><span>Gallery: the Dayton plant over the years</span></div>';
  assert.ok(!textOf(page({ inside: gallery })).includes('over the years'));
});

test('a section under "About the Author" is dropped, up to the next heading', () => {
  const inside =
    '<h3>About the Author</h3><p>Jane Roe has covered manufacturing for twenty years, from Ohio.</p><h3>Methodology</h3><p>Figures come from the company filing with the state labour office.</p>';
  const text = textOf(page({ inside }));
  assert.ok(!text.includes('twenty years'), text);
  assert.ok(text.includes('Figures come from the company filing'), text);
});

test('a "Featured" list of other stories is dropped, a "More from the interview" section of prose is kept', () => {
  const featured =
    '<h2>Featured</h2><ul><li><a href="/1">Internet2 adds a new member in Ohio</a></li><li><a href="/2">A new rule from the DOJ on web access</a></li></ul>';
  const more =
    '<h2>More from the interview</h2><p>Asked about pay, Ms Lee said the offer was fair and final.</p>';
  const text = textOf(page({ inside: more + featured }));
  assert.ok(!text.includes('Internet2'), text);
  assert.ok(text.includes('the offer was fair and final'), text);
});
