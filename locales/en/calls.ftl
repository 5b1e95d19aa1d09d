# Calls: scheduled video calls, their notes and attendance, the calendar feed and the emails.

calls-title = Calls
calls-call-title = Call
calls-back = All calls of { $organisation }
calls-span = The two weeks run from { $first } to { $last }.
calls-calendar-link = Add your calls and deadlines to your phone's calendar
calls-upcoming = Coming calls
calls-none-upcoming = No call is planned yet.
calls-past = Past and cancelled calls
calls-state-upcoming = Planned
calls-state-live = Happening now
calls-state-over = Over
calls-state-cancelled = Cancelled
calls-join = Join the call
calls-scheduled-by = Scheduled by { $name }
calls-when-local = { $date }, { $start }–{ $end } ({ $zone })
calls-when-utc = { $date }, { $start }–{ $end } UTC

calls-schedule-title = Schedule a call
calls-schedule = Schedule the call
calls-change-title = Move or change this call
calls-change = Save the changes
calls-cancel-explained = Everyone taking part is emailed when a call is cancelled, and it disappears from their calendars.
calls-cancel = Cancel this call
calls-zone-note = Enter the date and time in the CSO's time zone: { $zone }. Everyone sees the time in this zone and in UTC.
calls-date = Date
calls-time = Start time
calls-time-hint = 24-hour clock, for example 14:30.
calls-minutes = Length in minutes
calls-minutes-hint = Between 10 and 240.
calls-meeting-url = Meeting link
calls-meeting-url-hint = Any https:// link (Jitsi Meet, Google Meet, Zoom…). Leave it empty to get a new Jitsi Meet room, which needs no account.
calls-agenda = Agenda
calls-agenda-hint = What the call is for, so everyone can prepare.

calls-error-date = Enter the date as year-month-day, for example 2026-11-03.
calls-error-time = Enter the start time as hours and minutes, for example 14:30.
calls-error-time-skipped = The clocks change at this time in this time zone, so it does not exist. Choose another time.
calls-error-minutes = Enter a length between 10 and 240 minutes.
calls-error-meeting-url = Enter a full link that starts with https://, or leave the field empty for a new Jitsi Meet room.
calls-error-past = Choose a time that is still to come.
calls-error-outside = Choose a day within the two weeks.
calls-error-overlap = Choose a time when no other call is planned.
calls-refused-past = This time has already passed. Calls are scheduled for a time still to come.
calls-refused-outside = Calls take place during the engagement's two weeks, from { $first } to { $last } ({ $zone }), and must end by midnight of the last day. Choose a day in between.
calls-refused-overlap = Another call of this engagement is planned at { $when }. Calls must not overlap: choose a time before it starts or after it ends.
calls-refused-changed = Someone else changed the calls at the same moment. Check the list of calls and try again.
calls-refused-started = This call has already started, so it can no longer be moved or cancelled.
calls-refused-cancelled = This call is cancelled, so it can no longer be changed.
calls-refused-not-started = Notes and attendance are recorded once the call has started.

calls-notes = Notes
calls-notes-hint = What was discussed and agreed, and the next steps.
calls-no-notes = No notes yet.
calls-attendance = Who attended
calls-attended = attended
calls-absent = did not attend
calls-not-recorded = not recorded
calls-record = Save notes and attendance

calls-feed-title = Your calendar
calls-feed-intro = Your calls and the deadlines of your deliverables can appear in the calendar on your phone. Subscribe once: new calls, changes and cancellations then arrive on their own.
calls-feed-subscribe = Subscribe on this phone
calls-feed-address = Your calendar's address
calls-feed-copy = Copy this address into your calendar app if the button does not work. Touch and hold the text to copy it.
calls-feed-how = How to subscribe
calls-feed-iphone = iPhone and iPad
calls-feed-iphone-how = Tap “Subscribe on this phone” above, then “Subscribe”. Or open Settings, Calendar, Accounts, Add Account, Other, Add Subscribed Calendar, and paste the address.
calls-feed-android = Android (Google Calendar)
calls-feed-android-how = Google Calendar adds a subscription from its website: open the link below while signed in to the Google account of your phone, or go to calendar.google.com, choose Other calendars, From URL, and paste the address. The calendar then appears on your phone.
calls-feed-google = Add to Google Calendar
calls-feed-outlook = Outlook
calls-feed-outlook-how = Choose Add calendar, then Subscribe from web, and paste the address.
calls-feed-refresh = Calendar apps check for changes on their own schedule, from every hour to once a day. The call's page here always shows the latest.
calls-feed-secret-title = Keep the address to yourself
calls-feed-secret = Anyone who has this address can see your calls and deadlines. If you shared it by mistake, replace it: the old address stops working at once, and you subscribe again with the new one.
calls-feed-replace = Replace the address
calls-feed-name = DataShift: { $name }
calls-feed-call = DataShift call: { $organisation }
calls-feed-call-description =
    { $agenda }

    Join: { $join }
    Details: { $link }
calls-feed-alarm = A DataShift call starts in 15 minutes
calls-feed-due = Due: { $what } ({ $organisation })
calls-feed-accepted = Done: { $what } ({ $organisation })
calls-feed-deliverable-campaign_plan = campaign plan
calls-feed-deliverable-smart_objective = SMART objective
calls-feed-deliverable-survey = survey
calls-feed-deliverable-pilot_report = pilot report
calls-feed-deliverable-challenges_log = challenges log

email-call-scheduled-subject = New call on { $when }
email-call-scheduled-body =
    Hello { $name },

    { $by } has scheduled a call for { $organisation }:

    { $when }
    ({ $utc })

    Agenda:
    { $agenda }

    Join with this link: { $join }

    The call's page: { $link }
email-call-changed-subject = Call changed: now on { $when }
email-call-changed-body =
    Hello { $name },

    { $by } has changed a call of { $organisation }. It is now:

    { $when }
    ({ $utc })

    Agenda:
    { $agenda }

    Join with this link: { $join }

    The call's page: { $link }
email-call-cancelled-subject = Call cancelled: { $when }
email-call-cancelled-body =
    Hello { $name },

    { $by } has cancelled the call of { $organisation } planned for { $when } ({ $utc }).

    The call's page: { $link }
email-call-reminder-day-subject = Tomorrow: call on { $when }
email-call-reminder-day-body =
    Hello { $name },

    The call of { $organisation } is in a day:

    { $when }
    ({ $utc })

    Agenda:
    { $agenda }

    Plan a quiet place and a good connection (a data bundle if you need one). Join with this link: { $join }

    The call's page: { $link }
email-call-reminder-hour-subject = In one hour: call on { $when }
email-call-reminder-hour-body =
    Hello { $name },

    The call of { $organisation } starts in one hour:

    { $when }
    ({ $utc })

    Join with this link: { $join }

    Agenda:
    { $agenda }

    The call's page: { $link }
