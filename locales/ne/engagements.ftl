# सहकार्य: आज, योजना र क्षमता विकासकर्ताको पृष्ठ।
nav-training = तालिम
engagement-builder = क्षमता विकासकर्ता: { $name }
engagement-dates = { $start } देखि { $end } सम्म
engagement-sections = तालिमका भागहरू
engagement-plan = योजना
engagement-deliverables = बुझाउनुपर्ने कामहरू
engagement-challenges = चुनौती अभिलेख
engagement-calls = भिडियो कलहरू
engagement-curriculum = मोड्युलहरू
today-title = आज
today-day = { $days } मध्ये दिन { $day }
today-weekend = सप्ताहान्त: अब दिन { $day } आउँछ
today-before = { $count ->
    [one] तालिम भोलि सुरु हुन्छ
   *[other] तालिम { $count } दिनपछि सुरु हुन्छ
}
today-after = दुई हप्ता सकियो
today-progress = योजनाको { $percent }% पूरा भयो
today-tasks = { $date } मा गर्ने काम
today-no-tasks = यो दिनका लागि केही योजना छैन।
today-behind = { $count ->
    [one] अघिल्लो एउटा काम अझै बाँकी छ
   *[other] अघिल्ला { $count } काम अझै बाँकी छन्
}
today-deliverables = बुझाउनुपर्ने कामहरू
today-due = म्याद { $date }
today-overdue = म्याद नाघ्यो
today-open-challenges = { $count ->
    [one] एउटा चुनौती खुला छ
   *[other] { $count } चुनौती खुला छन्
}
today-next-call = अर्को कल
today-join = कलमा सामेल हुनुहोस्
today-agenda = कार्यसूची
today-no-call = अहिलेसम्म कुनै कल तय भएको छैन।
task-watch = भिडियो हेर्नुहोस्: { $module }
task-read = पढ्नुहोस्: { $module }
task-answer = छलफलका प्रश्नको उत्तर दिनुहोस्: { $module }
task-produce = आफ्नो { $deliverable } मा काम गर्नुहोस्
task-mark-done = पूरा भयो भनी चिनो लगाउनुहोस्
task-undo = पूरा नभएको भनी चिनो लगाउनुहोस्
work-kind-campaign_plan = अभियान योजना
work-kind-smart_objective = SMART उद्देश्य
work-kind-survey = सर्वेक्षण
work-kind-pilot_report = परीक्षण प्रतिवेदन
work-kind-challenges_log = चुनौती अभिलेख
work-state-draft = मस्यौदा
work-state-submitted = बुझाइयो, समीक्षा पर्खंदै
work-state-changes_requested = परिवर्तन मागियो
work-state-accepted = स्वीकृत
work-late = ढिलो
plan-title = दुई हप्ताको योजना
plan-day = दिन { $day }, { $date }
plan-tailor = यो काम बदल्नुहोस्
plan-task-title = काम
plan-task-title-hint = टोलीले के गर्नुपर्छ, छोटो वाक्यमा।
plan-task-details = विवरण
plan-task-details-hint = ऐच्छिक: यो संस्थाको आफ्नै अभियानसँग कसरी जोडिन्छ।
plan-task-day = दिन
plan-task-day-hint = तालिमको कार्य दिन, १ देखि १० सम्म।
plan-rewrite = काम सुरक्षित गर्नुहोस्
plan-up = माथि सार्नुहोस्
plan-down = तल सार्नुहोस्
plan-move-to = यो दिनमा सार्नुहोस्
plan-move = सार्नुहोस्
plan-remove = योजनाबाट हटाउनुहोस्
plan-note = टिप्पणी
plan-note-hint = तालिमलाई संस्थाको अभियानसँग जोड्नुहोस्: उदाहरण, सम्पर्क, के मा ध्यान दिने।
plan-add-note = टिप्पणी थप्नुहोस्
plan-note-by = { $name } को टिप्पणी
plan-notes = सम्पूर्ण योजनाका टिप्पणीहरू
plan-no-notes = अहिलेसम्म कुनै टिप्पणी छैन।
plan-add = काम थप्नुहोस्
plan-add-task = यो काम थप्नुहोस्
plan-error-title-empty = कामले के माग्छ लेख्नुहोस्।
plan-error-title-long = काम २०० अक्षरभन्दा छोटो राख्नुहोस्; बाँकी विवरणमा लेख्नुहोस्।
plan-error-details-long = विवरण धेरै लामो भयो (बढीमा ४,००० अक्षर)।
plan-error-day = १ देखि १० सम्मको कार्य दिन छान्नुहोस्।
plan-error-note-empty = थप्नुअघि टिप्पणी लेख्नुहोस्।
plan-error-note-long = टिप्पणी धेरै लामो भयो (बढीमा ४,००० अक्षर)।
overview-title = तालिममा रहेका संस्थाहरू
overview-none = अहिलेसम्म कुनै सहकार्य छैन।
overview-waiting = { $count ->
    [0] तपाईंलाई केही पर्खिरहेको छैन।
    [one] तपाईंलाई एउटा काम पर्खिरहेको छ।
   *[other] तपाईंलाई { $count } काम पर्खिरहेका छन्।
}
overview-review = { $deliverable } समीक्षा गर्नुहोस्
overview-challenges = { $count ->
    [one] एउटा चुनौतीलाई तपाईंको मार्गदर्शन चाहिन्छ
   *[other] { $count } चुनौतीलाई तपाईंको मार्गदर्शन चाहिन्छ
}
overview-overdue = { $count ->
    [one] बुझाउनुपर्ने एउटा कामको म्याद नाघ्यो
   *[other] बुझाउनुपर्ने { $count } कामको म्याद नाघ्यो
}
overview-next-call = अर्को कल: { $time }
