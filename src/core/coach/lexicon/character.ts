/**
 * Words people use about their partner. Criticism names a flaw of character ("careless");
 * contempt goes further and puts the partner down as worthless or beneath the speaker
 * ("useless", "an idiot"). Praise words keep "you always…" from being read as blame.
 */

/** Character flaws (pattern fragments): "you're so careless" attacks who the partner is, not one moment. */
export const FLAWS: readonly string[] = (
  'careless|unreliable|lazy|selfish|inconsiderate|thoughtless|irresponsible|messy|rude|cold|' +
  'controlling|immature|insensitive|forgetful|disorgani[sz]ed|needy|clingy|stubborn|negative|critical|' +
  'impatient|unfair|mean|dishonest|untrustworthy|flaky|self-cente?red|self-absorbed|spoil[et]d?|' +
  'sloppy|unbearable|impossible|difficult|exhausting|hopeless|cheap|ungrateful|nasty|' +
  'cruel|harsh|bossy|demanding|passive aggressive|distant|closed off|secretive|sneaky|fake|liar|cheat|' +
  'slob|mess|nag|hypocrite|arrogant|condescending|judge?mental|jealous|' +
  'possessive|clueless|oblivious|boring|annoying|irritating|heartless|uncaring|unsupportive|' +
  'pushover|weak|spineless|coward|aggressive|moody|grumpy'
).split('|');

/**
 * Put-downs that are plain insults rather than complaints. Kept to everyday words; the
 * profane and hateful ones live in offensive-words.ts.
 */
export const PUT_DOWNS: readonly string[] = (
  'useless|pathetic|worthless|stupid|dumb|idiotic|brainless|disgusting|gross|ridiculous|' +
  'pitiful|incompetent|embarrassing|trash|garbage|dense|delusional|insufferable|unbelievable|' +
  'the worst|beneath me|nothing without me|nothing but|waste of space|sorry excuse'
).split('|');

/** Nouns for a person, used as insults: "You're a moron." / "What an idiot." */
export const INSULT_NOUNS: readonly string[] = (
  'idiot|moron|imbecile|fool|clown|loser|joke|failure|disgrace|jerk|creep|dummy|' +
  'twit|crybaby|drama queen|baby|child|pig|psycho|lunatic|freak|wimp|parasite|' +
  'airhead|disappointment|embarrassment|know-it-all|snowflake|princess|diva|narcissist|nobody'
).split('|');

/** Sarcastic names for the partner: "Great job, Einstein." */
export const MOCK_NAMES: readonly string[] = (
  'einstein|genius|sherlock|captain obvious|mr perfect|mr. perfect|miss perfect|smart guy|' +
  'your highness|professor|hotshot|brainiac'
).split('|');

/** What follows "you always" in praise rather than blame: "You always make me smile." */
export const PRAISE_AFTER_ALWAYS: readonly string[] = (
  'make me|make my day|make it better|make time for|know|cheer me up|lift me up|look|have my back|' +
  'got my back|show up|come through|support|believe in me|find a way|help me|take care of|put us first|' +
  'put me first|surprise me|remember|manage to|brighten|calm me down|keep me|hold me|amaze me|' +
  'inspire me|are there|been there|there for me|bring|say the right|smell|light up|encourage me|' +
  'protect|go out of your way|think of'
).split('|');

/** What follows "you never" in praise (word stems): "You never let me down." */
export const PRAISE_AFTER_NEVER: readonly string[] = (
  'fail to|let me down|judge me|complain|give up|forget my birthday|stop trying|stop caring|stop amazing|' +
  'make me feel small|make me feel bad|hold it against me|raise your voice|have to apologi|need to apologi|' +
  'have to worry|need to worry|have to ask|miss a'
).split('|');

/** Words that mark a sentence as warm, so a pattern that looks like blame is read as praise. */
export const WARM_WORDS: readonly string[] = (
  'amazing|wonderful|great|brilliant|fantastic|lovely|kind|sweet|thoughtful|generous|patient|beautiful|' +
  'gorgeous|incredible|awesome|the best|so good|perfect|gentle|caring|funny|hilarious|smart|clever|' +
  'talented|strong|brave|star|gem|natural|so proud|so lucky|special|adorable|cute|wise|calm|steady|' +
  'supportive|reliable|helpful|attentive|considerate|loving|lifesaver|rock'
).split('|');
