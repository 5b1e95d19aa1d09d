# Simu: simu za video zilizopangwa, kumbukumbu na mahudhurio yake, kalenda na barua pepe.

calls-title = Simu za video
calls-call-title = Simu ya video
calls-back = Simu zote za { $organisation }
calls-span = Wiki mbili ni kuanzia { $first } hadi { $last }.
calls-calendar-link = Weka simu na tarehe za mwisho kwenye kalenda ya simu yako
calls-upcoming = Simu zijazo
calls-none-upcoming = Bado hakuna simu iliyopangwa.
calls-past = Simu zilizopita na zilizoghairiwa
calls-state-upcoming = Imepangwa
calls-state-live = Inaendelea sasa
calls-state-over = Imekwisha
calls-state-cancelled = Imeghairiwa
calls-join = Jiunge na simu
calls-scheduled-by = Imepangwa na { $name }
calls-when-local = { $date }, { $start }–{ $end } ({ $zone })
calls-when-utc = { $date }, { $start }–{ $end } UTC

calls-schedule-title = Panga simu
calls-schedule = Panga simu hii
calls-change-title = Hamisha au badilisha simu hii
calls-change = Hifadhi mabadiliko
calls-cancel-explained = Simu ikighairiwa, kila anayeshiriki anatumiwa barua pepe, na inaondoka kwenye kalenda zao.
calls-cancel = Ghairi simu hii
calls-zone-note = Andika tarehe na saa kwa saa za eneo la shirika: { $zone }. Kila mtu anaona saa kwa eneo hili na kwa UTC.
calls-date = Tarehe
calls-time = Saa ya kuanza
calls-time-hint = Saa 24, kwa mfano 14:30.
calls-minutes = Muda kwa dakika
calls-minutes-hint = Kati ya 10 na 240.
calls-meeting-url = Kiungo cha mkutano
calls-meeting-url-hint = Kiungo chochote cha https:// (Jitsi Meet, Google Meet, Zoom…). Kiache wazi kupata chumba kipya cha Jitsi Meet, kisichohitaji akaunti.
calls-agenda = Ajenda
calls-agenda-hint = Simu ni ya nini, ili kila mtu ajiandae.

calls-error-date = Andika tarehe kama mwaka-mwezi-siku, kwa mfano 2026-11-03.
calls-error-time = Andika saa ya kuanza kama saa na dakika, kwa mfano 14:30.
calls-error-time-skipped = Saa hubadilishwa wakati huu katika eneo hili, kwa hiyo saa hii haipo. Chagua saa nyingine.
calls-error-minutes = Andika muda kati ya dakika 10 na 240.
calls-error-meeting-url = Andika kiungo kamili kinachoanza na https://, au acha sehemu hii wazi upate chumba kipya cha Jitsi Meet.
calls-error-past = Chagua saa ambayo bado haijafika.
calls-error-outside = Chagua siku ndani ya wiki mbili.
calls-error-overlap = Chagua saa ambayo hakuna simu nyingine iliyopangwa.
calls-refused-past = Saa hii imeshapita. Simu hupangwa kwa saa ambayo bado haijafika.
calls-refused-outside = Simu hufanyika ndani ya wiki mbili za mafunzo, kuanzia { $first } hadi { $last } ({ $zone }), na lazima ziishe kabla ya saa sita usiku wa siku ya mwisho. Chagua siku iliyo katikati.
calls-refused-overlap = Tayari kuna simu nyingine ya mafunzo haya iliyopangwa { $when }. Simu haziwezi kuingiliana: chagua saa kabla haijaanza au baada ya kuisha.
calls-refused-changed = Mtu mwingine alibadilisha simu wakati huo huo. Angalia orodha ya simu kisha ujaribu tena.
calls-refused-started = Simu hii imeshaanza, kwa hiyo haiwezi tena kuhamishwa wala kughairiwa.
calls-refused-cancelled = Simu hii imeghairiwa, kwa hiyo haiwezi tena kubadilishwa.
calls-refused-not-started = Kumbukumbu na mahudhurio huandikwa simu ikishaanza.

calls-notes = Kumbukumbu
calls-notes-hint = Mliyojadili na kukubaliana, na hatua zinazofuata.
calls-no-notes = Bado hakuna kumbukumbu.
calls-attendance = Waliohudhuria
calls-attended = alihudhuria
calls-absent = hakuhudhuria
calls-not-recorded = haijaandikwa
calls-record = Hifadhi kumbukumbu na mahudhurio

calls-feed-title = Kalenda yako
calls-feed-intro = Simu zako na tarehe za mwisho za kazi zako zinaweza kuonekana kwenye kalenda ya simu yako. Jisajili mara moja: simu mpya, mabadiliko na kughairiwa vitafika vyenyewe.
calls-feed-subscribe = Jisajili kwenye simu hii
calls-feed-address = Anwani ya kalenda yako
calls-feed-copy = Nakili anwani hii kwenye programu ya kalenda ikiwa kitufe hakifanyi kazi. Gusa na ushikilie maandishi ili kuyanakili.
calls-feed-how = Jinsi ya kujisajili
calls-feed-iphone = iPhone na iPad
calls-feed-iphone-how = Gusa “Jisajili kwenye simu hii” hapo juu, kisha “Subscribe”. Au fungua Settings, Calendar, Accounts, Add Account, Other, Add Subscribed Calendar, na ubandike anwani.
calls-feed-android = Android (Google Calendar)
calls-feed-android-how = Google Calendar huongeza usajili kupitia tovuti yake: fungua kiungo kilicho hapa chini ukiwa umeingia kwenye akaunti ya Google ya simu yako, au nenda calendar.google.com, chagua Other calendars, From URL, na ubandike anwani. Kalenda itaonekana kwenye simu yako.
calls-feed-google = Ongeza kwenye Google Calendar
calls-feed-outlook = Outlook
calls-feed-outlook-how = Chagua Add calendar, kisha Subscribe from web, na ubandike anwani.
calls-feed-refresh = Programu za kalenda hutafuta mabadiliko kwa ratiba yao, kuanzia kila saa hadi mara moja kwa siku. Ukurasa wa simu hapa huonyesha taarifa za karibuni kila wakati.
calls-feed-secret-title = Weka anwani hii kuwa siri
calls-feed-secret = Yeyote mwenye anwani hii anaweza kuona simu zako na tarehe za mwisho. Ukiitoa kwa makosa, ibadilishe: anwani ya zamani inaacha kufanya kazi mara moja, na unajisajili upya kwa anwani mpya.
calls-feed-replace = Badilisha anwani
calls-feed-name = DataShift: { $name }
calls-feed-call = Simu ya DataShift: { $organisation }
calls-feed-call-description =
    { $agenda }

    Jiunge: { $join }
    Maelezo: { $link }
calls-feed-alarm = Simu ya DataShift inaanza baada ya dakika 15
calls-feed-due = Mwisho: { $what } ({ $organisation })
calls-feed-accepted = Imekamilika: { $what } ({ $organisation })
calls-feed-deliverable-campaign_plan = mpango wa kampeni
calls-feed-deliverable-smart_objective = lengo la SMART
calls-feed-deliverable-survey = utafiti
calls-feed-deliverable-pilot_report = ripoti ya majaribio
calls-feed-deliverable-challenges_log = daftari la changamoto

email-call-scheduled-subject = Simu mpya { $when }
email-call-scheduled-body =
    Habari { $name },

    { $by } amepanga simu kwa ajili ya { $organisation }:

    { $when }
    ({ $utc })

    Ajenda:
    { $agenda }

    Jiunge kwa kiungo hiki: { $join }

    Ukurasa wa simu: { $link }
email-call-changed-subject = Simu imebadilishwa: sasa ni { $when }
email-call-changed-body =
    Habari { $name },

    { $by } amebadilisha simu ya { $organisation }. Sasa ni:

    { $when }
    ({ $utc })

    Ajenda:
    { $agenda }

    Jiunge kwa kiungo hiki: { $join }

    Ukurasa wa simu: { $link }
email-call-cancelled-subject = Simu imeghairiwa: { $when }
email-call-cancelled-body =
    Habari { $name },

    { $by } ameghairi simu ya { $organisation } iliyopangwa { $when } ({ $utc }).

    Ukurasa wa simu: { $link }
email-call-reminder-day-subject = Kesho: simu { $when }
email-call-reminder-day-body =
    Habari { $name },

    Simu ya { $organisation } ni baada ya siku moja:

    { $when }
    ({ $utc })

    Ajenda:
    { $agenda }

    Andaa mahali tulivu na mtandao mzuri (kifurushi cha data ikihitajika). Jiunge kwa kiungo hiki: { $join }

    Ukurasa wa simu: { $link }
email-call-reminder-hour-subject = Baada ya saa moja: simu { $when }
email-call-reminder-hour-body =
    Habari { $name },

    Simu ya { $organisation } inaanza baada ya saa moja:

    { $when }
    ({ $utc })

    Jiunge kwa kiungo hiki: { $join }

    Ajenda:
    { $agenda }

    Ukurasa wa simu: { $link }
