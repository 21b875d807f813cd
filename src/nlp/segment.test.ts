import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from './segment.js';

const cases: { name: string; text: string; expected: string[] }[] = [
  {
    name: 'splits on sentence ends',
    text: 'Northwind cut 40 jobs. It said so on Monday.',
    expected: ['Northwind cut 40 jobs.', 'It said so on Monday.'],
  },
  {
    name: 'keeps abbreviations and initials inside a sentence',
    text: 'Acme Corp. closed its plant in Dayton, Ohio, and its U.S. office in Mayport, Fla. on Friday.',
    expected: [
      'Acme Corp. closed its plant in Dayton, Ohio, and its U.S. office in Mayport, Fla. on Friday.',
    ],
  },
  {
    name: 'every line is its own block',
    text: 'Acme to cut 300 jobs\n\nAcme said Tuesday it will cut 300 jobs.',
    expected: ['Acme to cut 300 jobs', 'Acme said Tuesday it will cut 300 jobs.'],
  },
  {
    name: 'a closing quote stays with its sentence',
    text: '"We are sorry," he said. "It was hard." Then he left.',
    expected: ['"We are sorry," he said.', '"It was hard."', 'Then he left.'],
  },
];

for (const { name, text, expected } of cases) {
  test(`splitSentences: ${name}`, () => {
    const sentences = splitSentences(text);
    assert.deepEqual(
      sentences.map((s) => s.text),
      expected,
    );
    for (const s of sentences) assert.equal(text.slice(s.start, s.end), s.text);
  });
}
