# कलहरू: तालिका बनाइएका भिडियो कल, तिनका टिपोट र उपस्थिति, क्यालेन्डर र इमेलहरू।

calls-title = कलहरू
calls-call-title = कल
calls-back = { $organisation } का सबै कलहरू
calls-span = दुई हप्ता { $first } देखि { $last } सम्म चल्छ।
calls-calendar-link = आफ्ना कल र अन्तिम मितिहरू फोनको क्यालेन्डरमा थप्नुहोस्
calls-upcoming = आउँदै गरेका कलहरू
calls-none-upcoming = अहिलेसम्म कुनै कल तय गरिएको छैन।
calls-past = बितेका र रद्द गरिएका कलहरू
calls-state-upcoming = तय गरिएको
calls-state-live = अहिले चलिरहेको
calls-state-over = सकियो
calls-state-cancelled = रद्द गरियो
calls-join = कलमा सामेल हुनुहोस्
calls-scheduled-by = { $name } ले तय गर्नुभएको
calls-when-local = { $date }, { $start }–{ $end } ({ $zone })
calls-when-utc = { $date }, { $start }–{ $end } UTC

calls-schedule-title = कल तय गर्नुहोस्
calls-schedule = कल तय गर्नुहोस्
calls-change-title = यो कल सार्नुहोस् वा बदल्नुहोस्
calls-change = परिवर्तनहरू सुरक्षित गर्नुहोस्
calls-cancel-explained = कल रद्द गर्दा सहभागी सबैलाई इमेल पठाइन्छ, र त्यो उहाँहरूको क्यालेन्डरबाट हट्छ।
calls-cancel = यो कल रद्द गर्नुहोस्
calls-zone-note = मिति र समय संस्थाको समय क्षेत्रमा लेख्नुहोस्: { $zone }। सबैले समय यही क्षेत्रमा र UTC मा देख्नुहुन्छ।
calls-date = मिति
calls-time = सुरु हुने समय
calls-time-hint = २४ घण्टाको घडी, जस्तै 14:30।
calls-minutes = अवधि (मिनेटमा)
calls-minutes-hint = 10 देखि 240 सम्म।
calls-meeting-url = बैठकको लिङ्क
calls-meeting-url-hint = कुनै पनि https:// लिङ्क (Jitsi Meet, Google Meet, Zoom…)। खाता नचाहिने नयाँ Jitsi Meet कोठा पाउन खाली छोड्नुहोस्।
calls-agenda = कार्यसूची
calls-agenda-hint = कल केका लागि हो, ताकि सबैले तयारी गर्न सकून्।

calls-error-date = मिति वर्ष-महिना-दिन ढाँचामा लेख्नुहोस्, जस्तै 2026-11-03।
calls-error-time = सुरु हुने समय घण्टा र मिनेटमा लेख्नुहोस्, जस्तै 14:30।
calls-error-time-skipped = यो समय क्षेत्रमा यही बेला घडी बदलिन्छ, त्यसैले यो समय अस्तित्वमा छैन। अर्को समय रोज्नुहोस्।
calls-error-minutes = 10 देखि 240 मिनेटसम्मको अवधि लेख्नुहोस्।
calls-error-meeting-url = https:// बाट सुरु हुने पूरा लिङ्क लेख्नुहोस्, वा नयाँ Jitsi Meet कोठाका लागि यो ठाउँ खाली छोड्नुहोस्।
calls-error-past = अझै नआएको समय रोज्नुहोस्।
calls-error-outside = दुई हप्ताभित्रको दिन रोज्नुहोस्।
calls-error-overlap = अर्को कल तय नभएको समय रोज्नुहोस्।
calls-refused-past = यो समय बितिसकेको छ। कलहरू अझै आउन बाँकी समयका लागि मात्र तय गरिन्छन्।
calls-refused-outside = कलहरू तालिमको दुई हप्ताभित्र, { $first } देखि { $last } सम्म ({ $zone }) हुन्छन्, र अन्तिम दिनको मध्यरातअघि सकिनुपर्छ। यसबीचको दिन रोज्नुहोस्।
calls-refused-overlap = यस तालिमको अर्को कल { $when } मा तय भइसकेको छ। कलहरू एकअर्कामा खप्टिन मिल्दैन: त्यो सुरु हुनुअघि वा सकिएपछिको समय रोज्नुहोस्।
calls-refused-changed = अरू कसैले सोही बेला कलहरू बदल्नुभयो। कलहरूको सूची हेरेर फेरि प्रयास गर्नुहोस्।
calls-refused-started = यो कल सुरु भइसकेको छ, त्यसैले अब सार्न वा रद्द गर्न मिल्दैन।
calls-refused-cancelled = यो कल रद्द गरिएको छ, त्यसैले अब बदल्न मिल्दैन।
calls-refused-not-started = टिपोट र उपस्थिति कल सुरु भएपछि मात्र लेखिन्छ।

calls-notes = टिपोट
calls-notes-hint = के छलफल भयो, के सहमति भयो, र अर्का कदमहरू।
calls-no-notes = अहिलेसम्म टिपोट छैन।
calls-attendance = को-को उपस्थित हुनुभयो
calls-attended = उपस्थित
calls-absent = अनुपस्थित
calls-not-recorded = लेखिएको छैन
calls-record = टिपोट र उपस्थिति सुरक्षित गर्नुहोस्

calls-feed-title = तपाईंको क्यालेन्डर
calls-feed-intro = तपाईंका कलहरू र कामहरूका अन्तिम मितिहरू तपाईंको फोनको क्यालेन्डरमा देखिन सक्छन्। एक पटक सदस्यता लिनुहोस्: नयाँ कल, परिवर्तन र रद्द आफैँ आइपुग्छन्।
calls-feed-subscribe = यो फोनमा सदस्यता लिनुहोस्
calls-feed-address = तपाईंको क्यालेन्डरको ठेगाना
calls-feed-copy = बटनले काम नगरे यो ठेगाना आफ्नो क्यालेन्डर एपमा कपी गर्नुहोस्। कपी गर्न पाठलाई थिचिराख्नुहोस्।
calls-feed-how = कसरी सदस्यता लिने
calls-feed-iphone = iPhone र iPad
calls-feed-iphone-how = माथिको “यो फोनमा सदस्यता लिनुहोस्” थिच्नुहोस्, त्यसपछि “Subscribe”। वा Settings, Calendar, Accounts, Add Account, Other, Add Subscribed Calendar खोलेर ठेगाना टाँस्नुहोस्।
calls-feed-android = Android (Google Calendar)
calls-feed-android-how = Google Calendar ले आफ्नो वेबसाइटबाट सदस्यता थप्छ: आफ्नो फोनको Google खातामा लग इन गरेर तलको लिङ्क खोल्नुहोस्, वा calendar.google.com मा गएर Other calendars, From URL रोजी ठेगाना टाँस्नुहोस्। त्यसपछि क्यालेन्डर तपाईंको फोनमा देखिन्छ।
calls-feed-google = Google Calendar मा थप्नुहोस्
calls-feed-outlook = Outlook
calls-feed-outlook-how = Add calendar, त्यसपछि Subscribe from web रोजेर ठेगाना टाँस्नुहोस्।
calls-feed-refresh = क्यालेन्डर एपहरूले आफ्नै तालिकामा परिवर्तन जाँच्छन्, हरेक घण्टादेखि दिनको एक पटकसम्म। यहाँको कल पृष्ठले सधैँ पछिल्लो जानकारी देखाउँछ।
calls-feed-secret-title = यो ठेगाना आफूसँग मात्र राख्नुहोस्
calls-feed-secret = यो ठेगाना भएका जो कोहीले तपाईंका कल र अन्तिम मितिहरू हेर्न सक्छन्। भुलवश सेयर गर्नुभयो भने बदल्नुहोस्: पुरानो ठेगानाले तुरुन्तै काम गर्न छोड्छ, र तपाईं नयाँ ठेगानाबाट फेरि सदस्यता लिनुहुन्छ।
calls-feed-replace = ठेगाना बदल्नुहोस्
calls-feed-name = DataShift: { $name }
calls-feed-call = DataShift कल: { $organisation }
calls-feed-call-description =
    { $agenda }

    सामेल हुनुहोस्: { $join }
    विवरण: { $link }
calls-feed-alarm = DataShift कल १५ मिनेटमा सुरु हुँदैछ
calls-feed-due = अन्तिम मिति: { $what } ({ $organisation })
calls-feed-accepted = सम्पन्न: { $what } ({ $organisation })
calls-feed-deliverable-campaign_plan = अभियान योजना
calls-feed-deliverable-smart_objective = SMART उद्देश्य
calls-feed-deliverable-survey = सर्वेक्षण
calls-feed-deliverable-pilot_report = परीक्षण प्रतिवेदन
calls-feed-deliverable-challenges_log = चुनौतीहरूको अभिलेख

email-call-scheduled-subject = नयाँ कल: { $when }
email-call-scheduled-body =
    नमस्ते { $name },

    { $by } ले { $organisation } का लागि कल तय गर्नुभएको छ:

    { $when }
    ({ $utc })

    कार्यसूची:
    { $agenda }

    यो लिङ्कबाट सामेल हुनुहोस्: { $join }

    कलको पृष्ठ: { $link }
email-call-changed-subject = कल बदलियो: अब { $when }
email-call-changed-body =
    नमस्ते { $name },

    { $by } ले { $organisation } को एउटा कल बदल्नुभएको छ। अब यो हो:

    { $when }
    ({ $utc })

    कार्यसूची:
    { $agenda }

    यो लिङ्कबाट सामेल हुनुहोस्: { $join }

    कलको पृष्ठ: { $link }
email-call-cancelled-subject = कल रद्द गरियो: { $when }
email-call-cancelled-body =
    नमस्ते { $name },

    { $by } ले { $when } ({ $utc }) मा तय भएको { $organisation } को कल रद्द गर्नुभएको छ।

    कलको पृष्ठ: { $link }
email-call-reminder-day-subject = भोलि: कल { $when }
email-call-reminder-day-body =
    नमस्ते { $name },

    { $organisation } को कल एक दिनपछि छ:

    { $when }
    ({ $utc })

    कार्यसूची:
    { $agenda }

    शान्त ठाउँ र राम्रो इन्टरनेट (आवश्यक परे डेटा प्याक) को तयारी गर्नुहोस्। यो लिङ्कबाट सामेल हुनुहोस्: { $join }

    कलको पृष्ठ: { $link }
email-call-reminder-hour-subject = एक घण्टामा: कल { $when }
email-call-reminder-hour-body =
    नमस्ते { $name },

    { $organisation } को कल एक घण्टामा सुरु हुन्छ:

    { $when }
    ({ $utc })

    यो लिङ्कबाट सामेल हुनुहोस्: { $join }

    कार्यसूची:
    { $agenda }

    कलको पृष्ठ: { $link }
