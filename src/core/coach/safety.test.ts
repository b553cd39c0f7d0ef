import { describe, expect, it } from 'vitest';
import { analyse } from './index';
import { check } from './test-cases';

describe('safety', () => {
  describe('physical harm described', () => {
    check([
      ['He pushed me against the door.', ['safety']],
      ['He hit me.', ['safety']],
      ['my boyfriend punched me', ['safety']],
      ['She threw a glass at me.', ['safety']],
      ['He grabbed my wrist so hard it bruised.', ['safety']],
      ['She slapped me in front of the kids.', ['safety']],
      ['He shoved me into the wall.', ['safety']],
      ['He pulled my hair.', ['safety']],
      ['He held a knife to my throat.', ['safety']],
      ['He punched the wall next to my head.', ['safety']],
      ['He forced me to have sex.', ['safety']],
    ]);
  });

  describe('threats', () => {
    check([
      ["If you go, you'll be sorry.", ['safety']],
      ["He said he'd hurt me if I told my family.", ['safety']],
      ["He said if I leave he'll kill me.", ['safety']],
      ["If you tell anyone, you'll regret it.", ['safety']],
      ["I'll make you pay for this.", ['safety']],
      ['I know where you live.', ['safety']],
      ["He told me I'd never see my kids again if I left.", ['safety']],
      ["I'll kill you if you touch her again.", ['safety']],
    ]);
  });

  describe('intimidation and coercive control', () => {
    check([
      ['He tracks my location and reads all my messages.', ['safety']],
      ["She won't let me see my friends.", ['safety']],
      ['He takes my bank card and gives me an allowance.', ['safety']],
      ['He locks me in the bedroom.', ['safety']],
      ["I'm not allowed to see my family.", ['safety']],
      ['He blocks the door so I can\u2019t leave.', ['safety']],
      ['You must tell me where you are at all times.', ['demand', 'safety']],
      ["I'm afraid to go home tonight.", ['safety']],
      ["I'm scared of what he'll do when he finds out.", ['safety']],
      ["I don't feel safe at home.", ['safety']],
    ]);
  });

  describe('self-harm and suicidal thoughts', () => {
    check([
      ['I want to disappear forever.', ['safety']],
      ['I keep thinking about hurting myself.', ['safety']],
      ["I don't want to be alive anymore.", ['safety']],
      ['Sometimes I think everyone would be better off without me.', ['safety']],
      ["There's no point in living.", ['safety']],
      ['I just want to go to sleep and never wake up.', ['safety']],
      ['I keep thinking about ending my life.', ['safety']],
      ['sometimes i think about not being here', ['safety']],
    ]);
  });

  describe('idioms and accidents are not safety', () => {
    check([
      ['This deadline is murdering me.', []],
      ['This traffic is killing me.', []],
      ['My feet are killing me.', []],
      ['I could kill for a coffee.', []],
      ["I'm dying to see that film.", []],
      ['I nearly died laughing.', []],
      ['My boss will kill me if I\u2019m late.', []],
      ['I hit my head on the cupboard, ouch.', []],
      ['He beat me at chess again.', []],
      ['It hit me how much I miss you.', []],
      ['The baby kicked me all night, haha.', []],
      ['I want to disappear for a weekend and sleep.', []],
      ["I'm scared of spiders.", []],
      ['He would never hurt me.', []],
    ]);
  });

  it('reads reported threats too: a quoted threat is still a threat', () => {
    expect(analyse('He texted "I know where you are" at 3am.').labels).toEqual(['safety']);
    expect(analyse('He told me \u201cyou\u2019ll be sorry\u201d before he left.').labels).toEqual(['safety']);
  });

  it('never offers a gentler wording, for the safety finding or anything beside it', () => {
    for (const text of [
      'He pushed me against the door.',
      'You must tell me where you are at all times.',
      'You never listen. He hits me.',
    ]) {
      const { findings } = analyse(text);
      expect(findings.some((f) => f.label === 'safety')).toBe(true);
      for (const finding of findings) expect(finding.suggestion).toBeUndefined();
    }
  });

  it('comes first, marked as its own kind', () => {
    const [first] = analyse('You never listen. He hits me.').findings;
    expect(first?.label).toBe('safety');
    expect(first?.kind).toBe('safety');
  });
});
