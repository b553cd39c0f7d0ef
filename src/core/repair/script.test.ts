import { describe, expect, it } from 'vitest';
import { answerRepair, canSend } from './script';

describe('a repair’s answers', () => {
  it('can be accepted after a reply or a request for time, and then is settled', () => {
    expect(answerRepair('sent', 'time')).toEqual({ ok: true, status: 'time' });
    expect(answerRepair('time', 'reply')).toEqual({ ok: true, status: 'replied' });
    expect(answerRepair('replied', 'accept')).toEqual({ ok: true, status: 'accepted' });
    expect(answerRepair('accepted', 'reply')).toMatchObject({ ok: false });
    expect(answerRepair('draft', 'accept')).toMatchObject({ ok: false });
  });

  it('is sent once, and only with an apology in it', () => {
    expect(canSend('draft', 'I am sorry I snapped.')).toEqual({ ok: true, status: 'sent' });
    expect(canSend('draft', '  ')).toMatchObject({ ok: false, reason: /apology/ });
    expect(canSend('sent', 'I am sorry.')).toMatchObject({ ok: false, reason: /already sent/ });
  });
});
