import { useCallback, useDeferredValue, useId, useMemo, useState } from 'react';
import { Button } from '@/components/button';
import { TabPanel, Tabs } from '@/components/tabs';
import { VisuallyHidden } from '@/components/visually-hidden';
import { isFiltering, type TalkFilter } from '@/domain/search/talk-filter';
import { dayLabel, dayOf, groupByDay } from '@/domain/time/conference-day';
import { conferenceToday } from '@/domain/time/conference-today';
import { zoneLabel } from '@/domain/time/format-time';
import { useShownPlan } from '@/store/plan-selectors';
import { useShownZone } from '@/store/use-shown-zone';
import { tracksOf, withoutTracks } from '@/domain/search/tracks';
import { useHiddenColumns } from '@/store/hidden-columns';
import { ScheduleFilters } from './schedule-filters';
import { useShownSchedule } from '@/store/shown-schedule';
import { useHydrated } from '@/store/use-hydrated';
import { changeFragment, useUrlFragment } from '@/store/url-fragment';
import { ScheduleTimeline } from './schedule-timeline';
import { TalkDetailsFromLink } from './talk-details-from-link';
import { useTalkHash } from './use-talk-hash';
import { useTalkSearch } from './use-talk-search';
import { useFirstSharedDay } from './use-first-shared-day';
import type { TalkListProps } from './talk-list-props';
import styles from './schedule-view.module.css';
import { formatCount } from '@/domain/format-count';
import { FOCUS_FALLBACK_ATTRIBUTE, FOCUS_LIST_ATTRIBUTE } from '@/lib/remove-keeping-focus';

const NOTHING_STARRED: string[] = [];
const NO_TALKS: never[] = [];

interface ScheduleViewProps {
  /** The current moment: during the conference it picks today's tab and marks now on the grid. */
  now?: number;
  /** Whether the page has settled after its first paint: search and filters load then, if not sooner. */
  idle?: boolean;
}

/** The schedule one conference day at a time, with search, filters and talk details. */
export function ScheduleView({ now, idle = false }: ScheduleViewProps) {
  const { schedule } = useShownSchedule();
  const { conference, talks } = schedule;
  const conferenceZone = conference.timeZone;
  const dayTabsId = useId();
  const shownZone = useShownZone(conferenceZone);
  const { openTalkId, openTalk } = useTalkHash();
  const { problemMessage: fragmentProblem, fragment, pending } = useUrlFragment();
  const openedTalk = talks.find((talk) => talk.id === openTalkId);
  const shared = useFirstSharedDay(fragment.share, talks, conferenceZone);

  const today = conferenceToday(conference.days, now, conferenceZone);
  const [day, setDay] = useState(() =>
    openedTalk ? dayOf(openedTalk.start, conferenceZone) : (today ?? conference.days[0] ?? ''),
  );
  // A share link, on arrival or pasted later, shows the day its first talk is on, once read;
  // a talk the address opens keeps its own day.
  const [followedShare, setFollowedShare] = useState<string | null>(null);
  if (shared && shared.code !== followedShare) {
    setFollowedShare(shared.code);
    if (shared.day && !openedTalk) setDay(shared.day);
  }
  // When the clock crosses midnight, whoever was looking at today follows it to the new day.
  const [followedToday, setFollowedToday] = useState(today);
  if (today !== followedToday) {
    setFollowedToday(today);
    const wasOnToday = day === (followedToday ?? conference.days[0]);
    if (today !== null && wasOnToday) setDay(today);
  }
  // The address is read once the page is live: a talk it names shows on its own day.
  const hydrated = useHydrated();
  const [addressRead, setAddressRead] = useState(hydrated);
  if (hydrated && !addressRead && !pending) {
    setAddressRead(true);
    if (openedTalk) setDay(dayOf(openedTalk.start, conferenceZone));
  }
  const [query, setQuery] = useState('');
  // The box shows each key at once; the grid catches up when the browser has time.
  const shownQuery = useDeferredValue(query);
  const { hidden, toggleColumn, toggleTrack, showAll } = useHiddenColumns(conference.id);
  const hiddenEvents = hidden.columns;
  const tracks = useMemo(() => tracksOf(talks), [talks]);
  const [starredOnly, setStarredOnly] = useState(false);
  // Subscribing only while the filter is on keeps starring from re-rendering the whole grid.
  const starred = useShownPlan((plan) => (starredOnly ? plan.starred : NOTHING_STARRED));

  const filter = useMemo<TalkFilter>(
    () => ({
      query: shownQuery,
      events:
        hiddenEvents.length === 0
          ? null
          : conference.columns.filter((e) => !hiddenEvents.includes(e)),
      onlyIds: starredOnly ? new Set(starred) : null,
    }),
    [shownQuery, hiddenEvents, starredOnly, starred, conference.columns],
  );
  const wantsFilter = isFiltering(filter) || hidden.tracks.length > 0;
  const [searchTouched, setSearchTouched] = useState(false);
  const search = useTalkSearch(wantsFilter || searchTouched || idle);
  // Until the search code is here the whole day shows; what was typed applies when it arrives.
  const filtering = wantsFilter && search !== null;
  const byDay = useMemo(
    () =>
      groupByDay(
        search && filtering
          ? search.filterTalks(withoutTracks(talks, hidden.tracks), filter)
          : talks,
        conference.days,
        conferenceZone,
      ),
    [search, filtering, talks, hidden.tracks, filter, conference.days, conferenceZone],
  );
  const dayTalks = byDay.get(day) ?? NO_TALKS;
  // While searching, every match shows, grouped by day, saying where it matched.
  const words = useMemo(() => (search ? search.queryWords(shownQuery) : []), [search, shownQuery]);
  const searching = words.length > 0;
  const days = conference.days.map((date) => ({ date, label: dayLabel(date, conferenceZone) }));
  const countOn = (date: string) => byDay.get(date)?.length ?? 0;
  const dayTabs = days.map((d) => ({
    value: d.date,
    label: filtering ? (
      <>
        {d.label}
        {/* Seen on the tab; heard in the status line, so the tab's name stays the day's. */}
        <span className={styles.tabCount} aria-hidden="true">
          {countOn(d.date)}
        </span>
      </>
    ) : (
      d.label
    ),
  }));
  const currentLabel = days.find((d) => d.date === day)?.label ?? day;
  const otherDays = filtering
    ? days
        .filter((d) => d.date !== day)
        .map((d) => ({ ...d, count: countOn(d.date) }))
        .filter((d) => d.count > 0)
    : [];
  const matchesByDay = useMemo(
    () =>
      conference.days
        .map((date) => ({
          date,
          label: dayLabel(date, conferenceZone),
          talks: byDay.get(date) ?? NO_TALKS,
        }))
        .filter((group) => group.talks.length > 0),
    [byDay, conference.days, conferenceZone],
  );
  const groupId = useCallback((date: string) => `${dayTabsId}-matches-${date}`, [dayTabsId]);
  const selectDay = (date: string) => {
    setDay(date);
    // Every day's matches are on the page while searching: the tab leads to that day's.
    if (searching) document.getElementById(groupId(date))?.scrollIntoView?.({ block: 'start' });
  };

  const talkListProps: TalkListProps = {
    eventOrder: conference.columns,
    shownZone,
    conferenceZone,
    onOpenTalk: openTalk,
  };
  const clearFilters = () => {
    setQuery('');
    showAll();
    setStarredOnly(false);
  };

  return (
    // The tab panel already names this view "Schedule", so it is no second landmark.
    // With "Starred only" on, unstarring takes a card away: focus moves to its neighbour.
    <div {...{ [FOCUS_LIST_ATTRIBUTE]: '' }}>
      <ScheduleFilters
        query={query}
        onQueryChange={setQuery}
        onSearchFocus={() => setSearchTouched(true)}
        events={conference.columns}
        selectedEvents={conference.columns.filter((e) => !hiddenEvents.includes(e))}
        onToggleEvent={toggleColumn}
        columnKind={conference.columnKind}
        tracks={tracks}
        shownTracks={tracks.filter((track) => !hidden.tracks.includes(track))}
        onToggleTrack={toggleTrack}
        starredOnly={starredOnly}
        onStarredOnlyChange={setStarredOnly}
      />
      {/* Stays at the top while a phone scrolls through the day. */}
      <div className={styles.dayTabs}>
        <Tabs
          id={dayTabsId}
          label="Conference day"
          tabs={dayTabs}
          selected={day}
          onSelect={selectDay}
          variant="strip"
        />
      </div>
      <TabPanel tabsId={dayTabsId} selected={day}>
        {/* Names the day for the talks' own headings (h3); search results name each day instead. */}
        {!searching && <VisuallyHidden as="h2">Talks on {currentLabel}</VisuallyHidden>}
        <div className={styles.summary}>
          {/* Takes focus when the last card shown leaves, so focus never falls to the page. */}
          <p
            role="status"
            className={styles.count}
            tabIndex={-1}
            {...{ [FOCUS_FALLBACK_ATTRIBUTE]: '' }}
          >
            {dayTalks.length === 0
              ? `No talks on ${currentLabel}${filtering ? ' match your search' : ''}.`
              : `${formatCount(dayTalks.length, 'talk')} on ${currentLabel}${filtering ? ' match' : ''}`}
            {otherDays.length > 0 && (
              <VisuallyHidden>
                {' '}
                · {otherDays.map((d) => `${d.count} more on ${d.label}`).join(', ')}
              </VisuallyHidden>
            )}
            <span className={styles.zone}>
              {' '}
              · times in{' '}
              <span className={styles.zoneName}>
                {zoneLabel(Date.parse(`${day}T12:00:00Z`), shownZone)}
              </span>
            </span>
          </p>
          {search && <search.OtherDayMatches days={otherDays} onSelectDay={selectDay} />}
          {filtering && (searching || dayTalks.length === 0) && (
            <Button onClick={clearFilters}>Clear search</Button>
          )}
        </div>
        {search && searching && (
          <search.SearchResults
            key={words.join(' ')}
            days={matchesByDay}
            words={words}
            groupId={groupId}
            {...talkListProps}
          />
        )}
        {!searching && dayTalks.length > 0 && (
          // A day of its own each: a big day paints its first cards, then the rest frame by frame.
          <ScheduleTimeline key={day} talks={dayTalks} now={now} {...talkListProps} />
        )}
      </TabPanel>
      <TalkDetailsFromLink />
      {fragmentProblem && (
        <div role="alert" className={styles.notice}>
          <p>{fragmentProblem}</p>
          <Button onClick={() => changeFragment({})}>Dismiss</Button>
        </div>
      )}
    </div>
  );
}
