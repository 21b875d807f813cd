// Common given names: a two-word name that starts with one of them and is followed by "said" is a person.

export const FIRST_NAMES: ReadonlySet<string> = new Set(
  (
    'Aaron Adam Adrian Alan Albert Alex Alexander Alexandra Alice Alicia Allison Amanda Amy Andrea Andrew Andy Angela ' +
    'Ann Anna Anne Anthony Ashley Barbara Ben Benjamin Beth Betty Bill Bob Brad Brandon Brenda Brian Bruce Carl Carol ' +
    'Caroline Catherine Charles Chris Christina Christine Christopher Cindy Claire Craig Dan Dana Daniel David Deborah ' +
    'Dennis Diana Diane Donald Donna Doug Douglas Ed Edward Elizabeth Ellen Emily Emma Eric Erin Frank Gary George ' +
    'Grace Greg Gregory Hannah Harry Heather Helen Henry Jack Jacob James Jamie Jane Janet Jason Jeff Jeffrey Jennifer ' +
    'Jeremy Jerry Jessica Jim Joan Joe John Jonah Jonathan Jordan Joseph Josh Joshua Joyce Judy Julia Julie Justin ' +
    'Karen Kate Katherine Kathleen Kathy Keith Kelly Ken Kenneth Kevin Kim Kimberly Kyle Larry Laura Lauren Linda Lisa ' +
    'Lori Louis Lucy Mark Maria Marie Marilyn Mark Martha Martin Mary Matt Matthew Megan Melissa Michael Michelle Mike ' +
    'Nancy Natalie Nathan Nicholas Nick Nicole Olivia Pamela Patricia Patrick Paul Peter Philip Rachel Ralph Randy ' +
    'Raymond Rebecca Richard Rick Rob Robert Roger Ron Ronald Rose Russell Ruth Ryan Sam Samantha Samuel Sandra Sara ' +
    'Sarah Scott Sean Sharon Shirley Stephanie Stephen Steve Steven Susan Tara Teresa Terry Thomas Tim Timothy Tina ' +
    'Todd Tom Tony Tyler Victoria Vincent Walter Wayne William Zachary Akio Carlos Elon Hiroshi Jensen Juan Kenji ' +
    'Lars Luca Marco Mohamed Muhammad Pablo Pedro Priya Rahul Raj Sanjay Satya Sundar Sunil Takeshi Tobi Wei Xi Yuki'
  ).split(' '),
);
