import { JUDGEMENT_WORDS, REAL_FEELINGS } from '../lexicon/feelings';
import { oneOf, pattern } from '../pattern';
import type { Reading } from '../reading';
import {
  isQuestionAt,
  notNegated,
  type Rule,
  sentenceAfter,
  sentenceBefore,
  startsClause,
  startsSentence,
} from './rule';

/**
 * Listening well: reflecting back what the partner said or felt, asking questions that
 * invite them to share, and saying their feeling makes sense.
 */

/** Questions that only look open: "Why are you so…", "What is wrong with you?", "How many times…". */
const RHETORICAL =
  /^(?:\w+,? )?(?:what(?:'s| is| was)? (?:wrong with|(?:your|ur) (?:problem|deal)|the (?:point|matter|big deal|hell|heck|fuck|time)|were you thinking|did you expect|kind of|else|(?:was|am) i|did i do|about|time|if|makes you think)|how (?:many times|often do i|could you|dare you|can you|hard is it|come|is that my fault|(?:was|am) i|do you not)|how (?:much|many|long|far|old|about|often)\b(?! (?:do|would|have) you)|how would you feel about)/;

function isOpenQuestion(reading: Reading, start: number): boolean {
  return (
    startsSentence(reading, start) &&
    isQuestionAt(reading, start) &&
    !RHETORICAL.test(reading.norm.slice(start, start + 60))
  );
}

/** Words that after "you're" describe the partner or their situation more than a feeling ("you're so lost", "you're right"). */
const DESCRIBES_THINGS =
  'alone bitter down hopeless lost low mad stuck used small forgotten replaced better close closer light warm safe heard seen loved valued appreciated supported understood'.split(
    ' ',
  );

/** Hard things a partner might have been through: "that must have been exhausting". */
const HARD = String.raw`{very}(?:hard|tough|difficult|scary|awful|painful|lonely|frustrating|exhausting|hurtful|upsetting|overwhelming|stressful|rough|confusing|horrible|terrible)\b`;

export const listeningRules: Rule[] = [
  {
    // "It sounds like you felt alone", "So what I'm hearing is…", "If I understand you right…".
    label: 'reflection',
    pattern: pattern(
      String.raw`\b(?:it |that )?(?:sounds?|seems?|seemed) (?:(?:like|as if|as though|that) )?(?:you|u|ur|your|it was|that was|(?:the |your |my )?\w+ (?:was|were|is|are|has|have|had|felt|feels?|'s been))\b(?! (?:fun|a plan|a good|great|nice|lovely|amazing))|\bso (?:what )?(?:you'?re|you are) saying\b|\bwhat {im} hearing\b|\b{im} hearing (?:that )?(?:you|u)\b|\bwhat i hear (?:you saying )?is\b|\bi hear (?:that )?(?:you|u)(?:'re| are)? (?:saying|feel|felt|want|need|wish|were|are|'re)\b|\bif (?:i (?:understand|heard|hear|get)|i'?m (?:hearing|understanding)) (?:you|that|this|what you)(?: right| correctly)?\b|\blet me (?:see if|make sure) i (?:understand|got|get|heard)\b|\bso (?:for you|you (?:felt|feel|were|want|need|wish|think|wanted|needed|thought|mean))\b|\b(?:you'?re|you are) saying\b|\bis that (?:right|what you mean|how you feel)\b|\b(?:did i get|am i (?:getting|hearing)) (?:that|this|you) right\b`,
    ),
    accept: notNegated,
  },
  {
    // "You felt brushed off when I laughed", "You've been feeling left out", "You seem worried".
    label: 'reflection',
    pattern: pattern(
      String.raw`\b(?:you|u)(?:'re feeling|'ve been feeling| (?:felt|feel|were feeling|are feeling|have been feeling|seem|seemed|sound|sounded|must have felt|might have felt|probably felt)) {very}(?!like (?:a|an|some)\b)\w+`,
    ),
    accept: (reading, start) => startsClause(reading, start) && notNegated(reading, start),
  },
  {
    // "You were disappointed that I forgot, right?", "You're worried about the move."
    label: 'reflection',
    pattern: pattern(
      String.raw`\b(?:you|u)(?:'re| are| were| r| seem| seemed| might be| may be| sound) {very}(?:${oneOf(REAL_FEELINGS.filter((f) => !DESCRIBES_THINGS.includes(f)))}|${oneOf(JUDGEMENT_WORDS.filter((f) => !DESCRIBES_THINGS.includes(f)))})\b`,
    ),
    accept: (reading, start) =>
      startsClause(reading, start) &&
      notNegated(reading, start) &&
      (!isQuestionAt(reading, start) ||
        /,\s*(?:right|is that right|yeah|is that it)\s*\?/.test(sentenceAfter(reading, start))),
  },
  {
    // "What was the hardest part of today?", "How are you feeling about the move?"
    label: 'open_question',
    pattern: pattern(
      String.raw`\b(?:what|how|which|in what way|(?:where|when|who) do you (?:want|see|feel|think|wish))\b`,
    ),
    accept: isOpenQuestion,
  },
  {
    // Invitations without a question mark: "Tell me more about your day."
    label: 'open_question',
    pattern: pattern(
      String.raw`\b(?:(?:(?:can|could|would|will) you )?tell me (?:more|about|what|how|everything about)|i'?d (?:love|like) to (?:hear|know) (?:more|about|what|how)|help me understand|i'?m curious (?:about|what|how)|walk me through|say more about)\b`,
    ),
    accept: notNegated,
  },
  {
    // "That makes sense to me", "I understand why that scared you", "Of course you were upset".
    label: 'validation',
    pattern: pattern(
      String.raw`\b(?:that |it |this |what you said |your (?:\w+ )?)?makes (?:(?:so|total|complete|perfect|a lot of|such) )?sense\b|\bi (?:can |totally |really |do )?(?:(?:understand|get) (?:that you|what you|it|you)|(?:understand|get|see) (?:why|how|what you mean|where you'?re coming from))\b|\bi can imagine (?:how|why|that)\b|\bof course (?:you|u)(?:'re|'d| (?:were|are|felt|feel|would|got|get))\b|\bno wonder (?:you|u)\b|\b(?:{its}|{thats}) {very}(?:understandable|natural|normal|okay|ok|fair|reasonable|valid|human) (?:to|that (?:you|u))\b|\b{thats} {very}(?:understandable|fair|valid|reasonable)\b|\b{your} (?:\w+ )?(?:feelings?|worry|worries|concerns?|frustration|anger|fears?|hurt|reaction|point|needs?) (?:about \w+ )?(?:is|are|'s|was|were) {very}(?:fair|valid|understandable|reasonable|real|justified|natural|important)\b|\b(?:you|u) have every right to\b|\b(?:you'?re|you are) right to (?:feel|be)\b|\b(?:that|it) (?:must (?:have been|be)|sounds) ${HARD}|\bi'?d (?:feel|be) (?:the same|that way|\w+ too)\b|\banyone would (?:feel|be)\b|\bi hear (?:you|u)\b(?! say)|\byour feelings matter\b|\b{im} (?:so )?sorry (?:that happened|you went through|to hear)\b|\bthat (?:is|was|'s) a lot\b|\b(?:you'?re|you are) not (?:wrong|crazy) (?:to|for)\b`,
    ),
    accept: (reading, start, end) =>
      notNegated(reading, start) &&
      !/n'?t$/.test(reading.norm.slice(start, end)) &&
      !/\bif\s*$/.test(sentenceBefore(reading, start)),
  },
];
