/**
 * Feeling words. A real feeling describes what is happening inside the speaker ("lonely");
 * a judgement worded as a feeling describes what the partner supposedly did ("ignored").
 * The coach points out the second kind and offers the real feelings it often hides.
 */

/** Real feelings, pleasant and painful, that can follow "I feel". */
export const REAL_FEELINGS: readonly string[] = (
  'afraid|alone|angry|anxious|ashamed|awful|bad|bitter|bored|confused|crushed|devastated|disappointed|' +
  'disconnected|discouraged|distant|down|drained|embarrassed|empty|exhausted|fed up|frightened|' +
  'frustrated|furious|guilty|heartbroken|helpless|hopeless|hurt|impatient|insecure|irritated|jealous|' +
  'lonely|lost|low|mad|miserable|nervous|numb|on edge|overwhelmed|powerless|resentful|restless|sad|' +
  'scared|shocked|stressed|stuck|tense|terrible|terrified|tired|torn|uncomfortable|uneasy|unhappy|' +
  'upset|vulnerable|worn out|worried|annoyed|appreciated|at ease|better|calm|cared for|cheerful|close|' +
  'closer|comfortable|confident|connected|content|curious|delighted|excited|glad|happy|heard|hopeful|' +
  'joyful|light|loved|moved|optimistic|peaceful|pleased|proud|reassured|relaxed|relieved|rested|safe|' +
  'secure|seen|settled|supported|thrilled|touched|understood|valued|warm'
).split('|');

/**
 * Judgements dressed as feelings, grouped by the real feelings they often hide. The first
 * feeling of a group goes into a suggested rewrite; all four are offered as words to try.
 */
const HIDDEN_GROUPS: Readonly<Record<string, string>> = {
  'lonely hurt sad disconnected': 'ignored|invisible|unseen',
  'lonely sad hurt disappointed': 'neglected|excluded|forgotten|left out|overlooked|sidelined',
  'lonely scared hurt sad': 'abandoned',
  'lonely hurt sad confused': 'pushed away|shut out',
  'hurt sad embarrassed lonely': 'rejected',
  'hurt embarrassed discouraged sad': 'belittled|put down|criticised|criticized|small',
  'hurt embarrassed ashamed angry': 'humiliated|mocked|ridiculed|insulted',
  'hurt shocked angry disappointed': 'betrayed|lied to|tricked',
  'tense hurt scared upset': 'attacked|cornered|bullied',
  'anxious hurt embarrassed tense': 'judged|blamed',
  'hurt angry frustrated sad': 'disrespected|mistreated|used',
  'hurt frustrated discouraged sad': 'dismissed|invalidated',
  'disappointed frustrated sad hurt': 'cheated|let down',
  'frustrated lonely sad discouraged': 'unheard|misunderstood',
  'sad tired disappointed discouraged': 'unappreciated|undervalued|taken for granted',
  'sad lonely hurt insecure': 'unloved|unwanted|unimportant|replaced|second best',
  'anxious tense overwhelmed stressed': 'pressured|smothered|suffocated|trapped|nagged',
  'uneasy confused angry wary': 'manipulated|guilt tripped',
  'frustrated tense restless resentful': 'controlled|patronised|patronized|provoked|interrupted',
  'lonely overwhelmed tired worried': 'unsupported',
};

export const HIDDEN_FEELINGS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(HIDDEN_GROUPS).flatMap(([feelings, words]) =>
    words.split('|').map((w) => [w, feelings.split(' ')]),
  ),
);

export const JUDGEMENT_WORDS: readonly string[] = Object.keys(HIDDEN_FEELINGS);

/** What a person feeling this way usually needs; used to fill the "I need …" part of a rewrite. */
export const NEED_FOR_FEELING: Readonly<Record<string, string>> = {
  lonely: 'some time together',
  hurt: 'to know I matter to you',
  sad: 'some closeness',
  tense: 'calm when we talk',
  anxious: 'some reassurance',
  worried: 'some reassurance',
  frustrated: 'to feel heard',
  uneasy: 'honesty between us',
  disappointed: 'to be able to count on our plans',
  overwhelmed: 'help sharing the load',
};
