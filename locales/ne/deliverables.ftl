# समीक्षा हुने बुझाउनुपर्ने कामहरू (अभियान योजना, SMART उद्देश्य, सर्वेक्षण, पाइलट प्रतिवेदन) र
# चुनौती अभिलेख।

deliverables-kind-campaign-plan = अभियान योजना
deliverables-kind-smart-objective = SMART उद्देश्य
deliverables-kind-survey = सर्वेक्षण
deliverables-kind-pilot-report = पाइलट प्रतिवेदन
deliverables-kind-challenges-log = चुनौती अभिलेख

deliverables-state-draft = मस्यौदा
deliverables-state-submitted = बुझाइएको
deliverables-state-changes-requested = परिवर्तन मागिएको
deliverables-state-accepted = स्वीकृत

## सूची

deliverables-list-title = बुझाउनुपर्ने कामहरू
deliverables-list-intro = दुई हप्तामा तपाईंको टोलीले तयार पार्ने कामहरू; हरेक काम तपाईंको क्षमता विकासकर्ताले समीक्षा गर्नुहुन्छ। ढिला भएको काम पनि स्वागत छ: त्यसमा ढिला भएको चिनो लाग्छ, कहिल्यै अस्वीकार हुँदैन।
deliverables-back-to-engagement = { $organisation } को दुई हप्तामा फर्कनुहोस्
deliverables-back-to-list = { $organisation } का बुझाउनुपर्ने कामहरू
deliverables-list-due = म्याद: { $due }
deliverables-list-submitted = अन्तिम पटक बुझाइएको: { $date }
deliverables-late = ढिला
deliverables-overdue = म्याद नाघेको
deliverables-round = चरण { $round }
deliverables-round-drafting = पहिलो पटक बुझाउनुअघि
deliverables-challenges-summary = खुला: { $open } · समाधान भएका: { $resolved }

## एउटा काम

deliverables-status-due = म्याद { $due } सम्म।
deliverables-status-overdue = यसको म्याद { $due } थियो र अझै बुझाइएको छैन। तयार भएपछि बुझाउनुहोस्: यसमा ढिला भएको चिनो लाग्नेछ, अस्वीकार हुने छैन।
deliverables-status-submitted = { $date } मा बुझाइयो (चरण { $round }); { $builder } को समीक्षा पर्खिँदै।
deliverables-status-changes-requested = चरण { $round } मा परिवर्तन मागियो: तलको इतिहासमा टिप्पणीहरू पढ्नुहोस्, परिवर्तन गर्नुहोस् र फेरि बुझाउनुहोस्।
deliverables-status-accepted = { $date } मा { $name } ले स्वीकृत गर्नुभयो। यो अन्तिम हो।
deliverables-late-explained = म्याद ({ $due }) नाघेपछि पहिलो पटक बुझाइएको।
deliverables-notice-saved = मस्यौदा सुरक्षित गरियो।
deliverables-notice-submitted = समीक्षाका लागि बुझाइयो। तपाईंको क्षमता विकासकर्तालाई इमेलबाट जानकारी दिइएको छ।
deliverables-notice-changes-requested = परिवर्तन मागियो। टोलीलाई इमेलबाट जानकारी दिइएको छ।
deliverables-notice-accepted = स्वीकृत गरियो। टोलीलाई इमेलबाट जानकारी दिइएको छ।
deliverables-notice-commented = टिप्पणी थपियो।
deliverables-refused-accepted = यो { $date } मा { $name } ले स्वीकृत गर्नुभएको हो, त्यसैले अब यसलाई परिवर्तन गर्न सकिँदैन। केही भन्नुपर्ने भए तल टिप्पणी लेख्नुहोस्।
deliverables-refused-in-review = यो समीक्षाको पर्खाइमा छ, त्यसैले अहिले परिवर्तन गर्न सकिँदैन। परिवर्तन मागिएमा तपाईं यसलाई परिवर्तन गरेर फेरि बुझाउन सक्नुहुन्छ।
deliverables-refused-not-submitted = समीक्षा गर्ने केही छैन: यो समीक्षाको पर्खाइमा छैन (सायद पहिल्यै समीक्षा भइसकेको छ)।
deliverables-someone = कोही
deliverables-survey-objective = यो सर्वेक्षणले सेवा गर्ने SMART उद्देश्य

deliverables-edit-title = लेख्नुहोस्
deliverables-edit-explained = जति पटक चाहनुहुन्छ मस्यौदा सुरक्षित गर्नुहोस्। सबै भाग तयार भएपछि बुझाउनुहोस्; त्यसपछि तपाईंको क्षमता विकासकर्ताले समीक्षा गर्नुहुन्छ।
deliverables-required = अनिवार्य
deliverables-plan-goal = अभियान योजनाबाट तपाईंको अभियानको लक्ष्य: “{ $goal }”
deliverables-no-forms = तपाईंको संस्थासँग अहिलेसम्म कुनै फारम छैन।
deliverables-go-to-forms = फारमहरूमा गएर एउटा अपलोड गर्नुहोस्।
deliverables-choose-form = फारम छान्नुहोस्
deliverables-save = मस्यौदा सुरक्षित गर्नुहोस्
deliverables-submit = समीक्षाका लागि बुझाउनुहोस्
deliverables-content-title = लेखिएको कुरा

deliverables-review-title = समीक्षा
deliverables-review-explained = यसमाथि काम अघि बढाउन पुग्ने गरी राम्रो भए स्वीकृत गर्नुहोस्, नभए परिवर्तन माग्नुहोस् र के परिवर्तन गर्ने भन्नुहोस्। स्वीकृत काम अन्तिम हुन्छ।
deliverables-review-comment = तपाईंको टिप्पणी
deliverables-review-comment-hint = परिवर्तन माग्न अनिवार्य; स्वीकृत गर्दा ऐच्छिक।
deliverables-request-changes = परिवर्तन माग्नुहोस्
deliverables-accept = स्वीकृत गर्नुहोस्
deliverables-review-comment-required = के परिवर्तन गर्ने भन्नुहोस्, ताकि टोलीलाई के गर्ने थाहा होस्।
deliverables-comment-empty = पहिले टिप्पणी लेख्नुहोस्।
deliverables-comment-too-long = यो धेरै लामो भयो: ४००० अक्षर वा सोभन्दा कममा छोट्याउनुहोस्।

deliverables-history-title = इतिहास
deliverables-history-none = अहिलेसम्म केही भएको छैन।
deliverables-snapshot = बुझाइएको कुरा
deliverables-event-saved = { $name } ले मस्यौदा सुरक्षित गर्नुभयो
deliverables-event-submitted = { $name } ले बुझाउनुभयो
deliverables-event-resubmitted = { $name } ले फेरि बुझाउनुभयो
deliverables-event-changes-requested = { $name } ले परिवर्तन माग्नुभयो
deliverables-event-accepted = { $name } ले स्वीकृत गर्नुभयो
deliverables-event-comment = { $name } को टिप्पणी
deliverables-comment-title = टिप्पणीहरू
deliverables-comment-label = तपाईंको टिप्पणी
deliverables-comment-save = टिप्पणी थप्नुहोस्

## फिल्डछेउका समस्याहरू

deliverables-error-required = बुझाउनुअघि यो भाग भर्नुहोस्।
deliverables-error-too-long = यो धेरै लामो भयो: छोट्याउनुहोस्।
deliverables-error-date = मिति वर्ष-महिना-दिनका रूपमा लेख्नुहोस्, जस्तै 2030-03-31।
deliverables-error-number = अङ्क मात्र प्रयोग गरेर सङ्ख्या लेख्नुहोस्, र दशमलवका लागि थोप्लो: जस्तै 1200 वा 12.5।
deliverables-error-ends-before-start = अभियान तालिम सुरु भएपछि ({ $start }) मात्र सकिनुपर्छ।
deliverables-error-form-unknown = तपाईंको संस्थाका फारमहरूमध्ये एउटा छान्नुहोस्।
deliverables-error-objective-first = पहिले आफ्नो SMART उद्देश्य बुझाउनुहोस्: सर्वेक्षणले त्यसैलाई मापन गर्छ।
deliverables-error-pilot-no-form = पहिले आफ्नो सर्वेक्षणमा फारम जोड्नुहोस्: पाइलटमा पेस गरिएका फारमहरू त्यहीँबाट गनिन्छन्।
deliverables-error-pilot-none = सर्वेक्षण फारमबाट अहिलेसम्म पाइलटमा कुनै फारम पेस भएको छैन। फारम पाइलट मोडमा छँदै केही मानिसहरूसँग परीक्षण गर्नुहोस्, अनि प्रतिवेदन लेख्नुहोस्।

## हरेक कामका भागहरू

deliverables-part-problem = समस्या
deliverables-part-problem-hint = के बिग्रेको छ, कसका लागि र कहाँ? प्रभावित मानिसहरूले भन्ने गरी लेख्नुहोस्।
deliverables-part-goal = अभियानको लक्ष्य
deliverables-part-goal-hint = अन्त्यमा तपाईंको अभियानले चाहेको परिवर्तन: तपाईं सफल हुँदा के फरक हुनेछ?
deliverables-part-decision-makers = निर्णयकर्ताहरू
deliverables-part-decision-makers-hint = परिवर्तन गर्ने अधिकार कोसँग छ? कार्यालय वा व्यक्तिको नाम लेख्नुहोस्।
deliverables-part-allies = सहयोगीहरू
deliverables-part-allies-hint = तपाईंको पक्षमा को छन् वा हुन सक्छन्: अन्य समूह, अधिकारी, सञ्चारमाध्यम, समुदायका अगुवा।
deliverables-part-audiences = लक्षित समूहहरू
deliverables-part-audiences-hint = निर्णयकर्तालाई प्रभाव पार्न तपाईंका सन्देश कोसम्म पुग्नुपर्छ?
deliverables-part-tactics = रणनीतिहरू
deliverables-part-tactics-hint = तपाईं के गर्नुहुन्छ: बैठक, निवेदन, सञ्चारमाध्यम, सामुदायिक कार्यक्रम…
deliverables-part-timeline = समयरेखा
deliverables-part-timeline-hint = मुख्य चरणहरू र ती कहिले हुन्छन्।
deliverables-part-ends-on = अभियान सकिने मिति
deliverables-part-ends-on-hint = तपाईंको अभियान सकिने दिन। तपाईंको SMART उद्देश्यको अन्तिम मिति यही दिन वा यसअघि पर्नुपर्छ।
deliverables-part-risks = जोखिमहरू
deliverables-part-risks-hint = के बिग्रन सक्छ, र त्यसबारे तपाईं के गर्नुहुन्छ।
deliverables-part-data-needed = अभियानलाई चाहिने डेटा
deliverables-part-data-needed-hint = तपाईंले जान्नु र प्रमाणित गर्नुपर्ने कुरा, र त्यो जानकारी कसले दिन सक्छ।

deliverables-part-specific = विशिष्ट
deliverables-part-specific-hint = ठ्याक्कै के परिवर्तन हुन्छ, कहाँ र कसका लागि?
deliverables-part-measurable = मापनयोग्य
deliverables-part-measurable-hint = परिवर्तन भयो भनेर कसरी थाहा पाउनुहुन्छ: तपाईं के गन्नुहुन्छ वा मापन गर्नुहुन्छ?
deliverables-part-achievable = हासिल गर्न सकिने
deliverables-part-achievable-hint = तपाईंको टोली, समय र सहयोगीहरूसँग यो किन सम्भव छ।
deliverables-part-relevant = सान्दर्भिक
deliverables-part-relevant-hint = यो उद्देश्यले तपाईंको अभियानको लक्ष्यलाई कसरी अघि बढाउँछ।
deliverables-part-time-bound = समयसीमासहित
deliverables-part-time-bound-hint = कहिलेसम्म, र किन त्यति बेला।
deliverables-part-target = लक्ष्य सङ्ख्या
deliverables-part-target-hint = तपाईं पुग्न चाहेको सङ्ख्या, अङ्कमा, जस्तै 80। दशमलवका लागि थोप्लो प्रयोग गर्नुहोस्: 12.5।
deliverables-part-unit = सङ्ख्याले के गन्छ
deliverables-part-unit-hint = जस्तै: चालु सार्वजनिक धाराहरूको %, घरधुरी, भर्ना भएका छात्राहरू।
deliverables-part-baseline = आधार रेखा (अहिलेको सङ्ख्या)
deliverables-part-baseline-hint = आजको अवस्था, अनुमान भए पनि, लक्ष्यजस्तै तरिकाले गनिएको।
deliverables-part-deadline = अन्तिम मिति
deliverables-part-deadline-hint = लक्ष्य पुग्नुपर्ने दिन: आजपछि, र तपाईंको अभियान योजनाको सकिने मितिभन्दा पछि होइन (त्यो नभए, तालिम सुरु भएको १२ महिनाभित्र)।
deliverables-part-who = कसले कदम चाल्नुपर्छ वा को परिवर्तन हुन्छ
deliverables-part-who-hint = निर्णयकर्ता (जस्तै किबेरा वडाका प्रशासक) वा मानिसहरूको समूह (जस्तै गिकोम्बा बजारका महिला व्यापारीहरू)।

deliverables-part-form-id = सर्वेक्षण फारम
deliverables-part-form-id-hint = तपाईंको संस्थाका फारमहरूमध्ये एउटा (पहिले फारमहरूमा अपलोड गर्नुहोस्)।
deliverables-part-measures = यसले उद्देश्यको के मापन गर्छ
deliverables-part-measures-hint = उत्तरहरूले तपाईंको SMART उद्देश्यको कुन भाग मापन गर्छन्, जस्तै चालु धाराहरूको सङ्ख्या (तपाईंको लक्ष्य)।
deliverables-part-target-responses = सङ्कलन गर्ने उत्तरहरू (ऐच्छिक)
deliverables-part-target-responses-hint = सर्वेक्षणले कति उत्तरको लक्ष्य राख्छ, जस्तै १२०। फारमको डेटा पृष्ठले कति आए भनेर देखाउँछ।
deliverables-part-measure-question = उद्देश्य मापन गर्ने प्रश्न (ऐच्छिक)
deliverables-part-measure-question-hint = फारमको प्रश्नको नाम (यसको name स्तम्भ), जस्तै tap_working। विकल्प भएको प्रश्नमा तलको विकल्प छान्नेहरूको हिस्सा मापन हुन्छ; सङ्ख्यामा, औसत।
deliverables-part-measure-choice = गनिने विकल्प (विकल्प भएको प्रश्नका लागि)
deliverables-part-measure-choice-hint = विकल्पको नाम (choices पानामा यसको नाम), जस्तै yes।

deliverables-part-went-wrong = पाइलटमा के बिग्रियो
deliverables-part-went-wrong-hint = मानिसहरूले नबुझेका प्रश्न, काम नगरेका स्किप, फोन वा इन्टरनेटका समस्या, कति समय लाग्यो।
deliverables-part-changed = तपाईंले के परिवर्तन गर्नुभयो
deliverables-part-changed-hint = पाइलटका कारण फारममा, वा सङ्कलन गर्ने तरिकामा तपाईंले गरेको परिवर्तन।

## पाइलटको गन्ती

deliverables-pilot-title = पाइलटमा पेस गरिएका फारमहरू
deliverables-pilot-form = सर्वेक्षण फारम: { $form }
deliverables-pilot-count = { $count ->
    [0] पाइलटमा अहिलेसम्म कुनै फारम पेस भएको छैन (अहिले गनिएको)
    [one] पाइलटमा पेस गरिएको एउटा फारम (अहिले गनिएको)
   *[other] पाइलटमा पेस गरिएका { $count } वटा फारम (अहिले गनिएको)
}
deliverables-pilot-count-then = { $count ->
    [0] प्रतिवेदन अन्तिम पटक बुझाउँदा पाइलटमा कुनै फारम पेस भएको थिएन।
    [one] प्रतिवेदन अन्तिम पटक बुझाउँदा पाइलटमा एउटा फारम पेस भएको थियो।
   *[other] प्रतिवेदन अन्तिम पटक बुझाउँदा पाइलटमा { $count } वटा फारम पेस भएका थिए।
}
deliverables-pilot-count-submitted = बुझाउँदा पाइलटमा पेस गरिएका फारम
deliverables-pilot-no-form = अहिलेसम्म कुनै सर्वेक्षण फारम जोडिएको छैन: सर्वेक्षणको काममा एउटा छान्नुहोस्।

## SMART उद्देश्यका स्वचालित जाँचहरू

deliverables-smart-checks-title = स्वचालित जाँचहरू
deliverables-smart-checks-pass = पाँचवटै जाँच पास भए: उद्देश्य बुझाउन सकिन्छ।
deliverables-smart-checks-fail = जाँच पास नभए पनि तपाईं मस्यौदा सुरक्षित गर्न सक्नुहुन्छ, तर पाँचवटै पास भएपछि मात्र बुझाउन सकिन्छ। हरेक जाँचले कसरी सच्याउने भन्छ।
deliverables-check-passed = ठीक छ
deliverables-check-failed = सच्याउनुहोस्
deliverables-smart-check-target = पुग्नुपर्ने सङ्ख्या
deliverables-smart-check-baseline = आधार रेखा
deliverables-smart-check-deadline = अभियानभित्रको अन्तिम मिति
deliverables-smart-check-who = कसले कदम चाल्नुपर्छ वा को परिवर्तन हुन्छ
deliverables-smart-check-plan = अभियान योजनासँगको सम्बन्ध
deliverables-smart-target-missing = अहिलेसम्म पुग्नुपर्ने सङ्ख्या छैन। “लक्ष्य सङ्ख्या” मा लेख्नुहोस्, जस्तै 80।
deliverables-smart-target-same = लक्ष्य ({ $target }) आधार रेखासँग उस्तै छ, त्यसैले केही परिवर्तन हुँदैन। तपाईं पुग्न चाहेको सङ्ख्या लेख्नुहोस्।
deliverables-smart-target-ok = उद्देश्यले { $target } लक्ष्य राखेको छ।
deliverables-smart-baseline-missing = अहिलेसम्म आधार रेखा छैन। प्रगति मापन गर्न सकियोस् भनेर “आधार रेखा” मा आजको अवस्था (अनुमान भए पनि) लेख्नुहोस्।
deliverables-smart-baseline-ok = यो { $baseline } बाट सुरु हुन्छ।
deliverables-smart-deadline-missing = अहिलेसम्म अन्तिम मिति छैन। आजपछिको र { $end } भन्दा पछि नपर्ने दिन छान्नुहोस्।
deliverables-smart-deadline-past = अन्तिम मिति आज ({ $today }) पछि पर्नुपर्छ।
deliverables-smart-deadline-year-over = तपाईंको अभियान योजनामा सकिने मिति छैन, र तालिम सुरु भएको १२ महिना बितिसक्यो ({ $end })। अभियान योजनामा तपाईंको अभियान सकिने मिति थप्नुहोस्।
deliverables-smart-deadline-after-plan = अन्तिम मिति तपाईंको अभियान सकिएपछि ({ $end }, तपाईंको अभियान योजनाको सकिने मिति) पर्छ। अघिको दिन छान्नुहोस्, वा योजना परिवर्तन गर्नुहोस्।
deliverables-smart-deadline-after-year = तपाईंको अभियान योजनामा अहिलेसम्म सकिने मिति छैन, त्यसैले अन्तिम मिति तालिम सुरु भएको १२ महिनाभित्र पर्नुपर्छ: { $end } वा त्यसअघि। अघिको दिन छान्नुहोस्, वा योजनामा सकिने मिति थप्नुहोस्।
deliverables-smart-deadline-ok = अन्तिम मिति, { $deadline }, तपाईंको अभियानभित्र पर्छ (जुन { $end } मा सकिन्छ)।
deliverables-smart-who-missing = कसले कदम चाल्नुपर्छ वा को परिवर्तन हुन्छ भन्ने लेखिएको छैन। निर्णयकर्ता वा मानिसहरूको समूहको नाम लेख्नुहोस्, जस्तै “किबेरा वडाका प्रशासक”।
deliverables-smart-who-vague = “{ $who }” धेरै अस्पष्ट छ: ठ्याक्कै को हो, केही शब्दमा भन्नुहोस्, जस्तै पद र ठाउँ।
deliverables-smart-who-ok = कसले कदम चाल्नुपर्छ वा को परिवर्तन हुन्छ भनेर नाम लेखिएको छ: { $who }।
deliverables-smart-plan-no-goal = तपाईंको अभियान योजनामा अहिलेसम्म लक्ष्य छैन। अभियान योजनामा लक्ष्य लेख्नुहोस्, अनि यो उद्देश्यले त्यसलाई कसरी सेवा गर्छ यहाँ भन्नुहोस्।
deliverables-smart-plan-relevant-missing = यो उद्देश्यले तपाईंको अभियानको लक्ष्यलाई कसरी सेवा गर्छ “सान्दर्भिक” मा भन्नुहोस्: “{ $goal }”।
deliverables-smart-plan-ok = यो तपाईंको अभियानको लक्ष्यसँग जोडिएको छ: “{ $goal }”।

## चुनौती अभिलेख

challenges-intro = दुई हप्तामा तपाईंको बाटो छेक्ने कुराहरू, तपाईंको क्षमता विकासकर्ताको मार्गदर्शनसहित। चुनौती आउनेबित्तिकै अभिलेख गर्नुहोस्।
challenges-open-count = { $count ->
    [0] कुनै चुनौती खुला छैन
    [one] एउटा चुनौती खुला छ
   *[other] { $count } वटा चुनौती खुला छन्
}
challenges-none = अहिलेसम्म कुनै चुनौती अभिलेख गरिएको छैन।
challenges-open = खुला
challenges-resolved = समाधान भयो
challenges-logged-by = { $date } मा { $name } ले अभिलेख गर्नुभयो
challenges-resolved-at = { $date } मा समाधान भयो
challenges-guidance-title = मार्गदर्शन
challenges-guidance-by = { $name } बाट
challenges-guidance-waiting = तपाईंको क्षमता विकासकर्ताको मार्गदर्शन पर्खिँदै।
challenges-guidance-label = तपाईंको मार्गदर्शन
challenges-guidance-save = मार्गदर्शन सुरक्षित गर्नुहोस्
challenges-reopen = फेरि खोल्नुहोस्
challenges-mark-resolved = समाधान भएको चिनो लगाउनुहोस्
challenges-add-title = चुनौती अभिलेख गर्नुहोस्
challenges-category = वर्ग
challenges-choose-category = वर्ग छान्नुहोस्
challenges-description = के भयो
challenges-description-hint = के कुराले बाटो छेक्यो, र तपाईंले के प्रयास गर्नुभयो।
challenges-add = अभिलेख गर्नुहोस्
challenges-error-category = वर्ग छान्नुहोस्।
challenges-error-description-empty = के भयो भन्नुहोस्।
challenges-error-guidance-empty = पहिले आफ्नो मार्गदर्शन लेख्नुहोस्।
challenges-error-too-long = यो धेरै लामो भयो: छोट्याउनुहोस्।
challenges-notice-added = चुनौती अभिलेख गरियो। तपाईंको क्षमता विकासकर्तालाई जानकारी दिइएको छ।
challenges-notice-guidance = मार्गदर्शन सुरक्षित गरियो। टोलीलाई जानकारी दिइएको छ।
challenges-notice-resolved = समाधान भएको चिनो लगाइयो।
challenges-notice-reopened = फेरि खोलियो।
challenges-category-connectivity = इन्टरनेट जडान
challenges-category-devices = फोन र उपकरणहरू
challenges-category-survey = सर्वेक्षण फारम
challenges-category-enumerators = डेटा सङ्कलनकर्ताहरू
challenges-category-respondents = उत्तरदाताहरू
challenges-category-safety = सुरक्षा र सहमति
challenges-category-time = समय
challenges-category-data = डेटा र विश्लेषण
challenges-category-other = अरू केही

## इमेलहरू

email-deliverable-submitted-subject = { $organisation } ले काम बुझायो: { $deliverable }
email-deliverable-submitted-body =
    नमस्ते { $name },

    { $organisation } ले तपाईंको समीक्षाका लागि काम बुझायो: { $deliverable } (चरण { $round })।
    { $late ->
        [yes] यो ढिला आयो: म्याद { $due } थियो।
       *[other] म्याद { $due } थियो।
    }

    यहाँ समीक्षा गर्नुहोस्:

    { $link }
email-deliverable-changes-requested-subject = परिवर्तन मागियो: { $deliverable }
email-deliverable-changes-requested-body =
    नमस्ते { $name },

    { $builder } ले { $organisation } को काममा परिवर्तन माग्नुभयो: { $deliverable }।

    { $comment }

    यहाँ परिवर्तन गरेर फेरि बुझाउनुहोस्:

    { $link }
email-deliverable-accepted-subject = स्वीकृत: { $deliverable }
email-deliverable-accepted-body =
    नमस्ते { $name },

    { $builder } ले { $organisation } को काम स्वीकृत गर्नुभयो: { $deliverable }। शाबास!

    { $comment }

    { $link }
email-challenge-logged-subject = { $organisation } मा नयाँ चुनौती: { $category }
email-challenge-logged-body =
    नमस्ते { $name },

    { $organisation } ले एउटा चुनौती अभिलेख गर्‍यो ({ $category }):

    { $description }

    यहाँ आफ्नो मार्गदर्शन दिनुहोस्:

    { $link }
email-challenge-guidance-subject = तपाईंको चुनौतीबारे मार्गदर्शन: { $category }
email-challenge-guidance-body =
    नमस्ते { $name },

    { $builder } ले तपाईंले अभिलेख गर्नुभएको चुनौतीबारे मार्गदर्शन लेख्नुभयो ({ $category }):

    { $description }

    मार्गदर्शन:

    { $guidance }

    { $link }
