import type { MeetingTopic } from '../../../core/meetings/rules';
import { Page } from '../../components/Page';
import { t } from '../../i18n/i18n';
import { AgendaSection } from './AgendaSection';
import { GoalsSection } from './GoalsSection';
import { EarlierMeetings, MeetingRecord } from './MeetingRecord';
import { PlanSection } from './PlanSection';
import { ScheduleSection } from './ScheduleSection';
import { useMeetingRoom } from './useMeetings';

/** One topic's meeting page: shared goals first, then the agenda, the last meeting, the rhythm, and the plan. */
export default function MeetingScreen({ topic }: { topic: MeetingTopic }) {
  const { data: room, error, refresh } = useMeetingRoom(topic);
  const [latest, ...earlier] = room?.meetings ?? [];
  return (
    <Page title={t(`meetings.topic.${topic}`)} back="/meetings">
      {!room ? (
        <p>{error ?? t('meetings.loading')}</p>
      ) : (
        <>
          <p>{t(`meetings.topicLead.${topic}`)}</p>
          <GoalsSection topic={topic} goals={room.goals} onChange={refresh} />
          <AgendaSection room={room} onChange={refresh} />
          {latest && (
            <MeetingRecord meeting={latest} partnerName={room.partner?.name ?? ''} onChange={refresh} />
          )}
          <ScheduleSection room={room} onChange={refresh} />
          {topic === 'parenting' && <PlanSection />}
          <EarlierMeetings meetings={earlier} />
        </>
      )}
    </Page>
  );
}
